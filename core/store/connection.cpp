#include "store/connection.h"

#include "store/js_values.h"
#include "store/store_text.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <dlfcn.h>

#include <atomic>
#include <memory>

namespace relata::store {

namespace {

std::atomic<quint64> connectionCounter{0};

QString uniqueName()
{
    return QStringLiteral("relata-store-%1-%2")
        .arg(++connectionCounter)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

// LoopBack's `/source/flags` (the SQL builder writes a RegExp so), compiled as
// JavaScript compiles it; a text without slashes is a bare source.
JsRegExp compileRegexp(std::string_view text)
{
    const std::size_t lastSlash = text.rfind('/');
    if (text.size() > 1 && text.front() == '/' && lastSlash > 0)
        return jsRegExp(text.substr(1, lastSlash - 1), text.substr(lastSlash + 1));
    return jsRegExp(text, {});
}

std::string_view textOf(sqlite3_value* value)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return {text, std::size_t(sqlite3_value_bytes(value))};
}

// The compiled pattern lives as long as SQLite keeps the statement's constant
// argument, so a query compiles it once, not once per row.
void regexpFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) == SQLITE_NULL
        || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    auto* compiled = static_cast<JsRegExp*>(sqlite3_get_auxdata(context, 0));
    if (!compiled) {
        auto regexp = std::make_unique<JsRegExp>(compileRegexp(textOf(argv[0])));
        if (!regexp->valid()) {
            const QByteArray message = QByteArray::fromStdString(regexp->error);
            sqlite3_result_error(context, message.constData(), int(message.size()));
            return;
        }
        const bool matched = regexp->test(textOf(argv[1]));
        // SQLite keeps the pattern for the next rows of the statement, or deletes it at once.
        sqlite3_set_auxdata(context, 0, regexp.release(), [](void* p) { delete static_cast<JsRegExp*>(p); });
        sqlite3_result_int(context, matched ? 1 : 0);
        return;
    }
    sqlite3_result_int(context, compiled->test(textOf(argv[1])) ? 1 : 0);
}

QString describe(int code, const QString& driverText, int busyTimeoutMs)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Store::tr("the database is locked by another program (waited %1 ms); "
                         "close the other program or wait, then try again")
            .arg(busyTimeoutMs);
    case SQLITE_NOTADB:
        return Store::tr("not a SQLite database (the file header is wrong)");
    case SQLITE_CORRUPT:
        return Store::tr("the database file is corrupt (%1)").arg(driverText);
    case SQLITE_READONLY:
        return Store::tr("the database cannot be written (%1)").arg(driverText);
    case SQLITE_CANTOPEN:
        return Store::tr("cannot open the file (%1)").arg(driverText);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Store::tr("permission denied (%1)").arg(driverText);
    default:
        return driverText;
    }
}

} // namespace

bool driverUsesLinkedSqlite(const QSqlDriver* driver)
{
    if (!driver || qstrcmp(driver->handle().typeName(), "sqlite3*") != 0)
        return false;
    // The driver's vtable lives in the plugin (or the Qt library) that holds it.
    Dl_info driverInfo{};
    if (!dladdr(*reinterpret_cast<void* const*>(driver), &driverInfo) || !driverInfo.dli_fname)
        return false;
    void* module = dlopen(driverInfo.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!module)
        return false;
    // Searches the module and what it links: a bundled, hidden copy gives null.
    void* theirs = dlsym(module, "sqlite3_libversion");
    dlclose(module);
    return theirs && theirs == reinterpret_cast<void*>(&sqlite3_libversion);
}

QString Error::text() const
{
    //: %1 is a database file, %2 what is wrong with it.
    return file.isEmpty() ? message : Store::tr("%1: %2").arg(file, message);
}

bool regexpMatches(const QString& pattern, const QString& value)
{
    return compileRegexp(pattern.toStdString()).test(value.toStdString());
}

Connection::Connection(QString path, QString name, Access access)
    : m_path(std::move(path))
    , m_name(std::move(name))
    , m_access(access)
{
}

Connection::~Connection()
{
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<Connection> Connection::open(const QString& path, const OpenOptions& options,
                                             Error* error)
{
    const QFileInfo info(path);
    auto fail = [&](const QString& message) {
        if (error)
            *error = Error{path, message};
        return std::unique_ptr<Connection>();
    };
    if (path.isEmpty())
        return fail(Store::tr("no database file given"));
    if (info.isDir())
        return fail(Store::tr("is a folder, not a database file"));
    // SQLite would block on a FIFO and read a device forever; symlinks are followed.
    if (info.exists() && !info.isFile())
        return fail(
            Store::tr("not a regular file (a pipe, device or socket), so not a database file"));
    if (options.access == Access::ReadOnly && !info.exists())
        return fail(Store::tr("no such database file"));
    if (options.access == Access::ReadWrite && !info.exists() && !info.absoluteDir().exists())
        return fail(Store::tr("the folder %1 does not exist").arg(info.absolutePath()));

    std::unique_ptr<Connection> connection(new Connection(path, uniqueName(), options.access));
    if (!connection->start(options, error))
        return nullptr;
    return connection;
}

bool Connection::start(const OpenOptions& options, Error* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = Error{m_path, message};
        return false;
    };
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_database.isValid())
        return fail(Store::tr("Qt's SQLite driver (QSQLITE) is not installed"));
    m_database.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (m_access == Access::ReadOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_database.setConnectOptions(connectOptions);
    m_busyTimeoutMs = options.busyTimeoutMs;
    if (!m_database.open())
        return fail(errorFrom(m_database.lastError()).message);

    const QVariant handle = m_database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(Store::tr("Qt's SQLite driver gave no database handle"));
    if (!driverUsesLinkedSqlite(m_database.driver())) {
        //: %1 is a version such as 3.40.1.
        return fail(Store::tr("Qt's SQLite driver uses another SQLite library than Relata (%1); "
                              "Relata cannot add its REGEXP function to that connection. Install a "
                              "Qt SQLite plugin built against the system SQLite.")
                        .arg(QString::fromLatin1(sqlite3_libversion())));
    }
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_create_function_v2(m_handle, "REGEXP", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr, regexpFunction, nullptr, nullptr, nullptr);

    // The header and the schema are read lazily by SQLite; reading them now turns
    // a foreign, corrupt or locked file into a message here instead of a
    // failure in the middle of the first query.
    QSqlQuery probe(m_database);
    if (!probe.exec(QStringLiteral("PRAGMA schema_version"))
        || !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return fail(errorFrom(probe.lastError()).message);
    if (m_access == Access::ReadWrite) {
        if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(errorFrom(probe.lastError()).message);
        probe.exec(QStringLiteral("ROLLBACK"));
    }
    return true;
}

Error Connection::errorFrom(const QSqlError& sqlError) const
{
    const QString detail = sqlError.databaseText().isEmpty() ? sqlError.text()
                                                             : sqlError.databaseText();
    return Error{m_path, describe(sqlError.nativeErrorCode().toInt(), detail, m_busyTimeoutMs)};
}

} // namespace relata::store
