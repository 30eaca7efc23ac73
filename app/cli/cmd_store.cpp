#include "cli.h"
#include "commands.h"
#include "document/document.h"
#include "io/app_io.h"
#include "json/json_text.h"
#include "rest/routes.h"
#include "schema/schema.h"
#include "store/connection.h"
#include "store/fixtures.h"
#include "store/migrate.h"
#include "store/seed.h"

#include <QDir>

#include <variant>

namespace relata::cli {
namespace {

// The app compiled, or null after saying why on stderr (the caller exits CannotStart).
std::unique_ptr<schema::Schema> compileApp(const QString& path)
{
    const std::unique_ptr<Document> document = openApp(path);
    if (!document || reportBrokenFiles(*document))
        return nullptr;
    return std::make_unique<schema::Schema>(schema::compile(*document));
}

std::unique_ptr<store::Connection> openForWriting(const Args& args)
{
    const QString file = args.option(QStringLiteral("db"));
    if (file.isEmpty()) {
        err() << Cli::tr("--db FILE is required") << '\n';
        return nullptr;
    }
    store::Error error;
    auto connection = store::Connection::open(file, {store::Access::ReadWrite}, &error);
    if (!connection)
        err() << QDir::toNativeSeparators(error.file) << ": " << error.message << '\n';
    return connection;
}

void reportMigration(const store::MigrationResult& result)
{
    for (const store::MigrationStep& step : result.steps) {
        const QString table = QString::fromStdString(step.table);
        const QString name = QString::fromStdString(step.name);
        switch (step.kind) {
        case store::MigrationStep::Kind::Table:
            err() << Cli::tr("created table \"%1\" (%2)").arg(table, QString::fromStdString(step.model));
            break;
        case store::MigrationStep::Kind::Column:
            err() << Cli::tr("added column \"%1\" to table \"%2\"").arg(name, table);
            break;
        case store::MigrationStep::Kind::Index:
            err() << Cli::tr("created index \"%1\" on table \"%2\"").arg(name, table);
            break;
        case store::MigrationStep::Kind::Note:
            err() << Cli::tr("note: %1").arg(QString::fromStdString(step.sql));
            break;
        }
        err() << '\n';
    }
}

void reportRows(const std::vector<std::pair<std::string, int>>& rows)
{
    for (const auto& [model, count] : rows)
        err() << Cli::tr("%1 rows into %2").arg(count).arg(QString::fromStdString(model)) << '\n';
}

} // namespace

int runMigrate(const Args& args)
{
    const auto schema = compileApp(args.positional().at(0));
    if (!schema)
        return CannotStart;
    const auto connection = openForWriting(args);
    if (!connection)
        return CannotStart;
    const store::MigrationResult result = store::migrate(*connection, *schema);
    reportMigration(result);
    if (!result.ok()) {
        err() << result.error->text() << '\n';
        err().flush();
        return Findings;
    }
    if (result.steps.empty())
        err() << Cli::tr("nothing to create: the database has every table, column and index") << '\n';
    err().flush();
    printJson(result.toJson());
    return Ok;
}

int runLoad(const Args& args)
{
    const auto schema = compileApp(args.positional().at(0));
    if (!schema)
        return CannotStart;
    const QString dataPath = args.positional().at(1);
    QString reason;
    const std::optional<QByteArray> bytes = io::readJsonFile(dataPath, &reason);
    if (!bytes) {
        err() << QDir::toNativeSeparators(dataPath) << ": " << reason << '\n';
        return CannotStart;
    }
    auto parsed = json::parse(bytes->toStdString());
    if (const auto* error = std::get_if<json::ParseError>(&parsed)) {
        err() << QDir::toNativeSeparators(dataPath) << ':' << error->at.line << ':'
              << error->at.column << ": " << QString::fromStdString(error->message) << '\n';
        return CannotStart;
    }
    const auto connection = openForWriting(args);
    if (!connection)
        return CannotStart;
    const store::LoadResult result =
        store::loadFixtures(*connection, *schema, std::get<json::Text>(parsed).value());
    for (const std::string& warning : result.warnings)
        err() << Cli::tr("warning: %1").arg(QString::fromStdString(warning)) << '\n';
    if (!result.ok()) {
        err() << QDir::toNativeSeparators(dataPath) << ": "
              << QString::fromStdString(result.error->text()) << '\n'
              << Cli::tr("nothing was written") << '\n';
        err().flush();
        printJson(result.toJson());
        return Findings;
    }
    reportMigration(result.migration);
    reportRows(result.rows);
    err().flush();
    printJson(result.toJson());
    return Ok;
}

int runSeed(const Args& args)
{
    const auto scale = args.intOption(QStringLiteral("scale"), 100);
    if (!scale)
        return CannotStart;
    if (*scale < 1) {
        err() << Cli::tr("--scale takes a whole number from 1, not %1").arg(*scale) << '\n';
        return CannotStart;
    }
    bool seedOk = true;
    const qulonglong seedValue =
        args.option(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&seedOk);
    if (!seedOk) {
        err() << Cli::tr("--seed takes a whole number, not \"%1\"").arg(args.option(QStringLiteral("seed")))
              << '\n';
        return CannotStart;
    }
    const auto schema = compileApp(args.positional().at(0));
    if (!schema)
        return CannotStart;
    const auto connection = openForWriting(args);
    if (!connection)
        return CannotStart;
    const store::SeedResult result = store::seed(*connection, *schema, {*scale, seedValue});
    if (!result.ok()) {
        err() << result.error->text() << '\n' << Cli::tr("nothing was written") << '\n';
        err().flush();
        return Findings;
    }
    reportMigration(result.migration);
    reportRows(result.rows);
    err().flush();
    printJson(result.toJson());
    return Ok;
}

int runRoutes(const Args& args)
{
    const auto schema = compileApp(args.positional().at(0));
    if (!schema)
        return CannotStart;
    const std::string model = args.positional().size() > 1
                                  ? args.positional().at(1).toStdString()
                                  : std::string();
    if (!model.empty() && !schema->model(model)) {
        err() << Cli::tr("no model named \"%1\" in the app").arg(QString::fromStdString(model)) << '\n';
        return CannotStart;
    }
    printJson(rest::routesJson(*schema, model));
    return Ok;
}

} // namespace relata::cli
