#include "canvas/auto_layout.h"

#include <graphviz/gvc.h>

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>

namespace relata {
namespace {

constexpr double pointsPerInch = 72.0;
// Above this many nodes dot's crossing minimisation and network simplex are
// capped: a 1,000-model app would otherwise take many seconds to lay out.
constexpr std::size_t largeGraph = 200;

void setAttribute(void* object, const char* name, const std::string& value)
{
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()),
              const_cast<char*>(""));
}

void setGraphAttributes(Agraph_t* graph, std::size_t nodeCount)
{
    agattr(graph, AGRAPH, const_cast<char*>("rankdir"), const_cast<char*>("LR"));
    agattr(graph, AGRAPH, const_cast<char*>("splines"), const_cast<char*>("false"));
    agattr(graph, AGRAPH, const_cast<char*>("nodesep"), const_cast<char*>("0.5"));
    agattr(graph, AGRAPH, const_cast<char*>("ranksep"), const_cast<char*>("1.2"));
    if (nodeCount > largeGraph) {
        agattr(graph, AGRAPH, const_cast<char*>("mclimit"), const_cast<char*>("0.01"));
        agattr(graph, AGRAPH, const_cast<char*>("nslimit"), const_cast<char*>("1"));
        agattr(graph, AGRAPH, const_cast<char*>("nslimit1"), const_cast<char*>("1"));
        agattr(graph, AGRAPH, const_cast<char*>("remincross"), const_cast<char*>("false"));
    }
    agattr(graph, AGNODE, const_cast<char*>("shape"), const_cast<char*>("box"));
    agattr(graph, AGNODE, const_cast<char*>("fixedsize"), const_cast<char*>("true"));
    agattr(graph, AGNODE, const_cast<char*>("label"), const_cast<char*>(""));
    agattr(graph, AGNODE, const_cast<char*>("width"), const_cast<char*>("1"));
    agattr(graph, AGNODE, const_cast<char*>("height"), const_cast<char*>("1"));
}

} // namespace

std::map<ModelId, QPointF> layeredLayout(const std::vector<LayoutNode>& nodes,
                                         const std::vector<LayoutEdge>& edges)
{
    std::map<ModelId, QPointF> positions;
    if (nodes.empty())
        return positions;
    GVC_t* context = gvContext();
    Agraph_t* graph = agopen(const_cast<char*>("relata"), Agdirected, nullptr);
    setGraphAttributes(graph, nodes.size());
    std::unordered_map<ModelId, Agnode_t*> byId;
    for (const LayoutNode& node : nodes) {
        const std::string name = std::to_string(static_cast<std::uint32_t>(node.id));
        Agnode_t* created = agnode(graph, const_cast<char*>(name.c_str()), 1);
        setAttribute(created, "width", std::to_string(node.size.width() / pointsPerInch));
        setAttribute(created, "height", std::to_string(node.size.height() / pointsPerInch));
        byId[node.id] = created;
    }
    for (const LayoutEdge& edge : edges) {
        const auto from = byId.find(edge.from);
        const auto to = byId.find(edge.to);
        if (from != byId.end() && to != byId.end() && from != to)
            agedge(graph, from->second, to->second, nullptr, 1);
    }
    if (gvLayout(context, graph, "dot") == 0) {
        double left = std::numeric_limits<double>::max();
        double top = std::numeric_limits<double>::max();
        for (const LayoutNode& node : nodes) {
            const pointf center = ND_coord(byId[node.id]);
            // Graphviz's y axis points up; the scene's points down.
            const QPointF corner(center.x - node.size.width() / 2, -center.y - node.size.height() / 2);
            positions[node.id] = corner;
            left = std::min(left, corner.x());
            top = std::min(top, corner.y());
        }
        for (auto& [id, position] : positions)
            position -= QPointF(left, top);
        gvFreeLayout(context, graph);
    }
    agclose(graph);
    gvFreeContext(context);
    return positions;
}

} // namespace relata
