// Readable drawings: where edges run, where their ends sit and where their
// labels go, from the geometry up to real apps opened on the canvas.

#include "canvas/auto_layout.h"
#include "canvas/diagram_scene.h"
#include "canvas/diagram_stats.h"
#include "canvas/edge_router.h"
#include "canvas/label_placer.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "fixture_app.h"
#include "io/app_io.h"
#include "session.h"

#include <QApplication>
#include <QLineF>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace relata;

class TestLayout : public QObject {
    Q_OBJECT

private slots:
    void routesGoRoundOtherBoxes();
    void routesNeverCrossABox_data();
    void routesNeverCrossABox();
    void routesSurviveAnyLayout();
    void edgesBetweenLayersThreadTheGaps_data();
    void edgesBetweenLayersThreadTheGaps();
    void edgesThreadingOneGapKeepApart();
    void labelsFindAFreePlace_data();
    void labelsFindAFreePlace();
    void labelWithNoFreePlaceOverlapsLeast();
    void endsSpreadAlongTheirSide();
    void layoutOrdersAreRepeatable();
    void corpusAppsOpenReadable_data();
    void corpusAppsOpenReadable();
};

void TestLayout::routesGoRoundOtherBoxes()
{
    const QRectF from(0, 0, 100, 60);
    const QRectF to(400, 0, 100, 60);
    const QRectF between(200, -10, 80, 80);
    const Obstacles obstacles = [&](const QRectF& area) {
        std::vector<QRectF> boxes{from, to};
        if (area.intersects(between))
            boxes.push_back(between);
        return boxes;
    };
    const SideRouter router;
    const auto inside = [&](const EdgeRoute& route) {
        int count = 0;
        for (int i = 1; i < 100; ++i)
            count += between.contains(route.path.pointAtPercent(i / 100.0)) ? 1 : 0;
        return count;
    };
    QVERIFY(inside(router.route(from, to, router.sides(from, to), {}, {})) > 0);
    const EdgeRoute route = router.route(from, to, router.sides(from, to, obstacles), {}, {}, obstacles);
    QCOMPARE(inside(route), 0);
    // Its ends still sit on the two boxes' outlines.
    QVERIFY(from.adjusted(-0.5, -0.5, 0.5, 0.5).contains(route.start) && !from.adjusted(1, 1, -1, -1).contains(route.start));
    QVERIFY(to.adjusted(-0.5, -0.5, 0.5, 0.5).contains(route.end) && !to.adjusted(1, 1, -1, -1).contains(route.end));
}

namespace {

// The router's view of `boxes`: those meeting the area it asks about.
Obstacles obstaclesAmong(const QList<QRectF>& boxes)
{
    return [boxes](const QRectF& area) {
        std::vector<QRectF> found;
        for (const QRectF& box : boxes) {
            if (box.intersects(area))
                found.push_back(box);
        }
        return found;
    };
}

} // namespace

// Each row: a set of boxes; every ordered pair of them, in each of two
// parallel lanes, is routed with the others as obstacles.
void TestLayout::routesNeverCrossABox_data()
{
    QTest::addColumn<QList<QRectF>>("boxes");
    QList<QRectF> grid;
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 4; ++column)
            grid.append(QRectF(column * 170, row * 120, 120, 70));
    }
    QTest::addRow("grid of 16") << grid;
    QList<QRectF> staggered;
    for (int i = 0; i < 12; ++i)
        staggered.append(QRectF((i % 4) * 150 + (i / 4) * 40, (i / 4) * 110 + (i % 2) * 30, 110 + (i % 3) * 20, 60));
    QTest::addRow("staggered") << staggered;
    QList<QRectF> ring{QRectF(300, 300, 120, 80)};
    for (int i = 0; i < 8; ++i) {
        const double angle = i * M_PI / 4;
        ring.append(QRectF(300 + 190 * std::cos(angle), 300 + 150 * std::sin(angle), 120, 80));
    }
    QTest::addRow("ring round a box") << ring;
    QList<QRectF> row;
    for (int i = 0; i < 6; ++i)
        row.append(QRectF(i * 160, (i % 2) * 10, 110, 90 + i * 10));
    QTest::addRow("row of tall boxes") << row;
    QTest::addRow("narrow corridors") << QList<QRectF>{QRectF(0, 0, 100, 60), QRectF(140, -200, 60, 460),
                                                       QRectF(240, 0, 100, 60), QRectF(140, 300, 200, 40)};
}

void TestLayout::routesNeverCrossABox()
{
    QFETCH(QList<QRectF>, boxes);
    const Obstacles obstacles = obstaclesAmong(boxes);
    const SideRouter router;
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = 0; j < boxes.size(); ++j) {
            for (int lane = 0; i != j && lane < 2; ++lane) {
                const EdgeRoute route = router.route(boxes[i], boxes[j], router.sides(boxes[i], boxes[j], obstacles),
                                                     {lane, 2}, {lane, 2}, obstacles);
                // The flattened path, with a point at least every 2 units along each run.
                QPolygonF points;
                for (const QPolygonF& part : route.path.toSubpathPolygons()) {
                    for (int p = 1; p < part.size(); ++p) {
                        const int steps = std::max(1, int(QLineF(part[p - 1], part[p]).length() / 2));
                        for (int step = 0; step <= steps; ++step)
                            points << part[p - 1] + (part[p] - part[p - 1]) * step / steps;
                    }
                }
                for (int k = 0; k < boxes.size(); ++k) {
                    // Its own boxes too: an edge leaves them and never runs back across.
                    const QRectF inside = boxes[k].adjusted(0.5, 0.5, -0.5, -0.5);
                    for (const QPointF& point : std::as_const(points)) {
                        if (inside.contains(point))
                            QFAIL(qPrintable(QStringLiteral("box %1 to box %2, lane %3 crosses box %4 at (%5, %6)")
                                                 .arg(i).arg(j).arg(lane).arg(k).arg(point.x()).arg(point.y())));
                    }
                }
                QVERIFY(boxes[i].adjusted(-0.5, -0.5, 0.5, 0.5).contains(route.start));
                QVERIFY(boxes[j].adjusted(-0.5, -0.5, 0.5, 0.5).contains(route.end));
            }
        }
    }
}

// Random boxes, overlapping and nested ones included (where no route can
// avoid every box): every route is finite and starts and ends on its two
// boxes' outlines.
void TestLayout::routesSurviveAnyLayout()
{
    QRandomGenerator random(42);
    const SideRouter router;
    for (int layout = 0; layout < 60; ++layout) {
        QList<QRectF> boxes;
        const int count = 3 + random.bounded(12);
        for (int i = 0; i < count; ++i)
            boxes.append(QRectF(random.bounded(900), random.bounded(700), 20 + random.bounded(200), 20 + random.bounded(150)));
        const Obstacles obstacles = obstaclesAmong(boxes);
        for (int i = 0; i < count; ++i) {
            for (int j = 0; j < count; ++j) {
                if (i == j)
                    continue;
                const EdgeRoute route =
                    router.route(boxes[i], boxes[j], router.sides(boxes[i], boxes[j], obstacles), {}, {}, obstacles);
                const QRectF bounds = route.path.boundingRect();
                QVERIFY(std::isfinite(bounds.width()) && std::isfinite(bounds.height()));
                QVERIFY(boxes[i].adjusted(-0.5, -0.5, 0.5, 0.5).contains(route.start));
                QVERIFY(boxes[j].adjusted(-0.5, -0.5, 0.5, 0.5).contains(route.end));
            }
        }
    }
}

namespace {

// The points of a route's path, at most 2 units apart.
QPolygonF tracePoints(const EdgeRoute& route)
{
    QPolygonF points;
    for (const QPolygonF& part : route.path.toSubpathPolygons()) {
        for (int p = 1; p < part.size(); ++p) {
            const int steps = std::max(1, int(QLineF(part[p - 1], part[p]).length() / 2));
            for (int step = 0; step <= steps; ++step)
                points << part[p - 1] + (part[p] - part[p - 1]) * step / steps;
        }
    }
    return points;
}

// Where the route crosses the height `y` first.
double crossingAt(const EdgeRoute& route, double y)
{
    const QPolygonF points = tracePoints(route);
    for (int i = 1; i < points.size(); ++i) {
        if ((points[i - 1].y() - y) * (points[i].y() - y) <= 0)
            return points[i].x();
    }
    return qQNaN();
}

} // namespace

// Three layers, as a layered layout leaves them: an edge from the top layer
// to the bottom one with a box of the middle layer in its way leaves by the
// bottom side, passes beside that box and arrives by the top side, as the
// layout meant, instead of leaving sideways round everything.
void TestLayout::edgesBetweenLayersThreadTheGaps_data()
{
    QTest::addColumn<QList<QRectF>>("middle");
    QTest::addColumn<QRectF>("to");
    QTest::addRow("one box in the way") << QList<QRectF>{QRectF(150, 200, 170, 150)} << QRectF(160, 450, 170, 100);
    QTest::addRow("row of boxes") << QList<QRectF>{QRectF(-100, 200, 170, 150), QRectF(150, 200, 170, 150),
                                                   QRectF(400, 180, 170, 200)}
                                  << QRectF(300, 450, 170, 100);
    QTest::addRow("two rows") << QList<QRectF>{QRectF(150, 200, 170, 120), QRectF(80, 420, 300, 100)}
                              << QRectF(200, 620, 170, 100);
    QTest::addRow("upward") << QList<QRectF>{QRectF(150, -220, 170, 150)} << QRectF(160, -450, 170, 100);
}

void TestLayout::edgesBetweenLayersThreadTheGaps()
{
    QFETCH(QList<QRectF>, middle);
    QFETCH(QRectF, to);
    const QRectF from(150, 0, 170, 100);
    QList<QRectF> boxes = middle;
    boxes << from << to;
    const Obstacles obstacles = obstaclesAmong(boxes);
    const SideRouter router;
    const bool down = to.top() > from.bottom();
    const EdgeSides sides = router.sides(from, to, obstacles);
    QCOMPARE(sides, down ? EdgeSides(BoxSide::Bottom, BoxSide::Top) : EdgeSides(BoxSide::Top, BoxSide::Bottom));
    const EdgeRoute route = router.route(from, to, sides, {}, {}, obstacles);
    QCOMPARE(route.startNormal, QPointF(0, down ? 1 : -1));
    QCOMPARE(route.endNormal, QPointF(0, down ? -1 : 1));
    for (const QPointF& point : tracePoints(route)) {
        for (const QRectF& box : std::as_const(boxes))
            QVERIFY2(!box.adjusted(0.5, 0.5, -0.5, -0.5).contains(point),
                     qPrintable(QStringLiteral("crosses a box at (%1, %2)").arg(point.x()).arg(point.y())));
    }
    // It keeps between its two boxes' heights: no loop above or below them.
    const QRectF bounds = route.path.boundingRect();
    QVERIFY(bounds.top() >= std::min(from.top(), to.top()) && bounds.bottom() <= std::max(from.bottom(), to.bottom()));
}

// Edges from a row of boxes to the row below the next one, all with the same
// box in their way: they pass beside it apart from each other, in the order
// they leave in, so none runs on top of another or crosses it there.
void TestLayout::edgesThreadingOneGapKeepApart()
{
    const QRectF inTheWay(200, 200, 200, 150);
    const QRectF to(100, 450, 400, 100);
    QList<QRectF> froms;
    for (int i = 0; i < 4; ++i)
        froms << QRectF(150 + i * 40, 0, 30, 100);
    QList<QRectF> boxes = froms;
    boxes << inTheWay << to;
    const Obstacles obstacles = obstaclesAmong(boxes);
    const SideRouter router;
    std::vector<double> passes;
    for (const QRectF& from : std::as_const(froms)) {
        const EdgeRoute route = router.route(from, to, router.sides(from, to, obstacles), {}, {}, obstacles);
        passes.push_back(crossingAt(route, inTheWay.center().y()));
    }
    for (std::size_t i = 1; i < passes.size(); ++i)
        QVERIFY2(passes[i] - passes[i - 1] >= 2,
                 qPrintable(QStringLiteral("edge %1 passes at %2, edge %3 at %4").arg(i - 1).arg(passes[i - 1]).arg(i).arg(passes[i])));
}

namespace {

QPainterPath pathThrough(const QPolygonF& points)
{
    QPainterPath path;
    path.addPolygon(points);
    return path;
}

// How far `point` is from the nearest point of `path`.
double distanceTo(const QPainterPath& path, QPointF point)
{
    double nearest = std::numeric_limits<double>::max();
    for (const QPolygonF& piece : path.toSubpathPolygons()) {
        for (int i = 1; i < piece.size(); ++i) {
            const QPointF d = piece[i] - piece[i - 1];
            const double length2 = QPointF::dotProduct(d, d);
            const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - piece[i - 1], d) / length2, 0.0, 1.0) : 0;
            nearest = std::min(nearest, QLineF(piece[i - 1] + d * t, point).length());
        }
    }
    return nearest;
}

QRectF labelAt(QPointF center, QSizeF size)
{
    return {center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(), size.height()};
}

double sharedArea(const QRectF& a, const QRectF& b)
{
    const QRectF common = a.intersected(b);
    return common.width() * common.height();
}

} // namespace

// Each row: edge paths (polylines) with a label of 90 x 16 preferred at each
// path's middle, among model boxes. Every label ends up clear of every box
// and every other label, on its path or just beside it.
void TestLayout::labelsFindAFreePlace_data()
{
    QTest::addColumn<QList<QPolygonF>>("paths");
    QTest::addColumn<QList<QRectF>>("boxes");
    QTest::addRow("nothing in the way") << QList<QPolygonF>{QPolygonF({{0, 0}, {400, 0}})} << QList<QRectF>{};
    QTest::addRow("two parallel runs close together")
        << QList<QPolygonF>{QPolygonF({{0, 0}, {400, 0}}), QPolygonF({{0, 10}, {400, 10}})} << QList<QRectF>{};
    QTest::addRow("a box on the middle")
        << QList<QPolygonF>{QPolygonF({{0, 0}, {600, 0}})} << QList<QRectF>{QRectF(260, -30, 80, 60)};
    QList<QPolygonF> fan;
    for (int k = 0; k < 6; ++k)
        fan.append(QPolygonF({{0, 0}, {400, k * 30.0}}));
    QTest::addRow("six edges fanning out of one point") << fan << QList<QRectF>{QRectF(-120, -40, 120, 80)};
    QList<QPolygonF> layers;
    for (int k = 0; k < 5; ++k)
        layers.append(QPolygonF({{k * 60.0, 0}, {k * 60.0, 80}, {300 - k * 60.0, 160}, {300 - k * 60.0, 240}}));
    QTest::addRow("five runs between two layers")
        << layers << QList<QRectF>{QRectF(-40, -60, 380, 60), QRectF(-40, 240, 380, 60)};
    QTest::addRow("an elbow round a corner")
        << QList<QPolygonF>{QPolygonF({{0, 0}, {0, 200}, {300, 200}}), QPolygonF({{20, 0}, {20, 180}, {300, 180}})}
        << QList<QRectF>{QRectF(40, 40, 200, 120)};
}

void TestLayout::labelsFindAFreePlace()
{
    QFETCH(QList<QPolygonF>, paths);
    QFETCH(QList<QRectF>, boxes);
    const QSizeF size(90, 16);
    std::vector<QPainterPath> drawn;
    for (const QPolygonF& points : std::as_const(paths))
        drawn.push_back(pathThrough(points));
    std::vector<LabelSpot> spots;
    for (const QPainterPath& path : drawn)
        spots.push_back({&path, path.length(), path.pointAtPercent(0.5), size});
    const std::vector<QPointF> centers = placeLabels(spots, {boxes.begin(), boxes.end()});
    QCOMPARE(centers.size(), spots.size());
    for (std::size_t i = 0; i < centers.size(); ++i) {
        const QRectF label = labelAt(centers[i], size);
        for (const QRectF& box : std::as_const(boxes))
            QCOMPARE(sharedArea(label, box), 0.0);
        for (std::size_t j = i + 1; j < centers.size(); ++j)
            QCOMPARE(sharedArea(label, labelAt(centers[j], size)), 0.0);
        // On the path, or beside it: no further than the label's half height or width and a little.
        QVERIFY2(distanceTo(drawn[i], centers[i]) <= size.width() / 2 + 6,
                 qPrintable(QStringLiteral("label %1 is %2 away from its path").arg(i).arg(distanceTo(drawn[i], centers[i]))));
    }
    // A label with room at its preferred place stays there.
    if (boxes.isEmpty() && paths.size() == 1)
        QCOMPARE(centers.front(), spots.front().preferred);
}

// Between two boxes closer than a label is wide there is no free place: the
// label takes the place it overlaps least, never a worse one than the middle.
void TestLayout::labelWithNoFreePlaceOverlapsLeast()
{
    const std::vector<QRectF> boxes{QRectF(0, 0, 100, 60), QRectF(130, 0, 100, 60)};
    const QPainterPath path = pathThrough(QPolygonF({{100, 30}, {130, 30}}));
    const QSizeF size(90, 16);
    const LabelSpot spot{&path, path.length(), QPointF(115, 30), size};
    const std::vector<QPointF> centers = placeLabels({spot}, boxes);
    QCOMPARE(centers.size(), std::size_t(1));
    QVERIFY(std::isfinite(centers[0].x()) && std::isfinite(centers[0].y()));
    const auto overlap = [&](QPointF center) {
        return sharedArea(labelAt(center, size), boxes[0]) + sharedArea(labelAt(center, size), boxes[1]);
    };
    QVERIFY(overlap(centers[0]) <= overlap(spot.preferred));
}

// On the sample app: no two edge ends meet at one point of a box, and the
// two edges between Customer and Order (orders and customer) run side by side
// without crossing.
void TestLayout::endsSpreadAlongTheirSide()
{
    std::unique_ptr<Document> document = io::read(QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop"));
    QVERIFY(document);
    Session session(std::move(document));
    DiagramScene scene(&session);
    scene.flushRoutes();
    std::vector<std::pair<const ModelItem*, QPointF>> ends;
    for (const RelationItem* edge : scene.relationItems()) {
        if (edge->from() == edge->to())
            continue;
        ends.emplace_back(edge->from(), edge->route().start);
        ends.emplace_back(edge->to(), edge->route().end);
    }
    QVERIFY(ends.size() >= 20);
    for (std::size_t i = 0; i < ends.size(); ++i) {
        for (std::size_t j = i + 1; j < ends.size(); ++j) {
            if (ends[i].first == ends[j].first)
                QVERIFY2(QLineF(ends[i].second, ends[j].second).length() > 1,
                         qPrintable(QStringLiteral("two ends meet on %1").arg(ends[i].first->name())));
        }
    }
    const RelationItem* orders = scene.relationItem(QStringLiteral("Customer"), QStringLiteral("orders"));
    const RelationItem* customer = scene.relationItem(QStringLiteral("Order"), QStringLiteral("customer"));
    QVERIFY(orders && customer);
    DiagramGeometry pair;
    pair.boxes = {orders->from()->sceneBox(), orders->to()->sceneBox()};
    pair.edges = {{orders->route().path.toSubpathPolygons(), {0, 1}, {}},
                  {customer->route().path.toSubpathPolygons(), {1, 0}, {}}};
    QCOMPARE(relata::measure(pair).crossings, 0);
}

// Every corpus app opens with no edge through a box and no label on a box or
// on another label, stubs for missing models included.
void TestLayout::corpusAppsOpenReadable_data()
{
    QTest::addColumn<QString>("app");
    test::addCorpusAppRows();
}

// Each order of a graph lays it out the same way every time, order 0 as the
// graph is given, and other orders differently: the layouts the canvas
// chooses among are real alternatives, and a choice is repeatable.
void TestLayout::layoutOrdersAreRepeatable()
{
    // Two rows of boxes fully joined: dot may order either row either way.
    std::vector<QSizeF> sizes(8, QSizeF(120, 60));
    std::vector<LayoutEdge> edges;
    for (std::size_t top = 0; top < 4; ++top) {
        for (std::size_t bottom = 4; bottom < 8; ++bottom) {
            if ((top + bottom) % 3 != 0)
                edges.push_back({top, bottom});
        }
    }
    const std::vector<QPointF> given = layeredLayout(sizes, edges, 0);
    QCOMPARE(layeredLayout(sizes, edges), given);
    int differing = 0;
    for (int order = 1; order < 6; ++order) {
        const std::vector<QPointF> shuffled = layeredLayout(sizes, edges, order);
        QCOMPARE(layeredLayout(sizes, edges, order), shuffled);
        QCOMPARE(shuffled.size(), sizes.size());
        differing += shuffled != given ? 1 : 0;
    }
    QVERIFY2(differing > 0, "every order gave the same layout");
    QCOMPARE(layoutOrders(0), layoutOrders(100));
    QVERIFY(layoutOrders(100) > 1);
    QCOMPARE(layoutOrders(10000), 1);
}

// Every corpus app opens with nothing drawn over anything, and the same
// drawing every time: a second opening, and Auto-Layout of the opened app,
// put every box where the first opening did.
void TestLayout::corpusAppsOpenReadable()
{
    QFETCH(QString, app);
    if (test::corpusMissing(app))
        return;
    const auto open = [&] {
        std::unique_ptr<Document> document = io::read(app);
        return document ? std::make_unique<Session>(std::move(document)) : nullptr;
    };
    std::unique_ptr<Session> session = open();
    QVERIFY(session);
    DiagramScene scene(session.get());
    const DiagramGeometry first = diagramGeometry(scene);
    const DiagramStats stats = relata::measure(first);
    QVERIFY(stats.models > 0);
    QCOMPARE(stats.edgesThroughBoxes, 0);
    QCOMPARE(stats.labelLabelOverlaps, 0);
    QCOMPARE(stats.labelBoxOverlaps, 0);

    std::unique_ptr<Session> again = open();
    DiagramScene second(again.get());
    QCOMPARE(diagramGeometry(second).boxes, first.boxes);

    scene.autoLayout(false);
    QCOMPARE(diagramGeometry(scene).boxes, first.boxes);
    QCOMPARE(relata::measure(diagramGeometry(scene)).crossings, stats.crossings);
}

QTEST_MAIN(TestLayout)

#include "tst_layout.moc"
