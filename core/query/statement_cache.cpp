#include "query/statement_cache.h"

#include "query/query_error.h"
#include "schema/schema.h"
#include "store/codec.h"

#include <sqlite3.h>

#include <algorithm>

namespace relata::query {

namespace {

// node-sqlite3 prefixes its messages with the primary result code's name.
const char* codeName(int code)
{
    switch (code & 0xff) {
    case SQLITE_ERROR: return "SQLITE_ERROR";
    case SQLITE_INTERNAL: return "SQLITE_INTERNAL";
    case SQLITE_PERM: return "SQLITE_PERM";
    case SQLITE_ABORT: return "SQLITE_ABORT";
    case SQLITE_BUSY: return "SQLITE_BUSY";
    case SQLITE_LOCKED: return "SQLITE_LOCKED";
    case SQLITE_NOMEM: return "SQLITE_NOMEM";
    case SQLITE_READONLY: return "SQLITE_READONLY";
    case SQLITE_INTERRUPT: return "SQLITE_INTERRUPT";
    case SQLITE_IOERR: return "SQLITE_IOERR";
    case SQLITE_CORRUPT: return "SQLITE_CORRUPT";
    case SQLITE_FULL: return "SQLITE_FULL";
    case SQLITE_CANTOPEN: return "SQLITE_CANTOPEN";
    case SQLITE_TOOBIG: return "SQLITE_TOOBIG";
    case SQLITE_MISMATCH: return "SQLITE_MISMATCH";
    case SQLITE_MISUSE: return "SQLITE_MISUSE";
    case SQLITE_AUTH: return "SQLITE_AUTH";
    case SQLITE_RANGE: return "SQLITE_RANGE";
    case SQLITE_NOTADB: return "SQLITE_NOTADB";
    default: return "SQLITE_ERROR";
    }
}

void bindValue(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        sqlite3_bind_int64(statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(statement, index, value.toDouble());
        return;
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

store::Cell cellAt(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return store::Cell::fromInteger(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return store::Cell::fromReal(sqlite3_column_double(statement, column));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return store::Cell::fromText({text, std::size_t(sqlite3_column_bytes(statement, column))});
    }
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, column));
        return store::Cell{store::Cell::Kind::Blob, 0, 0, {bytes, std::size_t(sqlite3_column_bytes(statement, column))}};
    }
    default:
        return store::Cell::null();
    }
}

// Appends each decoded value to a table's cells.
class CellWriter final : public store::DecodeSink {
public:
    explicit CellWriter(RowTable& table) : m_table(table) {}
    void null() override { m_table.cells.emplace_back(); }
    void integer(std::int64_t value) override { m_table.cells.push_back(Datum::ofInteger(value)); }
    void real(double value) override { m_table.cells.push_back(Datum::ofReal(value)); }
    void boolean(bool value) override { m_table.cells.push_back(Datum::ofBoolean(value)); }
    void text(std::string_view value) override { m_table.cells.push_back(m_table.datum(value)); }
    void json(Json&& value) override { m_table.cells.push_back(m_table.datum(std::move(value))); }

private:
    RowTable& m_table;
};

} // namespace

StatementCache::StatementCache(sqlite3* database, std::size_t capacity)
    : m_database(database)
    , m_capacity(std::max<std::size_t>(1, capacity))
{
}

StatementCache::~StatementCache()
{
    for (Cached& cached : m_recent)
        sqlite3_finalize(cached.statement);
}

void StatementCache::failWithDatabaseError(int code, sqlite3_stmt* running)
{
    const std::string name = codeName(code);
    QueryError error;
    error.message = name + ": " + sqlite3_errmsg(m_database);
    error.code = name;
    if (running)
        sqlite3_reset(running);
    fail(std::move(error));
}

sqlite3_stmt* StatementCache::prepare(const QString& sql)
{
    if (!m_database)
        failPlain("the database connection is not open");
    const QByteArray text = sql.toUtf8();
    const std::string_view key(text.constData(), std::size_t(text.size()));
    if (auto it = m_statements.find(key); it != m_statements.end()) {
        m_recent.splice(m_recent.begin(), m_recent, it->second);
        sqlite3_stmt* statement = it->second->statement;
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        return statement;
    }
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v2(m_database, text.constData(), int(text.size()), &statement, nullptr);
    ++m_prepared;
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        failWithDatabaseError(code);
    }
    while (m_recent.size() >= m_capacity) {
        Cached& oldest = m_recent.back();
        m_statements.erase(oldest.sql);
        sqlite3_finalize(oldest.statement);
        m_recent.pop_back();
    }
    m_recent.push_front(Cached{std::string(key), statement});
    m_statements.emplace(m_recent.front().sql, m_recent.begin());
    return statement;
}

std::optional<std::int64_t> StatementCache::largestRowid(const std::string& table)
{
    sqlite3_stmt* statement = nullptr;
    try {
        statement = prepare(QStringLiteral("SELECT max(rowid) FROM ") + quoteIdentifier(table));
    } catch (const QueryFailure&) {
        return std::nullopt; // WITHOUT ROWID, or a table the schema names but the file lacks
    }
    std::optional<std::int64_t> largest;
    if (sqlite3_step(statement) == SQLITE_ROW)
        largest = sqlite3_column_int64(statement, 0);
    sqlite3_reset(statement);
    return largest;
}

std::optional<ColumnComparison> StatementCache::comparison(const std::string& table, const std::string& column)
{
    if (!m_database)
        return std::nullopt;
    const char* declaredType = nullptr;
    const char* collation = nullptr;
    if (sqlite3_table_column_metadata(m_database, nullptr, table.c_str(), column.c_str(), &declaredType, &collation,
                                      nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return std::nullopt;
    ColumnComparison comparison;
    comparison.affinity = ColumnComparison::affinityOf(declaredType ? declaredType : "");
    comparison.binaryCollation = !collation || sqlite3_stricmp(collation, "BINARY") == 0;
    return comparison;
}

Rows StatementCache::select(const SqlStatement& statement, const std::vector<const schema::Property*>& columns,
                            const KeySet* keys, int keyColumn)
{
    sqlite3_stmt* prepared = prepare(statement.sql);
    ++m_executed;
    for (qsizetype i = 0; i < statement.bindings.size(); ++i)
        bindValue(prepared, int(i + 1), statement.bindings[i]);
    auto table = std::make_shared<RowTable>();
    table->columns = columns;
    const int columnCount = int(columns.size());
    CellWriter writer(*table);
    int code = SQLITE_OK;
    // Without keys no column is the key column.
    const int keyAt = keys ? keyColumn : -1;
    while ((code = sqlite3_step(prepared)) == SQLITE_ROW) {
        store::Cell key;
        if (keys) {
            key = cellAt(prepared, keyColumn);
            if (!keys->contains(key))
                continue;
        }
        for (int column = 0; column < columnCount; ++column) {
            const schema::Property& property = *columns[std::size_t(column)];
            try {
                store::decode(property, column == keyAt ? key : cellAt(prepared, column), writer);
            } catch (const store::DecodeFailure& failure) {
                sqlite3_reset(prepared);
                if (failure.badRequest())
                    failBadRequest(failure.what());
                failPlain(failure.what());
            }
        }
        ++table->rowCount;
    }
    if (code != SQLITE_DONE)
        failWithDatabaseError(code, prepared);
    sqlite3_reset(prepared);
    return Rows(std::move(table));
}

} // namespace relata::query
