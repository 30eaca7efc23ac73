#include "preview/preview_worker.h"

#include "store/connection.h"
#include "store/seed.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace relata::preview {
namespace {

using schema::RelationKind;

query::QueryError plainError(const QString& message)
{
    query::QueryError error;
    error.message = message.toStdString();
    return error;
}

// An accessor answers an array, one object, or null; the preview lists rows.
Json asRows(const Json& value)
{
    if (value.is_array())
        return value;
    if (value.is_null())
        return Json::array();
    return Json::array({value});
}

Json memberOf(const Json& record, const std::string& key)
{
    auto found = record.find(key);
    return found == record.end() ? Json() : *found;
}

// The reverse of a relation can be looked up only where the keys live in
// columns: referencesMany keeps an id array and embedded models have no table.
bool reversible(const schema::Relation& relation)
{
    switch (relation.kind) {
    case RelationKind::BelongsTo:
        return !relation.polymorphic;
    case RelationKind::HasOne:
    case RelationKind::HasMany:
    case RelationKind::HasManyThrough:
    case RelationKind::HasAndBelongsToMany:
        return true;
    default:
        return false;
    }
}

// LoopBack keeps relations in the order their targets attached; a reader
// looks for them in the order the model file declares them.
std::vector<const schema::Relation*> inDeclaredOrder(const schema::Model& model)
{
    std::vector<const schema::Relation*> relations;
    for (const schema::Relation& relation : model.relations)
        relations.push_back(&relation);
    const Json declared = model.settings.value("relations", Json());
    if (!declared.is_object())
        return relations;
    auto position = [&](const schema::Relation* relation) {
        std::size_t index = 0;
        for (const auto& entry : declared.items()) {
            if (entry.key() == relation->name)
                return index;
            ++index;
        }
        return index;
    };
    std::stable_sort(relations.begin(), relations.end(),
                     [&](const schema::Relation* a, const schema::Relation* b) { return position(a) < position(b); });
    return relations;
}

} // namespace

PreviewWorker::PreviewWorker(QObject* parent)
    : QObject(parent)
{
}

PreviewWorker::~PreviewWorker()
{
    closeDatabase();
}

void PreviewWorker::closeDatabase()
{
    // The engine's prepared statements belong to the connection: they go first.
    m_engine.reset();
    m_schema.reset();
    m_connection.reset();
}

void PreviewWorker::run(const RequestPtr& request)
{
    auto result = std::make_shared<Result>();
    result->kind = request->kind;
    result->generation = request->generation;
    result->channel = request->channel;
    result->path = request->path;
    result->model = request->model;
    result->id = request->id;
    result->filter = request->filter;
    QElapsedTimer timer;
    timer.start();
    switch (request->kind) {
    case Request::Kind::Open:
        open(*request, *result);
        break;
    case Request::Kind::CreateSample:
        createSample(*request, *result);
        break;
    case Request::Kind::Find:
        if (query::Engine* engine = engineFor(request->schema, *result)) {
            engine->setTrace(&result->trace);
            result->answer = request->scope.empty() ? engine->find(request->model, request->filter)
                                                    : engine->scope(request->model, request->scope, request->filter);
            engine->setTrace(nullptr);
        }
        break;
    case Request::Kind::Outline:
        if (query::Engine* engine = engineFor(request->schema, *result))
            outline(*request, *engine, *result);
        break;
    }
    result->elapsedNs = timer.nsecsElapsed();
    emit finished(result);
}

void PreviewWorker::open(const Request& request, Result& result)
{
    closeDatabase();
    store::Error error;
    m_connection = store::Connection::open(request.path, {store::Access::ReadOnly}, &error);
    if (m_connection)
        result.databasePath = request.path;
    else
        result.databaseError = error.message;
}

void PreviewWorker::createSample(const Request& request, Result& result)
{
    closeDatabase();
    if (!request.schema) {
        result.databaseError = tr("the app has no compiled models yet");
        return;
    }
    // The user confirmed replacing the file before this request was made.
    if (QFile::exists(request.path) && !QFile::remove(request.path)) {
        result.databaseError = tr("the existing file cannot be replaced");
        return;
    }
    {
        store::Error error;
        auto writer = store::Connection::open(request.path, {store::Access::ReadWrite}, &error);
        if (!writer) {
            result.databaseError = error.message;
            return;
        }
        const store::SeedResult seeded = store::seed(*writer, *request.schema, {request.sampleScale, 1});
        if (!seeded.ok()) {
            result.databaseError = seeded.error->message;
            return;
        }
    }
    open(request, result);
}

query::Engine* PreviewWorker::engineFor(const std::shared_ptr<const schema::Schema>& schema, Result& result)
{
    if (!m_connection || !schema) {
        result.answer.error = plainError(tr("No database is open."));
        return nullptr;
    }
    if (schema != m_schema) {
        m_engine.reset();
        m_schema = schema;
        m_engine = std::make_unique<query::Engine>(*m_schema, *m_connection);
    }
    return m_engine.get();
}

void PreviewWorker::outline(const Request& request, query::Engine& engine, Result& result)
{
    const schema::Schema& schema = *request.schema;
    const schema::Model* model = schema.model(request.model);
    if (!model) {
        result.answer.error = plainError(tr("The app has no model named %1.").arg(QString::fromStdString(request.model)));
        return;
    }
    result.answer = engine.findById(request.model, request.id);
    if (!result.answer.ok())
        return;
    if (result.answer.value.is_null()) {
        result.answer.error = plainError(tr("%1 %2 is not in the database any more.")
                                             .arg(QString::fromStdString(request.model),
                                                  QString::fromStdString(request.id.dump())));
        return;
    }
    const Json& record = result.answer.value;
    for (const schema::Relation* relation : inDeclaredOrder(*model))
        result.branches.push_back(outgoing(request, engine, *relation, record));
    for (const auto& [owner, relation] : schema.incoming(model->name)) {
        if (relation->modelTo == model->name && reversible(*relation) && owner->persisted)
            result.branches.push_back(incoming(engine, *owner, *relation, record));
    }
}

Branch PreviewWorker::outgoing(const Request& request, query::Engine& engine, const schema::Relation& relation,
                               const Json& record)
{
    Branch branch{relation.name, relation.modelFrom, relation.modelTo, relation.kind, false, Json::array(), Json(), {}, {}};
    if (relation.kind == RelationKind::BelongsTo && relation.polymorphic) {
        const Json type = memberOf(record, relation.polymorphic->discriminator);
        const schema::Model* target = type.is_string() ? request.schema->modelIgnoringCase(type.get<std::string>()) : nullptr;
        branch.target = target ? target->name : std::string();
    }
    engine.setTrace(&branch.trace);
    const query::QueryResult answer = engine.related(request.model, request.id, relation.name, std::nullopt);
    engine.setTrace(nullptr);
    if (answer.ok())
        branch.rows = asRows(answer.value);
    else
        branch.error = answer.error;
    return branch;
}

// The records of `owner` whose `relation` reaches `record`: the same key
// equality the accessor uses, read from the other side.
Branch PreviewWorker::incoming(query::Engine& engine, const schema::Model& owner, const schema::Relation& relation,
                               const Json& record)
{
    Branch branch{relation.name, owner.name, owner.name, relation.kind, true, Json::array(), Json(), {}, {}};
    engine.setTrace(&branch.trace);
    const std::optional<Json> filter = reverseFilter(engine, relation, record, branch);
    if (filter) {
        branch.filter = *filter;
        const query::QueryResult answer = engine.find(owner.name, *filter);
        if (answer.ok())
            branch.rows = asRows(answer.value);
        else
            branch.error = answer.error;
    }
    engine.setTrace(nullptr);
    return branch;
}

// The filter on the owner model; nullopt when no owner can match (or a
// lookup failed, said in `branch`).
std::optional<Json> PreviewWorker::reverseFilter(query::Engine& engine, const schema::Relation& relation,
                                                 const Json& record, Branch& branch) const
{
    if (!withinScope(engine, relation, record, branch))
        return std::nullopt;
    if (relation.kind == RelationKind::HasManyThrough || relation.kind == RelationKind::HasAndBelongsToMany) {
        const schema::Model* target = m_schema->model(relation.modelTo);
        const Json id = target ? memberOf(record, target->idName()) : Json();
        if (id.is_null())
            return std::nullopt;
        const query::QueryResult links =
            engine.find(relation.modelThrough, Json::object({{"where", Json::object({{relation.keyThrough, id}})}}));
        if (!links.ok()) {
            branch.error = links.error;
            return std::nullopt;
        }
        Json keys = Json::array();
        for (const Json& link : links.value) {
            if (Json key = memberOf(link, relation.keyTo); !key.is_null())
                keys.push_back(std::move(key));
        }
        return Json::object({{"where", Json::object({{relation.keyFrom, Json::object({{"inq", keys}})}})}});
    }
    // A polymorphic hasMany/hasOne: the record names the model that owns it.
    if (relation.polymorphic) {
        const std::string& owner = relation.polymorphic->invert ? relation.modelTo : relation.modelFrom;
        if (memberOf(record, relation.polymorphic->discriminator) != Json(owner))
            return std::nullopt;
    }
    const Json key = memberOf(record, relation.keyTo);
    if (key.is_null())
        return std::nullopt;
    return Json::object({{"where", Json::object({{relation.keyFrom, key}})}});
}

// A relation whose scope has a where reaches only the targets matching it,
// so no owner reaches a record outside it. (A scope's limit ranks targets per
// owner; the reverse lookup does not rank.)
bool PreviewWorker::withinScope(query::Engine& engine, const schema::Relation& relation, const Json& record,
                                Branch& branch) const
{
    const Json where = relation.scope.is_object() ? relation.scope.value("where", Json()) : Json();
    if (!where.is_object() || where.empty())
        return true;
    const schema::Model* target = m_schema->model(relation.modelTo);
    const Json id = target ? memberOf(record, target->idName()) : Json();
    if (id.is_null())
        return false;
    const Json self = Json::object({{target->idName(), id}});
    const query::QueryResult match = engine.find(
        relation.modelTo, Json::object({{"where", Json::object({{"and", Json::array({self, where})}})}, {"limit", 1}}));
    if (!match.ok()) {
        branch.error = match.error;
        return false;
    }
    return match.value.is_array() && !match.value.empty();
}

} // namespace relata::preview
