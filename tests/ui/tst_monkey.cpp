#include "fixture_app.h"
#include "main_window.h"
#include "monkey.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relata;

// A short run of the seeded random user on the sample app and on two corpus
// apps (bench_monkey runs the long one). A failing step prints its seed, its
// number and the gesture, so it can be replayed.
class TestMonkey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void randomGestures_data();
    void randomGestures();
};

void TestMonkey::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_monkey"));
}

void TestMonkey::randomGestures_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("steps");
    QTest::addRow("sample app, seed 1")
        << QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop") << 1u << 150;
    QTest::addRow("sample app, seed 2")
        << QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop") << 2u << 150;
    QTest::addRow("sample app, seed 3")
        << QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop") << 3u << 150;
    QTest::addRow("loopback-example-relations")
        << test::corpusApp(QStringLiteral("strongloop__loopback-example-relations")) << 3u << 100;
    QTest::addRow("crownstone-cloud") << test::corpusApp(QStringLiteral("crownstone__crownstone-cloud")) << 4u
                                      << 100;
}

void TestMonkey::randomGestures()
{
    QFETCH(QString, app);
    QFETCH(unsigned, seed);
    QFETCH(int, steps);
    if (test::corpusMissing(app))
        return;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("app"));
    test::copyTree(app, copy);
    MainWindow window;
    QVERIFY(window.openApp(copy, true));
    test::Monkey monkey(window, copy, seed);
    window.resize(1600, 1000);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int step = 1; step <= steps; ++step) {
        QVERIFY2(monkey.step(), qPrintable(QStringLiteral("seed %1, step %2, %3: %4")
                                               .arg(seed)
                                               .arg(step)
                                               .arg(monkey.lastGesture(), monkey.failure())));
    }
    QVERIFY2(monkey.undoAll(), qPrintable(monkey.failure()));
    QStringList counts;
    for (const auto& [gesture, count] : monkey.counts())
        counts << QStringLiteral("%1 %2").arg(gesture).arg(count);
    qInfo("%s", qPrintable(counts.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
