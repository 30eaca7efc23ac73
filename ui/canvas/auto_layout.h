#pragma once

#include <QPointF>
#include <QSizeF>

#include <vector>

namespace relata {

// Directed from the "one" side to the "many" side, so ranks read like a
// hierarchy; `from` and `to` index the boxes laid out.
struct LayoutEdge {
    std::size_t from = 0;
    std::size_t to = 0;
};

// Graphviz `dot` (libgvc): a layered layout, top to bottom, of each connected
// component, the components packed in rows. Returns the top-left corner of
// each box of the given sizes, in their order; the layout's top-left is at
// (0, 0). Edges naming no box are ignored.
//
// dot orders each layer by a heuristic whose outcome depends on the order it
// is given the nodes and edges in. `order` 0 gives them as they come; any
// other number shuffles them the same way every time, so one graph has
// several layouts to choose from and each is repeatable.
std::vector<QPointF> layeredLayout(const std::vector<QSizeF>& sizes, const std::vector<LayoutEdge>& edges,
                                   int order = 0);

// How many orders of a drawing with `edges` edges are worth laying out and
// comparing: each costs a dot run and the routing of every edge.
int layoutOrders(std::size_t edges);

} // namespace relata
