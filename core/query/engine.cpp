#include "query/engine.h"

#include "query/executor.h"
#include "query/js_value.h"
#include "query/result_shape.h"
#include "query/statement_cache.h"
#include "schema/schema.h"
#include "store/connection.h"
#include "store/js_values.h"

#include <QString>

#include <type_traits>

#include <sqlite3.h>

namespace relata::query {

namespace {

// Unicode case folding for ilike/nilike: SQLite's own LIKE and LOWER fold ASCII only.
void caseFold(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded = QString::fromUtf8(text, sqlite3_value_bytes(argv[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

const schema::Model& modelNamed(const schema::Schema& schema, std::string_view name)
{
    const schema::Model* model = schema.model(name);
    if (!model)
        failPlain("unknown model " + std::string(name));
    return *model;
}

// The work's answer (a QueryResult, or the JSON value of one), or the error it threw.
template<typename Work>
QueryResult attempt(Work&& work)
{
    try {
        if constexpr (std::is_same_v<decltype(work()), QueryResult>) {
            return work();
        } else {
            QueryResult result;
            result.value = work();
            return result;
        }
    } catch (const QueryFailure& failure) {
        QueryResult result;
        result.error = failure.error();
        return result;
    }
}

QueryResult answered(const Rows& rows, const schema::Model& model, const schema::Schema& schema, Answer answer)
{
    QueryResult result;
    if (answer == Answer::Text)
        result.text = Shaper(schema).stringified(rows, model);
    else
        result.value = Shaper(schema).shaped(rows, model);
    return result;
}

// An embedsMany accessor answers its List, whose toJSON keeps hidden
// properties, unless a where filtered it: Array.prototype.filter on a List
// makes a plain array (List has no Symbol.species), whose items' toJSON removes them.
bool answersList(const schema::Relation& relation, const std::optional<Json>& filter)
{
    if (relation.kind != schema::RelationKind::EmbedsMany)
        return false;
    Json params = filter && filter->is_object() ? *filter : Json::object();
    Executor::applyScope(relation, params);
    const Json& where = params["where"];
    return !where.is_object() || where.empty();
}

// The accessor's value as JSON.stringify prints it.
Json shapedRelated(Json value, const Json& parent, const schema::Relation& relation,
                   const schema::Schema& schema, bool list)
{
    using schema::RelationKind;
    const schema::Model* target = schema.model(relation.modelTo);
    if (relation.kind == RelationKind::BelongsTo && relation.polymorphic) {
        auto type = parent.find(relation.polymorphic->discriminator);
        target = type != parent.end() && type->is_string() ? schema.modelIgnoringCase(type->get<std::string>()) : nullptr;
    }
    if (!target)
        return value;
    const ShapeOptions options{!list, false};
    Shaper shaper(schema);
    if (relation.kind == RelationKind::EmbedsOne || relation.kind == RelationKind::EmbedsMany) {
        shaper.shapeEmbedded(value, *target, options);
    } else if (value.is_array()) {
        for (Json& item : value)
            shaper.shape(item, *target, options);
    } else {
        shaper.shape(value, *target, options);
    }
    return value;
}

} // namespace

std::string QueryResult::documentText() const
{
    if (error)
        return store::jsStringify(error->toJson());
    return text.empty() ? store::jsStringify(value) : text;
}

Engine::Engine(const schema::Schema& schema, store::Connection& connection)
    : m_schema(schema)
    , m_statements(std::make_unique<StatementCache>(connection.handle()))
{
    if (connection.handle())
        sqlite3_create_function_v2(connection.handle(), "RELATA_CASEFOLD", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               caseFold, nullptr, nullptr, nullptr);
}

Engine::~Engine() = default;

Engine::Statistics Engine::statistics() const
{
    return {m_statements->executedCount(), m_statements->preparedCount(), m_statements->cachedCount(),
            m_statements->capacity()};
}

void Engine::setTrace(QueryTrace* trace)
{
    m_statements->setTrace(trace);
}

QueryResult Engine::find(std::string_view model, const Json& filter, Answer answer)
{
    return attempt([&] {
        const schema::Model& queried = modelNamed(m_schema, model);
        Executor executor(m_schema, *m_statements);
        return answered(executor.find(queried, filter), queried, m_schema, answer);
    });
}

QueryResult Engine::findById(std::string_view model, const Json& id, const Json& filter)
{
    return attempt([&] {
        const schema::Model& queried = modelNamed(m_schema, model);
        Executor executor(m_schema, *m_statements);
        std::optional<Json> row = executor.findById(queried, id, filter);
        if (!row)
            return Json();
        Shaper(m_schema).shape(*row, queried);
        return std::move(*row);
    });
}

QueryResult Engine::related(std::string_view model, const Json& id, std::string_view relation,
                            const std::optional<Json>& filter, Answer answer)
{
    return attempt([&] {
        const schema::Model& queried = modelNamed(m_schema, model);
        Executor executor(m_schema, *m_statements);
        std::optional<Json> parent = executor.findById(queried, id, Json::object());
        if (!parent) {
            QueryError error;
            error.message = queried.name + " with id " + js::toString(id) + " not found";
            error.statusCode = 404;
            error.code = "MODEL_NOT_FOUND";
            fail(std::move(error));
        }
        const schema::Relation* accessor = queried.relation(relation);
        if (!accessor)
            failPlain(queried.name + " has no relation " + std::string(relation));
        // A hasMany or referencesMany accessor answers rows, as find does.
        if (std::optional<Rows> rows = executor.relatedRows(*accessor, *parent, filter))
            return answered(*rows, executor.targetModel(*accessor), m_schema, answer);
        Json value = shapedRelated(executor.related(queried, *parent, *accessor, filter), *parent, *accessor, m_schema,
                                   answersList(*accessor, filter));
        QueryResult result;
        if (answer == Answer::Text)
            result.text = store::jsStringify(value);
        else
            result.value = std::move(value);
        return result;
    });
}

QueryResult Engine::scope(std::string_view model, std::string_view scopeName, const Json& filter, Answer answer)
{
    return attempt([&] {
        const schema::Model& queried = modelNamed(m_schema, model);
        Executor executor(m_schema, *m_statements);
        return answered(executor.scoped(queried, std::string(scopeName), filter), queried, m_schema, answer);
    });
}

} // namespace relata::query
