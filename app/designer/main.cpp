#include "json/message_text.h"
#include "main_window.h"
#include "recovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Relata"));
    QApplication::setOrganizationName(QStringLiteral("Relata"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QTranslator translator;
    if (relata::loadTranslation(translator, QLocale()))
        QApplication::installTranslator(&translator);
    // Qt's own dialogs and buttons (file dialogs, QDialogButtonBox, the undo
    // stack's texts) follow the same language when Qt ships its catalogue.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A designer for LoopBack 3 model relations."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("app"),
                                 QCoreApplication::translate("main", "The LoopBack app folder to open."),
                                 QStringLiteral("[app]"));
    parser.process(app);

    relata::MainWindow window;
    window.show();
    // Without an app to open, the app a crash left unsaved changes of opens again, and openApp
    // offers to restore them.
    if (!parser.positionalArguments().isEmpty())
        window.openApp(parser.positionalArguments().constFirst());
    else if (const QString crashed = relata::Recovery::latestApp(); !crashed.isEmpty())
        window.openApp(crashed);
    return app.exec();
}
