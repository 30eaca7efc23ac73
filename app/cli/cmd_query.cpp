#include "cli.h"
#include "commands.h"
#include "document/document.h"
#include "query/engine.h"
#include "query/filter_lint.h"
#include "schema/schema.h"
#include "store/connection.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <variant>
#include <vector>

namespace relata::cli {
namespace {

// What a query needs before it runs: the compiled models and a read-only
// connection. Null (after a message on stderr) when it cannot start.
struct QuerySetup {
    std::unique_ptr<Document> document;
    schema::Schema schema;
    std::unique_ptr<store::Connection> connection;
};

std::unique_ptr<QuerySetup> prepare(const Args& args)
{
    if (!args.has(QStringLiteral("db")) || args.option(QStringLiteral("db")).isEmpty()) {
        err() << Cli::tr("--db FILE is required") << '\n';
        return nullptr;
    }
    auto setup = std::make_unique<QuerySetup>();
    setup->document = openApp(args.positional().at(0));
    if (!setup->document || reportBrokenFiles(*setup->document))
        return nullptr;
    setup->schema = schema::compile(*setup->document);
    store::Error error;
    setup->connection = store::Connection::open(args.option(QStringLiteral("db")), {}, &error);
    if (!setup->connection) {
        err() << error.text() << '\n';
        return nullptr;
    }
    return setup;
}

// FILTER as JSON; nullopt (after a message) when it is not JSON. Relata's own
// parser refuses nesting deeper than json::maxDepth before building a value
// that the engine's recursive walks could not handle.
std::optional<Json> parseFilter(const QString& text)
{
    auto parsed = json::parse(text.toStdString());
    if (const auto* error = std::get_if<json::ParseError>(&parsed)) {
        err() << Cli::tr("FILTER is not valid JSON: %1")
                     .arg(QStringLiteral("%1:%2: %3")
                              .arg(error->at.line)
                              .arg(error->at.column)
                              .arg(QString::fromStdString(error->message)))
              << '\n';
        return std::nullopt;
    }
    return std::get<json::Text>(std::move(parsed)).value();
}

// What LoopBack will silently change or drop in the filter, on stderr; the
// answer on stdout stays what LoopBack answers.
void printLint(const Json& filter, const schema::Schema& schema, const std::string& modelName)
{
    const schema::Model* model = schema.model(modelName);
    if (!model)
        return;
    for (const query::LintWarning& warning : query::lintFilter(filter, *model, schema))
        err() << Cli::tr("warning: FILTER%1: %2")
                     .arg(QString::fromStdString(warning.pointer), QString::fromStdString(warning.message))
              << '\n';
    err().flush();
}

// Runs `query` --repeat times (at least once) and prints the first answer; the
// timing line has the oracle's shape so the two can be compared.
int answer(const Args& args, const QString& label, const std::function<query::QueryResult()>& query)
{
    const std::optional<int> repeat = args.intOption(QStringLiteral("repeat"), 0);
    if (!repeat || *repeat < 0)
        return CannotStart;
    std::vector<double> times;
    query::QueryResult first;
    for (int run = 0; run < std::max(1, *repeat); ++run) {
        QElapsedTimer timer;
        timer.start();
        query::QueryResult result = query();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (run == 0)
            first = std::move(result);
    }
    if (args.has(QStringLiteral("pretty")))
        printJson(first.document());
    else
        out() << QString::fromStdString(first.documentText()) << '\n';
    out().flush();
    if (*repeat > 0 && first.ok()) {
        std::sort(times.begin(), times.end());
        const std::size_t middle = times.size() / 2;
        const double median = times.size() % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
        err() << QStringLiteral("timing: query=%1 n=%2 median_ms=%3 min_ms=%4")
                     .arg(label)
                     .arg(times.size())
                     .arg(median, 0, 'f', 3)
                     .arg(times.front(), 0, 'f', 3)
              << '\n';
    }
    return first.ok() ? Ok : Findings;
}

} // namespace

int runQuery(const Args& args)
{
    std::optional<Json> filter = Json::object();
    if (args.positional().size() > 2)
        filter = parseFilter(args.positional().at(2));
    const std::unique_ptr<QuerySetup> setup = filter ? prepare(args) : nullptr;
    if (!setup)
        return CannotStart;
    query::Engine engine(setup->schema, *setup->connection);
    const std::string model = args.positional().at(1).toStdString();
    printLint(*filter, setup->schema, model);
    // Printed compact, the answer is written as text straight from the rows.
    const query::Answer form = args.has(QStringLiteral("pretty")) ? query::Answer::Value : query::Answer::Text;
    // --scope NAME: Model[NAME](filter), a named scope from the model's "scopes".
    const std::string scope = args.option(QStringLiteral("scope")).toStdString();
    if (!scope.empty())
        return answer(args, args.positional().at(1) + u'.' + QString::fromStdString(scope),
                      [&] { return engine.scope(model, scope, *filter, form); });
    return answer(args, args.positional().at(1), [&] { return engine.find(model, *filter, form); });
}

int runRelated(const Args& args)
{
    std::optional<Json> filter;
    if (args.positional().size() > 4) {
        filter = parseFilter(args.positional().at(4));
        if (!filter)
            return CannotStart;
    }
    const std::unique_ptr<QuerySetup> setup = prepare(args);
    if (!setup)
        return CannotStart;
    query::Engine engine(setup->schema, *setup->connection);
    const std::string model = args.positional().at(1).toStdString();
    // The id is text, as it comes from a URL; LoopBack coerces it to the id type.
    const Json id = args.positional().at(2).toStdString();
    const std::string relation = args.positional().at(3).toStdString();
    if (const schema::Model* source = setup->schema.model(model); source && filter) {
        if (const schema::Relation* accessor = source->relation(relation))
            printLint(*filter, setup->schema, accessor->modelTo);
    }
    const QString label = QStringLiteral("%1#%2.%3").arg(args.positional().at(1), args.positional().at(2),
                                                         args.positional().at(3));
    // Printed compact, the answer is written as text (from the rows, for an accessor a find answers).
    const query::Answer form = args.has(QStringLiteral("pretty")) ? query::Answer::Value : query::Answer::Text;
    return answer(args, label, [&] { return engine.related(model, id, relation, filter, form); });
}

} // namespace relata::cli
