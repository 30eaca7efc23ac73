#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlDriver;
class QSqlError;
struct sqlite3;

namespace relata::store {

// What went wrong with a database file, said so that a user can act on it.
struct Error {
    QString file;
    QString message;
    // "FILE: message"
    QString text() const;
};

enum class Access {
    ReadOnly, // the file must exist; nothing can be written through the connection
    ReadWrite // created when missing (migrate, load, seed)
};

struct OpenOptions {
    Access access = Access::ReadOnly;
    // How long a statement waits for another program's lock before it fails.
    int busyTimeoutMs = 3000;
};

// Whether `driver`'s sqlite3 handle belongs to the SQLite library Relata links:
// raw calls on a handle of another copy (a Qt built with its bundled SQLite)
// would mix two libraries' structures. The library that defines
// sqlite3_libversion for the driver's plugin must be the one that defines it
// for Relata. False for a driver that is not QSQLITE or cannot be traced.
bool driverUsesLinkedSqlite(const QSqlDriver* driver);

// One QSQLITE connection under a name of its own. QSqlDatabase connections
// belong to the thread that opened them, so every thread (and every use that
// wants isolation) opens its own; the name is removed on destruction.
class Connection {
public:
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Null (and `error` filled) when the file is missing, locked, not a
    // database, corrupt, or cannot be written although writing was asked.
    static std::unique_ptr<Connection> open(const QString& path, const OpenOptions& options,
                                            Error* error = nullptr);

    QSqlDatabase& database() { return m_database; }
    const QString& path() const { return m_path; }
    bool isWritable() const { return m_access == Access::ReadWrite; }
    // The driver's sqlite3 handle, for what QtSql cannot do (functions, fast row reading).
    sqlite3* handle() const { return m_handle; }

    // An Error naming this file, with the SQLite failure said in plain words.
    Error errorFrom(const QSqlError& sqlError) const;

private:
    Connection(QString path, QString name, Access access);
    bool start(const OpenOptions& options, Error* error);

    QString m_path;
    QString m_name;
    Access m_access;
    int m_busyTimeoutMs = 0;
    QSqlDatabase m_database;
    sqlite3* m_handle = nullptr;
};

// LoopBack writes a regexp as `/source/flags` (flags i, g, m); a bare string is
// the source alone. Exposed for the REGEXP SQL function and its tests.
bool regexpMatches(const QString& pattern, const QString& value);

} // namespace relata::store
