#include "canvas/diagram_scene.h"
#include "canvas/diagram_stats.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "io/app_io.h"
#include "session.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace relata;

Q_DECLARE_METATYPE(relata::DiagramGeometry)

class TestDiagramStats : public QObject {
    Q_OBJECT

private slots:
    void measure_data();
    void measure();
    void geometryOfAScene();
    void renderPrintsStats();
};

namespace {

EdgeGeometry edge(const QList<QPolygonF>& pieces, std::vector<int> ends, QRectF label = {})
{
    return EdgeGeometry{pieces, std::move(ends), label};
}

// Four 40×40 boxes at the corners of a 200×200 square: 0 top left, 1 top
// right, 2 bottom left, 3 bottom right.
std::vector<QRectF> corners()
{
    return {QRectF(0, 0, 40, 40), QRectF(200, 0, 40, 40), QRectF(0, 200, 40, 40), QRectF(200, 200, 40, 40)};
}

} // namespace

// Each row: hand-built geometry and the figures it must give.
void TestDiagramStats::measure_data()
{
    QTest::addColumn<DiagramGeometry>("geometry");
    QTest::addColumn<int>("relations");
    QTest::addColumn<int>("crossings");
    QTest::addColumn<int>("edgesThroughBoxes");
    QTest::addColumn<int>("labelLabelOverlaps");
    QTest::addColumn<int>("labelBoxOverlaps");
    QTest::addColumn<double>("edgeLength");

    const QPolygonF diagonal03{QPointF(40, 40), QPointF(200, 200)};
    const QPolygonF diagonal12{QPointF(200, 40), QPointF(40, 200)};
    QTest::addRow("two crossing edges") << DiagramGeometry{corners(), {edge({diagonal03}, {0, 3}), edge({diagonal12}, {1, 2})}}
                                        << 2 << 1 << 0 << 0 << 0 << 2 * std::sqrt(2.0) * 160;
    const QPolygonF top{QPointF(40, 20), QPointF(200, 20)};
    const QPolygonF bottom{QPointF(40, 220), QPointF(200, 220)};
    QTest::addRow("two edges apart") << DiagramGeometry{corners(), {edge({top}, {0, 1}), edge({bottom}, {2, 3})}}
                                     << 2 << 0 << 0 << 0 << 0 << 320.0;
    // Back and forth across each other three times: still one pair.
    const QPolygonF zigzag{QPointF(40, 20), QPointF(80, 0), QPointF(120, 40), QPointF(160, 0), QPointF(200, 20)};
    QTest::addRow("edges crossing three times")
        << DiagramGeometry{corners(), {edge({top}, {0, 1}), edge({zigzag}, {0, 1})}} << 2 << 1 << 0 << 0 << 0
        << 160 + 2 * std::hypot(40.0, 20.0) + 2 * std::hypot(40.0, 40.0);
    const QPolygonF fromShared{QPointF(40, 20), QPointF(200, 20)};
    const QPolygonF alsoFromShared{QPointF(40, 20), QPointF(120, 20), QPointF(120, 200)};
    QTest::addRow("edges meeting at a shared box")
        << DiagramGeometry{{QRectF(0, 0, 40, 40), QRectF(200, 0, 40, 40), QRectF(100, 200, 40, 40)},
                           {edge({QPolygonF{QPointF(40, 20), QPointF(200, 20)}}, {0, 1}),
                            edge({QPolygonF{QPointF(40, 20), QPointF(40, 100), QPointF(120, 100), QPointF(120, 200)}}, {0, 2})}}
        << 2 << 0 << 0 << 0 << 0 << 160.0 + 80 + 80 + 100;
    QTest::addRow("edges on one line away from their shared box")
        << DiagramGeometry{{QRectF(0, 0, 40, 40), QRectF(200, 0, 40, 40), QRectF(100, 200, 40, 40)},
                           {edge({fromShared}, {0, 1}), edge({alsoFromShared}, {0, 2})}}
        << 2 << 1 << 0 << 0 << 0 << 160.0 + 80 + 180;
    QTest::addRow("edge through a third box")
        << DiagramGeometry{{QRectF(0, 0, 40, 40), QRectF(100, 0, 40, 40), QRectF(200, 0, 40, 40)},
                           {edge({QPolygonF{QPointF(40, 20), QPointF(200, 20)}}, {0, 2})}}
        << 1 << 0 << 1 << 0 << 0 << 160.0;
    QTest::addRow("edge along a third box's outline")
        << DiagramGeometry{{QRectF(0, 0, 40, 40), QRectF(100, 20, 40, 40), QRectF(200, 0, 40, 40)},
                           {edge({QPolygonF{QPointF(40, 20), QPointF(200, 20)}}, {0, 2})}}
        << 1 << 0 << 0 << 0 << 0 << 160.0;
    // Through a through model (the third end): its own box is no obstacle.
    QTest::addRow("edge through its through model")
        << DiagramGeometry{{QRectF(0, 0, 40, 40), QRectF(100, 0, 40, 40), QRectF(200, 0, 40, 40)},
                           {edge({QPolygonF{QPointF(40, 20), QPointF(100, 20)}, QPolygonF{QPointF(140, 20), QPointF(200, 20)}},
                                 {0, 2, 1})}}
        << 1 << 0 << 0 << 0 << 0 << 120.0;
    QTest::addRow("total length of an L path")
        << DiagramGeometry{{QRectF(0, 0, 40, 40), QRectF(200, 200, 40, 40)},
                           {edge({QPolygonF{QPointF(40, 20), QPointF(220, 20), QPointF(220, 200)}}, {0, 1})}}
        << 1 << 0 << 0 << 0 << 0 << 360.0;
    QTest::addRow("overlapping labels")
        << DiagramGeometry{corners(), {edge({top}, {0, 1}, QRectF(100, 10, 40, 20)), edge({bottom}, {2, 3}, QRectF(130, 25, 40, 20))}}
        << 2 << 0 << 0 << 1 << 0 << 320.0;
    QTest::addRow("touching labels")
        << DiagramGeometry{corners(), {edge({top}, {0, 1}, QRectF(100, 10, 40, 20)), edge({bottom}, {2, 3}, QRectF(140, 10, 40, 20))}}
        << 2 << 0 << 0 << 0 << 0 << 320.0;
    QTest::addRow("label over a box")
        << DiagramGeometry{corners(), {edge({top}, {0, 1}, QRectF(30, 10, 40, 20))}} << 1 << 0 << 0 << 0 << 1 << 160.0;
    QTest::addRow("label touching a box")
        << DiagramGeometry{corners(), {edge({top}, {0, 1}, QRectF(40, 10, 40, 20))}} << 1 << 0 << 0 << 0 << 0 << 160.0;
    QTest::addRow("edge without a path") << DiagramGeometry{corners(), {edge({}, {0, 1}), edge({top}, {0, 1})}}
                                         << 1 << 0 << 0 << 0 << 0 << 160.0;
}

void TestDiagramStats::measure()
{
    QFETCH(DiagramGeometry, geometry);
    QFETCH(int, relations);
    QFETCH(int, crossings);
    QFETCH(int, edgesThroughBoxes);
    QFETCH(int, labelLabelOverlaps);
    QFETCH(int, labelBoxOverlaps);
    QFETCH(double, edgeLength);
    const DiagramStats stats = relata::measure(geometry);
    QCOMPARE(stats.models, int(geometry.boxes.size()));
    QCOMPARE(stats.relations, relations);
    QCOMPARE(stats.crossings, crossings);
    QCOMPARE(stats.edgesThroughBoxes, edgesThroughBoxes);
    QCOMPARE(stats.labelLabelOverlaps, labelLabelOverlaps);
    QCOMPARE(stats.labelBoxOverlaps, labelBoxOverlaps);
    QVERIFY2(std::abs(stats.edgeLength - edgeLength) < 1e-6,
             qPrintable(QStringLiteral("%1, not %2").arg(stats.edgeLength).arg(edgeLength)));
}

// The scene's geometry names each edge's own boxes: source, target, then the
// through model, whose edges come in two pieces that meet on its outline.
void TestDiagramStats::geometryOfAScene()
{
    Session session(io::read(QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop")));
    DiagramScene scene(&session);
    const DiagramGeometry geometry = diagramGeometry(scene);
    int models = 0;
    for (const QGraphicsItem* item : scene.items())
        models += item->type() == ModelItem::Type ? 1 : 0;
    QCOMPARE(int(geometry.boxes.size()), models);
    QCOMPARE(geometry.edges.size(), scene.relationItems().size());
    int through = 0;
    for (std::size_t i = 0; i < geometry.edges.size(); ++i) {
        const EdgeGeometry& edge = geometry.edges[i];
        const RelationItem* item = scene.relationItems()[i];
        QCOMPARE(geometry.boxes.at(std::size_t(edge.ends.at(0))), item->from()->sceneBox());
        if (item->from() != item->to())
            QCOMPARE(geometry.boxes.at(std::size_t(edge.ends.at(1))), item->to()->sceneBox());
        if (item->via()) {
            QCOMPARE(edge.ends.size(), std::size_t(3));
            QCOMPARE(geometry.boxes.at(std::size_t(edge.ends.at(2))), item->via()->sceneBox());
            QCOMPARE(edge.pieces.size(), 2);
            ++through;
        }
        QVERIFY(!edge.label.isEmpty());
    }
    QVERIFY(through > 0);
    QCOMPARE(relata::measure(geometry).relations, int(geometry.edges.size()));
}

// The CLI prints what the same scene measures in-process: writing the
// picture first changes none of it.
void TestDiagramStats::renderPrintsStats()
{
    const QString sample = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
    QVERIFY(QDir(sample).exists());
    QTemporaryDir out;
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), {QStringLiteral("render"), sample, QStringLiteral("--out"),
                                           out.filePath(QStringLiteral("shop.svg")), QStringLiteral("--stats")});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(cli.readAllStandardOutput(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(json.isObject());
    const QJsonObject printed = json.object();

    Session session(io::read(sample));
    DiagramScene scene(&session);
    const DiagramStats stats = relata::measure(diagramGeometry(scene));
    const auto printedInt = [&printed](const char* key) {
        return printed.value(QLatin1String(key)).toInt(-1);
    };
    QCOMPARE(printed.size(), 7);
    QCOMPARE(printedInt("models"), stats.models);
    QCOMPARE(printedInt("relations"), stats.relations);
    QCOMPARE(printedInt("crossings"), stats.crossings);
    QCOMPARE(printedInt("edgesThroughBoxes"), stats.edgesThroughBoxes);
    QCOMPARE(printedInt("labelLabelOverlaps"), stats.labelLabelOverlaps);
    QCOMPARE(printedInt("labelBoxOverlaps"), stats.labelBoxOverlaps);
    QCOMPARE(printedInt("edgeLength"), int(std::llround(stats.edgeLength)));
    QVERIFY(stats.models > 10);
    QVERIFY(stats.relations > 0);
}

QTEST_MAIN(TestDiagramStats)
#include "tst_diagram_stats.moc"
