#include "query/sql_builder.h"

#include "query/filter_normalize.h"
#include "query/js_value.h"
#include "query/query_error.h"
#include "schema/schema.h"
#include "store/js_values.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace relata::query {

namespace {

using schema::ValueType;

QVariant numberVariant(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9.0e15)
        return QVariant(static_cast<qint64>(value));
    return QVariant(value);
}

// The connector's _convertBoolean: anything else is not a boolean it can store.
std::optional<int> connectorBoolean(const Json& value)
{
    if (value.is_boolean())
        return value.get<bool>() ? 1 : 0;
    if (value.is_number()) {
        const double number = value.get<double>();
        if (number == 1)
            return 1;
        if (number == 0)
            return 0;
        return std::nullopt;
    }
    if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        if (text == "t" || text == "T" || text == "y" || text == "Y" || text == "1")
            return 1;
        if (text == "f" || text == "F" || text == "n" || text == "N" || text == "0")
            return 0;
    }
    return std::nullopt;
}

QVariant plainValue(const Json& value)
{
    if (value.is_boolean())
        return QVariant(value.get<bool>() ? 1 : 0);
    if (value.is_number())
        return numberVariant(value.get<double>());
    if (value.is_string())
        return QVariant(QString::fromStdString(value.get<std::string>()));
    return QVariant(QString::fromStdString(js::toString(value)));
}

// store's REGEXP function reads LoopBack's `/source/flags` form.
QVariant regexpPattern(const Json& regexp)
{
    return QString::fromStdString(regExpText(regexp));
}

// The JSON array a long list binds: SQLite reads it back with json_each.
Json jsonList(const QVariantList& values)
{
    Json array = Json::array();
    for (const QVariant& value : values) {
        if (value.isNull())
            array.push_back(nullptr);
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            array.push_back(value.toLongLong());
        else if (value.typeId() == QMetaType::Double)
            array.push_back(std::isfinite(value.toDouble()) ? Json(value.toDouble()) : Json());
        else
            array.push_back(value.toString().toStdString());
    }
    return array;
}

QVariantList columnValues(const schema::Property& property, const Json& operand)
{
    QVariantList values;
    if (operand.is_array()) {
        values.reserve(qsizetype(operand.size()));
        for (const Json& item : operand)
            values << toColumnValue(property, item);
    } else {
        values << toColumnValue(property, operand);
    }
    return values;
}

class WhereBuilder {
public:
    explicit WhereBuilder(const schema::Model& model) : m_model(model) {}

    QString build(const Json& where)
    {
        if (!where.is_object())
            return {};
        QStringList clauses;
        for (auto it = where.begin(); it != where.end(); ++it) {
            const QString clause = entry(it.key(), it.value());
            if (!clause.isEmpty())
                clauses << clause;
        }
        return clauses.join(QStringLiteral(" AND "));
    }

    QVariantList takeBindings() { return std::move(m_bindings); }

private:
    QString entry(const std::string& key, const Json& value)
    {
        if ((key == "and" || key == "or") && value.is_array()) {
            QStringList branches;
            for (const Json& clause : value) {
                const QString branch = build(clause);
                if (!branch.isEmpty())
                    branches << u'(' + branch + u')';
            }
            return branches.join(key == "and" ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
        }
        // SQL cannot express an unknown property or a dotted path: LoopBack drops it.
        const schema::Property* property = m_model.property(key);
        if (!property)
            return {};
        const QString column = quoteIdentifier(property->column);
        if (value.is_null())
            return column + QStringLiteral(" IS NULL");
        if (value.is_object() && !isRegExp(value))
            return condition(*property, column, value);
        bool isNull = false;
        QVariant bound = toColumnValue(*property, value, &isNull);
        if (isNull)
            return column + QStringLiteral(" IS NULL");
        return column + u'=' + bind(std::move(bound));
    }

    QString condition(const schema::Property& property, const QString& column, const Json& expression)
    {
        if (expression.empty())
            unknownOperator(property, Json());
        const std::string op = expression.begin().key();
        const Json& operand = expression.begin().value();
        if (op == "inq" || op == "nin" || op == "between")
            return listCondition(property, column, op, operand);
        if (op == "regexp" && isRegExp(operand))
            return column + QStringLiteral(" REGEXP ") + bind(regexpPattern(operand));
        bool isNull = false;
        QVariant bound = toColumnValue(property, operand, &isNull);
        static const std::map<std::string, QString> simple = {
            {"gt", QStringLiteral(">")},           {"gte", QStringLiteral(">=")},
            {"lt", QStringLiteral("<")},           {"lte", QStringLiteral("<=")},
            {"like", QStringLiteral(" LIKE ")},    {"nlike", QStringLiteral(" NOT LIKE ")},
            {"regexp", QStringLiteral(" REGEXP ")}, {"neq", QStringLiteral("!=")},
        };
        if (op == "neq" && isNull)
            return column + QStringLiteral(" IS NOT NULL");
        // The connector has no ilike (it emits broken SQL). SQL's meaning is a
        // LIKE that ignores case; SQLite's LIKE folds ASCII only, so both sides
        // are folded in full Unicode first (the engine registers RELATA_CASEFOLD).
        if (op == "ilike" || op == "nilike") {
            return QStringLiteral("RELATA_CASEFOLD(") + column
                   + (op == "ilike" ? QStringLiteral(") LIKE ") : QStringLiteral(") NOT LIKE "))
                   + QStringLiteral("RELATA_CASEFOLD(") + bind(std::move(bound)) + u')';
        }
        auto it = simple.find(op);
        if (it == simple.end())
            unknownOperator(property, operand);
        return column + it->second + bind(std::move(bound));
    }

    QString listCondition(const schema::Property& property, const QString& column, const std::string& op,
                          const Json& operand)
    {
        QVariantList values = columnValues(property, operand);
        if (op == "between") {
            while (values.size() < 2)
                values << QVariant();
            // Two binds in one expression would run in an unspecified order.
            const QString low = bind(values[0]);
            const QString high = bind(values[1]);
            return column + QStringLiteral(" BETWEEN ") + low + QStringLiteral(" AND ") + high;
        }
        if (values.isEmpty()) {
            if (op == "nin")
                return {}; // NOT IN () is true: the connector drops it
            values << QVariant(); // IN (NULL): no row
        }
        const QString keyword = op == "inq" ? QStringLiteral(" IN (") : QStringLiteral(" NOT IN (");
        // A long list (an include's keys) is one JSON array: one bound value
        // instead of thousands, and SQLite builds one lookup table for it.
        if (std::size_t(values.size()) > longKeyList)
            return column + keyword + QStringLiteral("SELECT value FROM json_each(") + bind(QString::fromStdString(jsonList(values).dump()))
                   + QStringLiteral("))");
        QStringList placeholders;
        for (const QVariant& value : values)
            placeholders << bind(value);
        return column + keyword + placeholders.join(u',') + u')';
    }

    // The connector writes `column` and the placeholder side by side for an
    // operator it does not know; SQLite then rejects the statement.
    [[noreturn]] void unknownOperator(const schema::Property& property, const Json& operand)
    {
        bind(toColumnValue(property, operand));
        fail(sqliteError("near \"?" + std::to_string(m_bindings.size()) + "\": syntax error"));
    }

    QString bind(QVariant value)
    {
        m_bindings << std::move(value);
        return QStringLiteral("?");
    }

    const schema::Model& m_model;
    QVariantList m_bindings;
};

QString orderColumn(const schema::Model& model, const std::string& key)
{
    if (const schema::Property* property = model.property(key))
        return quoteIdentifier(property->column);
    // The connector lower-cases an unknown name, so `"Name"` still sorts by the
    // column of `name`; a name that is no column is a constant and sorts nothing.
    const std::string lower = QString::fromStdString(key).toLower().toStdString();
    for (const schema::Property& property : model.properties) {
        if (property.column == lower)
            return quoteIdentifier(property.column);
    }
    return {};
}

QString orderBy(const schema::Model& model, const Json& order)
{
    Json entries = order;
    if (!js::truthy(order)) {
        entries = Json::array();
        std::vector<const schema::Property*> ids;
        for (const schema::Property& property : model.properties) {
            if (property.id)
                ids.push_back(&property);
        }
        std::stable_sort(ids.begin(), ids.end(), [](auto* a, auto* b) { return a->idIndex < b->idIndex; });
        for (const schema::Property* id : ids)
            entries.push_back(id->name);
        if (entries.empty())
            return {};
    }
    if (entries.is_string())
        entries = Json::array({entries});
    QStringList clauses;
    for (const Json& entry : entries) {
        const QStringList parts = QString::fromStdString(js::toString(entry))
                                      .split(QRegularExpression(QStringLiteral("[\\s,]+")));
        const QString column = orderColumn(model, parts.value(0).toStdString());
        if (column.isEmpty())
            continue;
        QString clause = column;
        if (parts.size() > 1 && !parts[1].isEmpty()) {
            const QString direction = parts[1].toUpper();
            if (direction != QLatin1String("ASC") && direction != QLatin1String("DESC"))
                fail(sqliteError("near \"" + parts[1].toStdString() + "\": syntax error"));
            clause += u' ' + direction;
        }
        clauses << clause;
    }
    if (clauses.isEmpty())
        return {};
    return QStringLiteral(" ORDER BY ") + clauses.join(u',');
}

std::optional<double> pagingNumber(const Json& filter, const char* key)
{
    auto it = filter.find(key);
    if (it == filter.end())
        return std::nullopt;
    const std::optional<double> number = js::toNumber(*it);
    if (!number || *number == 0)
        return std::nullopt;
    if (!std::isfinite(*number))
        fail(sqliteError("no such column: Infinity"));
    return number;
}

// A LIMIT or OFFSET operand bound as the literal the connector splices in
// reads: an integer where the number is one, else a real (which SQLite
// rejects as a datatype mismatch either way).
QVariant pagingValue(double number)
{
    if (number == std::trunc(number) && std::fabs(number) < 9.2e18)
        return QVariant(static_cast<qint64>(number));
    return QVariant(number);
}

// LIMIT and OFFSET as bound parameters, so every page of a scrolled list
// runs the same prepared statement.
void appendPagination(const Json& filter, SqlStatement& statement)
{
    const std::optional<double> limit = pagingNumber(filter, "limit");
    const std::optional<double> offset = pagingNumber(filter, "offset");
    if (offset) {
        // SQLite has no OFFSET without LIMIT; -1 means no limit.
        statement.sql += QStringLiteral(" LIMIT ? OFFSET ?");
        statement.bindings << (limit ? pagingValue(*limit) : QVariant(qint64(-1))) << pagingValue(*offset);
    } else if (limit) {
        statement.sql += QStringLiteral(" LIMIT ?");
        statement.bindings << pagingValue(*limit);
    }
}

} // namespace

QString quoteIdentifier(const std::string& name)
{
    QString quoted = QString::fromStdString(name);
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QVariant toColumnValue(const schema::Property& property, const Json& value, bool* isNull)
{
    if (isNull)
        *isNull = value.is_null();
    if (value.is_null())
        return QVariant();
    switch (property.type) {
    case ValueType::Number: {
        const std::optional<double> number = js::toNumber(value);
        return number ? numberVariant(*number) : QVariant();
    }
    case ValueType::Boolean: {
        const std::optional<int> flag = connectorBoolean(value);
        return flag ? QVariant(*flag) : QVariant();
    }
    case ValueType::String:
        return plainValue(value);
    case ValueType::Date: {
        const std::optional<double> number = js::toNumber(value);
        return number ? numberVariant(*number) : QVariant();
    }
    default:
        return QVariant(QString::fromStdString(store::jsStringify(value)));
    }
}

std::vector<const schema::Property*> selectedProperties(const schema::Model& model, const Json& fields)
{
    std::vector<const schema::Property*> all;
    all.reserve(model.properties.size());
    for (const schema::Property& property : model.properties)
        all.push_back(&property);
    if (fields.is_array() && !fields.empty()) {
        std::vector<const schema::Property*> chosen;
        for (const schema::Property* property : all) {
            const bool wanted = std::any_of(fields.begin(), fields.end(), [&](const Json& name) {
                return name.is_string() && name.get_ref<const std::string&>() == property->name;
            });
            if (wanted)
                chosen.push_back(property);
        }
        return chosen;
    }
    if (fields.is_object() && !fields.empty()) {
        std::vector<const schema::Property*> included;
        std::vector<const schema::Property*> kept;
        for (const schema::Property* property : all) {
            auto it = fields.find(property->name);
            if (it == fields.end()) {
                kept.push_back(property);
                continue;
            }
            if (js::truthy(*it))
                included.push_back(property);
        }
        return included.empty() ? kept : included;
    }
    return all;
}

Json boundKeyList(const schema::Property& property, const Json& keys)
{
    return jsonList(columnValues(property, keys));
}

SqlStatement buildWhere(const schema::Model& model, const Json& where)
{
    WhereBuilder builder(model);
    SqlStatement statement;
    statement.sql = builder.build(where);
    statement.bindings = builder.takeBindings();
    return statement;
}

SqlStatement buildSelect(const schema::Model& model, const Json& filter,
                         const std::vector<const schema::Property*>& columns, TableAccess access)
{
    if (columns.empty())
        fail(sqliteError("near \"FROM\": syntax error"));
    QStringList names;
    names.reserve(static_cast<qsizetype>(columns.size()));
    for (const schema::Property* property : columns)
        names << quoteIdentifier(property->column);
    SqlStatement statement;
    statement.sql = QStringLiteral("SELECT ") + names.join(u',') + QStringLiteral(" FROM ")
                    + quoteIdentifier(model.table);
    if (access == TableAccess::Scan)
        statement.sql += QStringLiteral(" NOT INDEXED");
    if (auto where = filter.find("where"); where != filter.end()) {
        SqlStatement condition = buildWhere(model, *where);
        if (!condition.sql.isEmpty()) {
            statement.sql += QStringLiteral(" WHERE ") + condition.sql;
            statement.bindings = std::move(condition.bindings);
        }
    }
    auto order = filter.find("order");
    statement.sql += orderBy(model, order == filter.end() ? Json() : *order);
    appendPagination(filter, statement);
    return statement;
}

} // namespace relata::query
