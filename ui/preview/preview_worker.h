#pragma once

#include "json/json_text.h"
#include "query/engine.h"
#include "query/query_trace.h"
#include "schema/schema.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace relata::store {
class Connection;
}

namespace relata::preview {

// One piece of work for the preview thread. The schema is an immutable
// snapshot shared read-only with the GUI thread; nothing else is shared.
struct Request {
    enum class Kind {
        Open,         // open `path` read-only
        CreateSample, // migrate + seed a new file at `path`, then open it read-only
        Find,         // model.find(filter)
        Outline,      // every relation of record `id` of `model`, with its rows
    };
    Kind kind = Kind::Find;
    quint64 generation = 0;
    QString channel; // the view that asked; only its newest request counts
    std::shared_ptr<const schema::Schema> schema;
    QString path;
    std::string model;
    std::string scope; // Find: run this named scope of `model` instead (empty: find)
    Json id;
    Json filter = Json::object();
    int sampleScale = 100;
};

// One relation of a record as the preview shows it: what the accessor (or,
// for a relation of another model pointing here, the reverse lookup) answered.
struct Branch {
    std::string relation;
    std::string owner;  // the model declaring the relation
    std::string target; // the model of `rows` (empty when unknown)
    schema::RelationKind kind = schema::RelationKind::HasMany;
    bool incoming = false;
    Json rows = Json::array();
    Json filter; // the filter of the call REST would make, null for none
    std::optional<query::QueryError> error;
    query::QueryTrace trace;
};

struct Result {
    Request::Kind kind = Request::Kind::Find;
    quint64 generation = 0;
    QString channel;
    QString path; // Open, CreateSample: the file asked for
    std::string model;
    Json id;
    Json filter;
    query::QueryResult answer;    // Find
    std::vector<Branch> branches; // Outline
    query::QueryTrace trace;      // Find
    QString databasePath;         // Open, CreateSample: the file now open (empty: none)
    QString databaseError;        // Open, CreateSample: why it could not be opened
    qint64 elapsedNs = 0;
};

using RequestPtr = std::shared_ptr<const Request>;
using ResultPtr = std::shared_ptr<const Result>;

// Lives on the preview thread: owns the only connection and engine it uses,
// so QSqlDatabase stays on the thread that opened it.
class PreviewWorker : public QObject {
    Q_OBJECT

public:
    explicit PreviewWorker(QObject* parent = nullptr);
    ~PreviewWorker() override;

    void run(const relata::preview::RequestPtr& request);

signals:
    void finished(const relata::preview::ResultPtr& result);

private:
    void open(const Request& request, Result& result);
    void createSample(const Request& request, Result& result);
    query::Engine* engineFor(const std::shared_ptr<const schema::Schema>& schema, Result& result);
    void outline(const Request& request, query::Engine& engine, Result& result);
    Branch outgoing(const Request& request, query::Engine& engine, const schema::Relation& relation,
                    const Json& record);
    Branch incoming(query::Engine& engine, const schema::Model& owner, const schema::Relation& relation,
                    const Json& record);
    std::optional<Json> reverseFilter(query::Engine& engine, const schema::Relation& relation, const Json& record,
                                      Branch& branch) const;
    bool withinScope(query::Engine& engine, const schema::Relation& relation, const Json& record,
                     Branch& branch) const;
    void closeDatabase();

    std::unique_ptr<store::Connection> m_connection;
    std::shared_ptr<const schema::Schema> m_schema;
    std::unique_ptr<query::Engine> m_engine;
};

} // namespace relata::preview

Q_DECLARE_METATYPE(relata::preview::RequestPtr)
Q_DECLARE_METATYPE(relata::preview::ResultPtr)
