#include "check/check.h"
#include "cli.h"
#include "commands.h"
#include "document/document.h"
#include "io/app_io.h"
#include "schema/schema.h"

#include <QDir>

#include <algorithm>

namespace relata::cli {
namespace {

Json diagnosticJson(const Diagnostic& diagnostic)
{
    Json value = Json::object();
    value["severity"] = severityName(diagnostic.severity);
    value["code"] = diagnostic.code;
    value["message"] = diagnostic.message;
    value["file"] = diagnostic.file.toStdString();
    value["pointer"] = diagnostic.pointer;
    value["line"] = diagnostic.at.line;
    value["column"] = diagnostic.at.column;
    if (!diagnostic.model.empty())
        value["model"] = diagnostic.model;
    if (!diagnostic.relation.empty())
        value["relation"] = diagnostic.relation;
    return value;
}

QString diagnosticLine(const Diagnostic& diagnostic)
{
    QString where = diagnostic.file.isEmpty() ? Cli::tr("(app)") : diagnostic.file;
    if (diagnostic.at.line > 0)
        where += QStringLiteral(":%1:%2").arg(diagnostic.at.line).arg(diagnostic.at.column);
    return QStringLiteral("%1: %2: %3 [%4]")
        .arg(where, QString::fromLatin1(severityName(diagnostic.severity)),
             QString::fromStdString(diagnostic.message), QString::fromStdString(diagnostic.code));
}

} // namespace

int runValidate(const Args& args)
{
    const QString format = args.option(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err() << Cli::tr("--format takes text or json, not \"%1\"").arg(format) << '\n';
        return CannotStart;
    }
    const std::unique_ptr<Document> document = openApp(args.positional().at(0));
    if (!document)
        return CannotStart;
    const schema::Schema schema = schema::compile(*document);
    const Diagnostics diagnostics = check::check(*document, schema);
    const auto count = [&](Severity severity) {
        return std::count_if(diagnostics.begin(), diagnostics.end(),
                             [&](const Diagnostic& d) { return d.severity == severity; });
    };
    if (format == QLatin1String("json")) {
        Json list = Json::array();
        for (const Diagnostic& diagnostic : diagnostics)
            list.push_back(diagnosticJson(diagnostic));
        Json summary = {{"models", document->modelIds().size()},
                        {"errors", count(Severity::Error)},
                        {"warnings", count(Severity::Warning)},
                        {"infos", count(Severity::Info)}};
        printJson(Json{{"diagnostics", std::move(list)}, {"summary", std::move(summary)}});
    } else {
        for (const Diagnostic& diagnostic : diagnostics)
            out() << diagnosticLine(diagnostic) << '\n';
        out().flush();
        // One plural per phrase: a language may inflect each count differently.
        err() << Cli::tr("%1: %2, %3", "validate summary: models, errors, warnings")
                     .arg(Cli::tr("%n model(s)", nullptr, int(document->modelIds().size())),
                          Cli::tr("%n error(s)", nullptr, int(count(Severity::Error))),
                          Cli::tr("%n warning(s)", nullptr, int(count(Severity::Warning))))
              << Qt::endl;
    }
    if (reportBrokenFiles(*document))
        return CannotStart;
    return count(Severity::Error) > 0 ? Findings : Ok;
}

int runGraph(const Args& args)
{
    const std::unique_ptr<Document> document = openApp(args.positional().at(0));
    if (!document)
        return CannotStart;
    printJson(schema::graphJson(schema::compile(*document)));
    return reportBrokenFiles(*document) ? CannotStart : Ok;
}

int runExport(const Args& args)
{
    const std::unique_ptr<Document> document = openApp(args.positional().at(0));
    if (!document)
        return CannotStart;
    const QString target = args.option(QStringLiteral("out"));
    if (args.has(QStringLiteral("out")) && target.isEmpty()) {
        err() << Cli::tr("--out needs a folder") << '\n';
        return CannotStart;
    }
    const io::WriteReport report = io::write(*document, target);
    Json failed = Json::array();
    for (const io::WriteFailure& failure : report.failed) {
        failed.push_back({{"file", failure.relativePath.toStdString()},
                          {"message", failure.message.toStdString()}});
        err() << failure.relativePath << ": " << failure.message << '\n';
    }
    const auto list = [](const QStringList& paths) {
        Json array = Json::array();
        for (const QString& path : paths)
            array.push_back(path.toStdString());
        return array;
    };
    printJson(Json{{"written", list(report.written)},
                   {"unchanged", list(report.unchanged)},
                   {"failed", std::move(failed)}});
    if (reportBrokenFiles(*document))
        return CannotStart;
    return report.ok() ? Ok : Findings;
}

} // namespace relata::cli
