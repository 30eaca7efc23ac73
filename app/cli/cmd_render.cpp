#include "canvas/diagram_export.h"
#include "canvas/diagram_scene.h"
#include "canvas/diagram_stats.h"
#include "cli.h"
#include "commands.h"
#include "document/document.h"
#include "font_preload.h"
#include "session.h"

#include <QApplication>

#include <cmath>

namespace relata::cli {

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv, bool gui)
{
    if (!gui)
        return std::make_unique<QCoreApplication>(argc, argv);
    // Rendering needs fonts and a paint system, not a screen: headless runs
    // (CI, ssh) use the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Read while Qt starts and the app is read and compiled.
    preloadFontConfig();
    return std::make_unique<QApplication>(argc, argv);
}

int runRender(const Args& args)
{
    const QString target = args.option(QStringLiteral("out"));
    if (!target.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
        && !target.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        err() << Cli::tr("render: --out FILE.svg or --out FILE.png is required") << '\n';
        return CannotStart;
    }
    std::unique_ptr<Document> document = openApp(args.positional().at(0));
    if (!document)
        return CannotStart;
    if (reportBrokenFiles(*document))
        return CannotStart;
    Session session(std::move(document));
    waitForFontConfig();
    // The scene lays out the models that have no position in relata.json.
    DiagramScene scene(&session);
    const QString error = exportDiagram(scene, target);
    if (!error.isEmpty()) {
        err() << error << '\n';
        return CannotStart;
    }
    if (args.has(QStringLiteral("stats"))) {
        const DiagramStats stats = measure(diagramGeometry(scene));
        Json value = Json::object();
        value["models"] = stats.models;
        value["relations"] = stats.relations;
        value["crossings"] = stats.crossings;
        value["edgesThroughBoxes"] = stats.edgesThroughBoxes;
        value["labelLabelOverlaps"] = stats.labelLabelOverlaps;
        value["labelBoxOverlaps"] = stats.labelBoxOverlaps;
        value["edgeLength"] = std::llround(stats.edgeLength);
        printJson(value);
    }
    exitNow(Ok);
}

} // namespace relata::cli
