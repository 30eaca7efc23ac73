// The seeded random user's long run: thousands of gestures on the sample app
// and on corpus apps, checking after every step that the canvas, the
// Inspector and the document agree, that saved files equal the document and
// that a full undo gives back the opening bytes. Prints what it ran and what
// it found; exits 1 on the first failure, with the seed, step and gesture to
// replay it.
//
//   bench_monkey [--steps N] [--seed S] [--smoke] [APP...]

#include "fixture_app.h"
#include "main_window.h"
#include "monkey.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace relata;

namespace {

struct Run {
    int steps = 0;
    qint64 ms = 0;
    QString failure;
    std::map<QString, int> counts;
};

Run runOn(const QString& app, unsigned seed, int steps)
{
    Run run;
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("app"));
    test::copyTree(app, copy);
    MainWindow window;
    if (!window.openApp(copy, true)) {
        run.failure = QStringLiteral("cannot open %1").arg(app);
        return run;
    }
    test::Monkey monkey(window, copy, seed);
    window.resize(1600, 1000);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        run.failure = QStringLiteral("the window for %1 never became active").arg(app);
        return run;
    }
    QElapsedTimer timer;
    timer.start();
    for (run.steps = 1; run.steps <= steps; ++run.steps) {
        if (!monkey.step()) {
            run.failure = QStringLiteral("seed %1, step %2, %3: %4")
                              .arg(seed)
                              .arg(run.steps)
                              .arg(monkey.lastGesture(), monkey.failure());
            break;
        }
    }
    if (run.failure.isEmpty() && !monkey.undoAll())
        run.failure = QStringLiteral("seed %1, final undo: %2").arg(seed).arg(monkey.failure());
    run.steps = std::min(run.steps, steps);
    run.ms = timer.elapsed();
    run.counts = monkey.counts();
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RelataBench"));
    QApplication::setApplicationName(QStringLiteral("bench_monkey"));
    QStringList args = application.arguments().mid(1);
    int steps = 10000;
    unsigned seed = 1;
    QStringList apps;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--smoke"))
            steps = 30;
        else if (args[i] == QLatin1String("--steps") && i + 1 < args.size())
            steps = args[++i].toInt();
        else if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i].toUInt();
        else
            apps << QFileInfo(args[i]).absoluteFilePath();
    }
    if (apps.isEmpty()) {
        apps << QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
        for (const char* name : {"strongloop__loopback-example-relations", "crownstone__crownstone-cloud"}) {
            const QString path = test::corpusApp(QLatin1String(name));
            if (QFileInfo::exists(path))
                apps << path;
            else if (test::corpusRequired()) {
                std::printf("%s is missing, and RELATA_REQUIRE_CORPUS=1 requires the corpus\n", qPrintable(path));
                return 1;
            }
        }
    }
    int total = 0;
    bool failed = false;
    for (const QString& app : apps) {
        const Run run = runOn(app, seed++, steps / int(apps.size()));
        total += run.steps;
        QStringList counts;
        for (const auto& [gesture, count] : run.counts)
            counts << QStringLiteral("%1=%2").arg(gesture).arg(count);
        std::printf("%s: %d steps in %lld ms (%.1f ms/step): %s\n", qPrintable(QFileInfo(app).fileName()), run.steps,
                    run.ms, run.steps ? double(run.ms) / run.steps : 0.0, qPrintable(counts.join(u' ')));
        if (!run.failure.isEmpty()) {
            std::printf("  FAILED: %s\n", qPrintable(run.failure));
            failed = true;
        }
    }
    std::printf("total: %d steps, %s\n", total, failed ? "failures found" : "no failure");
    return failed ? 1 : 0;
}
