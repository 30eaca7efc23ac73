#include "canvas/auto_layout.h"

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <unordered_map>

extern "C" gvplugin_library_t gvplugin_dot_layout_LTX_library;

namespace relata {
namespace {

constexpr double pointsPerInch = 72.0;
// Above this many nodes dot's crossing minimisation and network simplex are
// capped: a 1,000-model app would otherwise take many seconds to lay out.
constexpr std::size_t largeGraph = 200;
// Below it, dot's crossing minimisation runs this many times longer than by
// default: on the corpus apps that leaves 3 % fewer crossings (952 -> 926)
// for at most 25 ms more at 44 models and about 80 ms at 200.
constexpr const char* smallGraphCrossingEffort = "20";
// A drawing of up to this many edges is laid out in several orders (and in
// fewer up to twice as many). On the corpus apps the best of six orders has
// about a quarter fewer crossings than the first alone.
constexpr std::size_t comparedEdges = 100;
constexpr int comparedOrders = 6;
constexpr double componentGap = 120;
constexpr double targetAspect = 1.6;

void setAttribute(void* object, const char* name, const std::string& value)
{
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()),
              const_cast<char*>(""));
}

void setGraphAttributes(Agraph_t* graph, std::size_t nodeCount)
{
    agattr(graph, AGRAPH, const_cast<char*>("rankdir"), const_cast<char*>("TB"));
    agattr(graph, AGRAPH, const_cast<char*>("splines"), const_cast<char*>("false"));
    agattr(graph, AGRAPH, const_cast<char*>("nodesep"), const_cast<char*>("0.8"));
    agattr(graph, AGRAPH, const_cast<char*>("ranksep"), const_cast<char*>("1.4"));
    if (nodeCount > largeGraph) {
        agattr(graph, AGRAPH, const_cast<char*>("mclimit"), const_cast<char*>("0.01"));
        agattr(graph, AGRAPH, const_cast<char*>("nslimit"), const_cast<char*>("1"));
        agattr(graph, AGRAPH, const_cast<char*>("nslimit1"), const_cast<char*>("1"));
        agattr(graph, AGRAPH, const_cast<char*>("remincross"), const_cast<char*>("false"));
    } else {
        agattr(graph, AGRAPH, const_cast<char*>("mclimit"), const_cast<char*>(smallGraphCrossingEffort));
    }
    agattr(graph, AGNODE, const_cast<char*>("shape"), const_cast<char*>("box"));
    agattr(graph, AGNODE, const_cast<char*>("fixedsize"), const_cast<char*>("true"));
    agattr(graph, AGNODE, const_cast<char*>("label"), const_cast<char*>(""));
    agattr(graph, AGNODE, const_cast<char*>("width"), const_cast<char*>("1"));
    agattr(graph, AGNODE, const_cast<char*>("height"), const_cast<char*>("1"));
}

// One Graphviz context for the process: making one allocates what Graphviz
// keeps for good, and layout only ever runs on the GUI thread. It knows only
// the dot layout plugin, linked in: gvContext() would read Graphviz's plugin
// configuration and load the renderers and all they pull in, which takes
// longer than laying out a small app.
GVC_t* graphvizContext()
{
    static lt_symlist_t builtins[] = {{"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
                                      {nullptr, nullptr}};
    static GVC_t* const context = gvContextPlugins(builtins, 0);
    return context;
}

// A shuffle that comes out the same on every platform: the standard fixes
// mt19937's numbers but not std::shuffle's use of them.
template <typename T>
void shuffle(std::vector<T>& items, std::mt19937& numbers)
{
    for (std::size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[numbers() % i]);
}

// One connected component through dot: the boxes `nodes` index, their
// top-left corners from (0, 0) in the same order.
std::vector<QPointF> layoutComponent(const std::vector<QSizeF>& sizes, std::vector<std::size_t> nodes,
                                     std::vector<LayoutEdge> edges, int order)
{
    std::vector<std::size_t> given = nodes;
    if (order != 0) {
        std::mt19937 numbers{std::mt19937::result_type(order)};
        shuffle(nodes, numbers);
        shuffle(edges, numbers);
    }
    std::vector<QPointF> positions(nodes.size());
    GVC_t* context = graphvizContext();
    Agraph_t* graph = agopen(const_cast<char*>("relata"), Agdirected, nullptr);
    setGraphAttributes(graph, nodes.size());
    std::unordered_map<std::size_t, Agnode_t*> byIndex;
    for (std::size_t node : nodes) {
        // Anonymous: cgraph numbers a named node by where its interned name
        // lies in memory, and dot orders nodes by those numbers in places, so
        // named nodes would give a different layout from run to run.
        Agnode_t* created = agnode(graph, nullptr, 1);
        setAttribute(created, "width", std::to_string(sizes[node].width() / pointsPerInch));
        setAttribute(created, "height", std::to_string(sizes[node].height() / pointsPerInch));
        byIndex[node] = created;
    }
    for (const LayoutEdge& edge : edges)
        agedge(graph, byIndex.at(edge.from), byIndex.at(edge.to), nullptr, 1);
    if (gvLayout(context, graph, "dot") == 0) {
        double left = std::numeric_limits<double>::max();
        double top = std::numeric_limits<double>::max();
        for (std::size_t i = 0; i < given.size(); ++i) {
            const pointf center = ND_coord(byIndex[given[i]]);
            const QSizeF size = sizes[given[i]];
            // Graphviz's y axis points up; the scene's points down.
            positions[i] = QPointF(center.x - size.width() / 2, -center.y - size.height() / 2);
            left = std::min(left, positions[i].x());
            top = std::min(top, positions[i].y());
        }
        for (QPointF& position : positions)
            position -= QPointF(left, top);
        gvFreeLayout(context, graph);
    }
    agclose(graph);
    return positions;
}

struct Component {
    std::vector<std::size_t> nodes;
    std::vector<LayoutEdge> edges;
    std::vector<QPointF> positions;
    QSizeF size;
};

std::vector<Component> components(std::size_t count, const std::vector<LayoutEdge>& edges)
{
    std::vector<std::size_t> parent(count);
    for (std::size_t i = 0; i < parent.size(); ++i)
        parent[i] = i;
    auto root = [&parent](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    std::vector<LayoutEdge> kept;
    for (const LayoutEdge& edge : edges) {
        if (edge.from >= count || edge.to >= count || edge.from == edge.to)
            continue;
        parent[root(edge.from)] = root(edge.to);
        kept.push_back(edge);
    }
    std::unordered_map<std::size_t, std::size_t> componentOf;
    std::vector<Component> result;
    for (std::size_t i = 0; i < count; ++i) {
        const auto [it, added] = componentOf.try_emplace(root(i), result.size());
        if (added)
            result.emplace_back();
        result[it->second].nodes.push_back(i);
    }
    for (const LayoutEdge& edge : kept)
        result[componentOf[root(edge.from)]].edges.push_back(edge);
    return result;
}

} // namespace

std::vector<QPointF> layeredLayout(const std::vector<QSizeF>& sizes, const std::vector<LayoutEdge>& edges,
                                   int order)
{
    std::vector<Component> parts = components(sizes.size(), edges);
    double area = 0;
    for (Component& part : parts) {
        part.positions = layoutComponent(sizes, part.nodes, part.edges, order);
        for (std::size_t i = 0; i < part.nodes.size(); ++i) {
            const QSizeF size = sizes[part.nodes[i]];
            part.size = part.size.expandedTo(QSizeF(part.positions[i].x() + size.width(), part.positions[i].y() + size.height()));
        }
        area += (part.size.width() + componentGap) * (part.size.height() + componentGap);
    }
    // Shelf packing, largest first, into rows about as wide as a screen is
    // wider than high, so many small components do not make one long strip.
    std::stable_sort(parts.begin(), parts.end(), [](const Component& a, const Component& b) {
        return a.size.height() * a.size.width() > b.size.height() * b.size.width();
    });
    double rowWidth = std::sqrt(area * targetAspect);
    for (const Component& part : parts)
        rowWidth = std::max(rowWidth, part.size.width());
    std::vector<QPointF> positions(sizes.size());
    QPointF cursor;
    double rowHeight = 0;
    for (const Component& part : parts) {
        if (cursor.x() > 0 && cursor.x() + part.size.width() > rowWidth) {
            cursor = QPointF(0, cursor.y() + rowHeight + componentGap);
            rowHeight = 0;
        }
        for (std::size_t i = 0; i < part.nodes.size(); ++i)
            positions[part.nodes[i]] = cursor + part.positions[i];
        cursor.rx() += part.size.width() + componentGap;
        rowHeight = std::max(rowHeight, part.size.height());
    }
    return positions;
}

int layoutOrders(std::size_t edges)
{
    if (edges <= comparedEdges)
        return comparedOrders;
    return edges <= 2 * comparedEdges ? comparedOrders / 2 : 1;
}

} // namespace relata
