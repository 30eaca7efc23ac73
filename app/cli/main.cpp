#include "cli.h"
#include "commands.h"
#include "json/message_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <array>

using namespace relata::cli;

namespace {

const std::array commands = {
    CommandInfo{"validate", "APP [--format text|json]", QT_TRANSLATE_NOOP("relata::cli", "report problems in the models"), runValidate, 1, 1},
    CommandInfo{"graph", "APP", QT_TRANSLATE_NOOP("relata::cli", "print the resolved models and relations"), runGraph, 1, 1},
    CommandInfo{"export", "APP [--out DIR]", QT_TRANSLATE_NOOP("relata::cli", "write the model files"), runExport, 1, 1},
    CommandInfo{"export-lb4", "APP --out DIR", QT_TRANSLATE_NOOP("relata::cli", "write a LoopBack 4 project (models, relations, repositories, controllers) and MIGRATION.md"), runExportLb4, 1, 1},
    CommandInfo{"query", "APP --db FILE MODEL [FILTER] [--scope NAME] [--repeat N] [--pretty]", QT_TRANSLATE_NOOP("relata::cli", "run a LoopBack filter (Model.find)"), runQuery, 2, 3},
    CommandInfo{"related", "APP --db FILE MODEL ID RELATION [FILTER] [--repeat N] [--pretty]", QT_TRANSLATE_NOOP("relata::cli", "call a relation accessor of one instance"), runRelated, 4, 5},
    CommandInfo{"migrate", "APP --db FILE", QT_TRANSLATE_NOOP("relata::cli", "create missing tables and columns; never drops"), runMigrate, 1, 1},
    CommandInfo{"load", "APP --db FILE DATA.json", QT_TRANSLATE_NOOP("relata::cli", "insert {\"Model\": [records...]} keeping ids"), runLoad, 2, 2},
    CommandInfo{"seed", "APP --db FILE [--scale N] [--seed S]", QT_TRANSLATE_NOOP("relata::cli", "fill empty tables with sample data"), runSeed, 1, 1},
    CommandInfo{"routes", "APP [MODEL]", QT_TRANSLATE_NOOP("relata::cli", "print the REST endpoints of every relation"), runRoutes, 1, 2},
    CommandInfo{"render", "APP --out FILE.svg|FILE.png [--stats]", QT_TRANSLATE_NOOP("relata::cli", "draw the diagram; --stats prints its crossings, overlaps and edge length"), runRender, 1, 1, true},
};

void printUsage(QTextStream& stream)
{
    stream << Cli::tr("usage: relata-cli COMMAND ...") << "\n\n";
    for (const CommandInfo& command : commands)
        stream << "  relata-cli " << command.name << ' ' << command.usage << "\n      "
               << Cli::tr(command.summary) << '\n';
    stream.flush();
}

const CommandInfo* findCommand(const QString& name)
{
    for (const CommandInfo& command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace

int main(int argc, char* argv[])
{
    const CommandInfo* requested = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    const auto app = createApplication(argc, argv, requested && requested->gui);
    QCoreApplication::setApplicationName(QStringLiteral("relata-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTranslator translator;
    if (relata::loadTranslation(translator, QLocale()))
        QCoreApplication::installTranslator(&translator);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        printUsage(arguments.isEmpty() ? err() : out());
        return arguments.isEmpty() ? CannotStart : Ok;
    }
    const CommandInfo* command = findCommand(arguments.takeFirst());
    if (!command) {
        err() << Cli::tr("relata-cli: unknown command") << '\n';
        printUsage(err());
        return CannotStart;
    }

    QStringList positional;
    std::map<QString, QString> options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            positional << argument;
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        if (equals > 0) {
            options[argument.mid(2, equals - 2)] = argument.mid(equals + 1);
        } else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
            options[argument.mid(2)] = arguments.at(++i);
        } else {
            options[argument.mid(2)] = QString();
        }
    }
    if (positional.size() < command->minPositional || positional.size() > command->maxPositional) {
        err() << Cli::tr("usage: relata-cli %1 %2")
                     .arg(QLatin1String(command->name), QLatin1String(command->usage))
              << '\n';
        return CannotStart;
    }
    return command->run(Args(positional, options));
}
