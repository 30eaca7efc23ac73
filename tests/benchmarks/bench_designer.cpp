// Prints how long the designer takes to open, compile, lay out, paint and
// render a generated app, and the peak memory: `bench_designer [--smoke]`.
// It also launches itself in the real window on each app and prints the time
// from launch (the process's start, libraries included) to the first painted
// canvas, first_frame_ms.
// `bench_designer --write-app N DIR` writes the generated app of N models
// instead, for timing and profiling `relata-cli render` on it.

#include "canvas/diagram_export.h"
#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "canvas/diagram_view.h"
#include "document/document.h"
#include "io/app_io.h"
#include "main_window.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <random>

#include <sys/resource.h>
#include <unistd.h>

using namespace relata;

namespace {

void writeFile(const QString& path, const Json& value)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray::fromStdString(value.dump(2) + "\n"));
}

// `models` models, each with a belongsTo to an earlier one and that one's
// hasMany back: about two relations per model, as in real apps.
void generateApp(const QString& root, int models)
{
    std::mt19937 random(7);
    Json config = Json{{"_meta", {{"sources", {"loopback/common/models", "../common/models"}}}}};
    std::vector<Json> definitions;
    for (int i = 0; i < models; ++i) {
        const std::string name = "Model" + std::to_string(i);
        config[name] = Json{{"dataSource", "db"}, {"public", true}};
        definitions.push_back(Json{{"name", name},
                                   {"base", "PersistedModel"},
                                   {"properties",
                                    {{"title", {{"type", "string"}, {"required", true}}},
                                     {"amount", "number"},
                                     {"active", "boolean"},
                                     {"createdAt", "date"}}},
                                   {"relations", Json::object()}});
    }
    for (int i = 1; i < models; ++i) {
        const int parent = int(random() % unsigned(i));
        const std::string child = "Model" + std::to_string(i);
        const std::string owner = "Model" + std::to_string(parent);
        definitions[std::size_t(i)]["relations"]["parent"] = Json{{"type", "belongsTo"}, {"model", owner}};
        definitions[std::size_t(parent)]["relations"]["children" + std::to_string(i)] =
            Json{{"type", "hasMany"}, {"model", child}, {"foreignKey", "parentId"}};
    }
    writeFile(QDir(root).filePath(QStringLiteral("server/model-config.json")), config);
    for (int i = 0; i < models; ++i)
        writeFile(QDir(root).filePath(QStringLiteral("common/models/model-%1.json").arg(i)),
                  definitions[std::size_t(i)]);
}

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A model dragged across the middle of the diagram, one mouse move at a time:
// the mean time to route what each move changed (its own edges and the
// edges it enters or leaves).
double dragStepMs(DiagramScene& scene)
{
    const QRectF all = scene.modelsBoundingRect(false);
    ModelItem* dragged = scene.modelItem(QStringLiteral("Model0"));
    if (!dragged)
        qFatal("the generated app has no Model0");
    constexpr int steps = 40;
    QElapsedTimer timer;
    timer.start();
    for (int step = 0; step <= steps; ++step) {
        dragged->setPos(all.left() + all.width() * step / steps, all.center().y());
        scene.flushRoutes();
    }
    return double(timer.nsecsElapsed()) / 1e6 / (steps + 1);
}

// Milliseconds since this process started, by the kernel's record of its
// start (in clock ticks since boot): what a user waits from launch, with the
// loading of the program and its libraries.
double sinceLaunchMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The fields after the command name, which is in parentheses and may hold spaces;
    // the start time is the 22nd field, the 20th after the name.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000;
}

// Waits for the canvas's first paint, lets it finish and notes when.
class FirstPaint : public QObject {
public:
    double ms = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        watched->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event);
        ms = sinceLaunchMs();
        QCoreApplication::quit();
        return true;
    }
};

// The child's side of first_frame_ms: what the designer's main() does with an
// app on its command line, until the canvas has been painted once.
int firstFrame(const QString& app, QTextStream& out)
{
    // Recent files and dock sizes stay out of the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    if (!window.openApp(app) || !window.view())
        return 1;
    FirstPaint paint;
    window.view()->viewport()->installEventFilter(&paint);
    QCoreApplication::exec();
    out << QStringLiteral("%1\n").arg(paint.ms, 0, 'f', 0);
    out.flush();
    return paint.ms < 0 ? 1 : 0;
}

// Launches this program in the real window on the app in `dir`.
QString launchFirstFrame(const QString& dir)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--first-frame"), dir});
    if (!child.waitForFinished(120000) || child.exitCode() != 0)
        return QStringLiteral("error");
    return QString::fromLatin1(child.readAllStandardOutput()).trimmed();
}

void run(int models, QTextStream& out)
{
    QTemporaryDir dir;
    generateApp(dir.path(), models);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Document> document = io::read(dir.path());
    const qint64 open = timer.restart();
    Session session(std::move(document));
    const qint64 compile = timer.restart();
    int relations = 0;
    for (const schema::Model& model : session.schema().models())
        relations += model.id == ModelId::None ? 0 : int(model.relations.size());
    timer.restart();
    // The scene builds every item and lays out the models without a position.
    DiagramScene scene(&session);
    const qint64 sceneAndLayout = timer.restart();
    scene.autoLayout(false);
    const qint64 layout = timer.restart();
    DiagramView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.fitAll();
    timer.restart();
    view.grab();
    const qint64 firstPaint = timer.restart();
    view.setZoom(1);
    view.grab();
    const qint64 paintAtFullDetail = timer.restart();
    const QString svg = dir.filePath(QStringLiteral("diagram.svg"));
    QString error = exportDiagram(scene, svg);
    const qint64 render = timer.restart();
    const QString png = dir.filePath(QStringLiteral("diagram.png"));
    if (error.isEmpty())
        error = exportDiagram(scene, png);
    const qint64 renderPng = timer.restart();
    const double dragStep = dragStepMs(scene);
    const QString frame = launchFirstFrame(dir.path());
    out << QStringLiteral("models=%1 relations=%2 open_ms=%3 compile_ms=%4 scene_and_layout_ms=%5 "
                          "layout_ms=%6 first_paint_ms=%7 paint_zoom1_ms=%8 render_svg_ms=%9 svg_kb=%10 "
                          "render_png_ms=%11 png_kb=%12 drag_step_ms=%13 peak_mb=%14 "
                          "first_frame_ms=%15%16\n")
               .arg(models)
               .arg(relations)
               .arg(open)
               .arg(compile)
               .arg(sceneAndLayout)
               .arg(layout)
               .arg(firstPaint)
               .arg(paintAtFullDetail)
               .arg(render)
               .arg(QFileInfo(svg).size() / 1024)
               .arg(renderPng)
               .arg(QFileInfo(png).size() / 1024)
               .arg(dragStep, 0, 'f', 2)
               .arg(peakKilobytes() / 1024)
               .arg(frame)
               .arg(error.isEmpty() ? QString() : QStringLiteral(" error=") + error);
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QApplication::arguments();
    if (const qsizetype write = arguments.indexOf(QStringLiteral("--write-app")); write > 0) {
        const int models = arguments.value(write + 1).toInt();
        if (models < 1 || arguments.size() < write + 3) {
            out << "usage: bench_designer --write-app N DIR\n";
            return 2;
        }
        generateApp(arguments.at(write + 2), models);
        return 0;
    }
    if (const qsizetype first = arguments.indexOf(QStringLiteral("--first-frame")); first > 0)
        return firstFrame(arguments.value(first + 1), out);
    const bool smoke = arguments.contains(QStringLiteral("--smoke"));
    for (int models : smoke ? std::vector<int>{20} : std::vector<int>{50, 100, 1000})
        run(models, out);
    return 0;
}
