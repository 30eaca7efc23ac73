// Compares Relata's first-open drawing of each corpus app with Graphviz dot's
// (splines=ortho) drawing of the same graph, measured alike (diagram_stats.h):
//   bench_layout [APP...] [--smoke]
// Without APP it runs every app under ../shared/corpus/lb3; --smoke runs two
// small ones, and without the corpus says so and succeeds (fails when
// RELATA_REQUIRE_CORPUS=1, as in CI). Each cell shows
// Relata's figure, then dot's.

#include "canvas/diagram_scene.h"
#include "canvas/diagram_stats.h"
#include "canvas/edge_painter.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "fixture_app.h"
#include "io/app_io.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPainterPath>

#include <graphviz/gvc.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace relata;

namespace {

constexpr double pointsPerInch = 72.0;

void setAttribute(void* object, const char* name, const std::string& value)
{
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

// A label of exactly Relata's size, so dot places the same rectangles.
void setLabel(Agraph_t* graph, Agedge_t* edge, const QRectF& label)
{
    const std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" "
                             "FIXEDSIZE=\"TRUE\" WIDTH=\""
                             + std::to_string(int(std::ceil(label.width()))) + "\" HEIGHT=\""
                             + std::to_string(int(std::ceil(label.height()))) + "\"><TR><TD></TD></TR></TABLE>";
    Agsym_t* symbol = agattr(graph, AGEDGE, const_cast<char*>("xlabel"), const_cast<char*>(""));
    char* value = agstrdup_html(graph, const_cast<char*>(html.c_str()));
    agxset(edge, symbol, value);
    agstrfree(graph, value);
}

// Graphviz's y axis points up; the scene's points down.
QPointF scenePoint(pointf point)
{
    return {point.x, -point.y};
}

QList<QPolygonF> splinePieces(Agedge_t* edge)
{
    QList<QPolygonF> pieces;
    const splines* spline = ED_spl(edge);
    if (!spline)
        return pieces;
    for (int i = 0; i < spline->size; ++i) {
        const bezier& curve = spline->list[i];
        if (curve.size < 1)
            continue;
        QPainterPath path(scenePoint(curve.list[0]));
        for (int p = 1; p + 2 < curve.size; p += 3)
            path.cubicTo(scenePoint(curve.list[p]), scenePoint(curve.list[p + 1]), scenePoint(curve.list[p + 2]));
        pieces.append(path.toSubpathPolygons());
    }
    return pieces;
}

// The same boxes (sizes) and edges as `relata`, laid out and routed by dot
// with the spacing Relata's own layout asks dot for.
DiagramGeometry dotGeometry(GVC_t* context, const DiagramGeometry& relata, const DiagramScene& scene)
{
    Agraph_t* graph = agopen(const_cast<char*>("bench"), Agdirected, nullptr);
    agattr(graph, AGRAPH, const_cast<char*>("splines"), const_cast<char*>("ortho"));
    agattr(graph, AGRAPH, const_cast<char*>("nodesep"), const_cast<char*>("0.8"));
    agattr(graph, AGRAPH, const_cast<char*>("ranksep"), const_cast<char*>("1.4"));
    agattr(graph, AGNODE, const_cast<char*>("shape"), const_cast<char*>("box"));
    agattr(graph, AGNODE, const_cast<char*>("fixedsize"), const_cast<char*>("true"));
    agattr(graph, AGNODE, const_cast<char*>("label"), const_cast<char*>(""));
    agattr(graph, AGEDGE, const_cast<char*>("dir"), const_cast<char*>("none"));
    std::vector<Agnode_t*> nodes;
    for (std::size_t i = 0; i < relata.boxes.size(); ++i) {
        // Anonymous, as in auto_layout.cpp: named nodes lay out differently from run to run.
        Agnode_t* node = agnode(graph, nullptr, 1);
        setAttribute(node, "width", std::to_string(relata.boxes[i].width() / pointsPerInch));
        setAttribute(node, "height", std::to_string(relata.boxes[i].height() / pointsPerInch));
        nodes.push_back(node);
    }
    // Directed as Relata's layout directs them: the "one" side first, and
    // both ends of a through relation toward the through model.
    std::vector<std::vector<Agedge_t*>> drawn(relata.edges.size());
    int serial = 0;
    const auto add = [&](std::size_t edge, int from, int to) {
        const std::string name = "e" + std::to_string(serial++);
        drawn[edge].push_back(agedge(graph, nodes[std::size_t(from)], nodes[std::size_t(to)],
                                     const_cast<char*>(name.c_str()), 1));
    };
    for (std::size_t i = 0; i < relata.edges.size(); ++i) {
        const std::vector<int>& ends = relata.edges[i].ends;
        const EdgeStyle& style = scene.relationItems()[i]->style();
        if (ends.size() == 3) {
            add(i, ends[0], ends[2]);
            add(i, ends[1], ends[2]);
        } else if (ends.size() == 1) {
            add(i, ends[0], ends[0]);
        } else if (style.atSource == EndGlyph::Many && style.atTarget == EndGlyph::One) {
            add(i, ends[1], ends[0]);
        } else {
            add(i, ends[0], ends[1]);
        }
        setLabel(graph, drawn[i].front(), relata.edges[i].label);
    }
    DiagramGeometry geometry;
    if (gvLayout(context, graph, "dot") == 0) {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const QSizeF size = relata.boxes[i].size();
            const QPointF center = scenePoint(ND_coord(nodes[i]));
            geometry.boxes.emplace_back(center - QPointF(size.width() / 2, size.height() / 2), size);
        }
        for (std::size_t i = 0; i < relata.edges.size(); ++i) {
            EdgeGeometry edge;
            edge.ends = relata.edges[i].ends;
            for (Agedge_t* part : drawn[i])
                edge.pieces.append(splinePieces(part));
            const textlabel_t* label = ED_xlabel(drawn[i].front());
            if (label && label->set) {
                const QPointF center = scenePoint(label->pos);
                edge.label = QRectF(center - QPointF(label->dimen.x / 2, label->dimen.y / 2),
                                    QSizeF(label->dimen.x, label->dimen.y));
            }
            geometry.edges.push_back(std::move(edge));
        }
        gvFreeLayout(context, graph);
    }
    agclose(graph);
    return geometry;
}

QString pair(double relata, double dot)
{
    return QStringLiteral("%1/%2").arg(std::llround(relata)).arg(std::llround(dot));
}

// One table row; false when the app could not be read or dot drew nothing.
bool run(GVC_t* context, const QString& path)
{
    std::unique_ptr<Document> document = io::read(path);
    const QString inCorpus = QDir(test::corpusDir()).relativeFilePath(path);
    const QString name = inCorpus.startsWith(QLatin1String("..")) ? QDir(path).dirName() : inCorpus;
    if (!document || document->modelIds().empty()) {
        std::printf("%-58s cannot be read, or has no models\n", qPrintable(name));
        return false;
    }
    Session session(std::move(document));
    QElapsedTimer timer;
    timer.start();
    DiagramScene scene(&session);
    const DiagramGeometry relataGeometry = diagramGeometry(scene);
    const qint64 relataMs = timer.restart();
    const DiagramGeometry dot = dotGeometry(context, relataGeometry, scene);
    const qint64 dotMs = timer.elapsed();
    const DiagramStats r = measure(relataGeometry);
    const DiagramStats d = measure(dot);
    std::printf("%-58s %6d %9s %9s %9s %9s %9s %15s %9s\n", qPrintable(name), r.models,
                qPrintable(pair(r.relations, d.relations)), qPrintable(pair(r.crossings, d.crossings)),
                qPrintable(pair(r.edgesThroughBoxes, d.edgesThroughBoxes)),
                qPrintable(pair(r.labelLabelOverlaps, d.labelLabelOverlaps)),
                qPrintable(pair(r.labelBoxOverlaps, d.labelBoxOverlaps)), qPrintable(pair(r.edgeLength, d.edgeLength)),
                qPrintable(pair(double(relataMs), double(dotMs))));
    std::fflush(stdout);
    return d.models == r.models && (r.relations == 0 || d.relations > 0);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList apps = QApplication::arguments().mid(1);
    const bool smoke = apps.removeAll(QStringLiteral("--smoke")) > 0;
    if (apps.isEmpty()) {
        if (!QFileInfo::exists(test::corpusDir())) {
            std::printf("no corpus at %s: nothing to compare\n", qPrintable(test::corpusDir()));
            return test::corpusRequired() ? 1 : 0;
        }
        const QStringList names = smoke ? QStringList{QStringLiteral("strongloop__loopback-getting-started-intermediate"),
                                                      QStringLiteral("strongloop__loopback-example-relations")}
                                        : test::corpusAppNames();
        for (const QString& name : names)
            apps << test::corpusApp(name);
    }
    GVC_t* context = gvContext();
    std::printf("%-58s %6s %9s %9s %9s %9s %9s %15s %9s\n", "app (relata/dot)", "models", "relations", "crossings",
                "through", "labelLbl", "labelBox", "edgeLength", "ms");
    bool ok = true;
    for (const QString& path : std::as_const(apps))
        ok = run(context, path) && ok;
    gvFreeContext(context);
    return ok ? 0 : 1;
}
