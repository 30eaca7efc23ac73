#include "cli.h"
#include "commands.h"
#include "document/document.h"
#include "lb4/lb4_export.h"
#include "schema/schema.h"

namespace relata::cli {
namespace {

Json pathList(const QStringList& paths)
{
    Json array = Json::array();
    for (const QString& path : paths)
        array.push_back(path.toStdString());
    return array;
}

Json itemJson(const lb4::MigrationItem& item)
{
    return Json{{"model", item.model},         {"relation", item.relation},
                {"feature", item.feature},     {"detail", item.detail},
                {"replacement", item.replacement}, {"file", item.file.toStdString()},
                {"pointer", item.pointer}};
}

} // namespace

int runExportLb4(const Args& args)
{
    const QString target = args.option(QStringLiteral("out"));
    if (target.isEmpty()) {
        err() << Cli::tr("export-lb4: --out DIR is required") << '\n';
        return CannotStart;
    }
    const std::unique_ptr<Document> document = openApp(args.positional().at(0));
    if (!document)
        return CannotStart;
    const lb4::Project project = lb4::generate(*document, schema::compile(*document));
    const lb4::WriteReport report = lb4::write(project, target);
    Json failed = Json::array();
    for (const lb4::WriteFailure& failure : report.failed) {
        failed.push_back({{"file", failure.path.toStdString()}, {"message", failure.message.toStdString()}});
        err() << failure.path << ": " << failure.message << '\n';
    }
    Json kept = Json::array();
    for (const lb4::KeptFile& file : report.kept) {
        kept.push_back({{"file", file.path.toStdString()}, {"reason", lb4::keptCode(file.why)}});
        err() << file.path << ": " << lb4::keptReason(file.why) << '\n';
    }
    Json migration = Json::array();
    for (const lb4::MigrationItem& item : project.migration)
        migration.push_back(itemJson(item));
    const lb4::Figures& figures = project.figures;
    printJson(Json{{"written", pathList(report.written)},
                   {"unchanged", pathList(report.unchanged)},
                   {"removed", pathList(report.removed)},
                   {"kept", std::move(kept)},
                   {"failed", std::move(failed)},
                   {"figures",
                    {{"models", figures.models},
                     {"relations", figures.relations},
                     {"lb4Relations", figures.lb4Relations},
                     {"relationsInReport", figures.relationsInReport},
                     {"items", figures.items}}},
                   {"migration", std::move(migration)}});
    if (reportBrokenFiles(*document))
        return CannotStart;
    return report.ok() ? Ok : Findings;
}

} // namespace relata::cli
