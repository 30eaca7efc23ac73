#pragma once

#include "document/model_id.h"

#include <QPointF>
#include <QSizeF>

#include <map>
#include <vector>

namespace relata {

struct LayoutNode {
    ModelId id = ModelId::None;
    QSizeF size;
};

// Directed from the "one" side to the "many" side, so ranks read like a hierarchy.
struct LayoutEdge {
    ModelId from = ModelId::None;
    ModelId to = ModelId::None;
};

// Graphviz `dot` (libgvc): a layered layout, top to bottom, of each connected
// component, the components packed in rows. Returns each node's top-left
// corner; the layout's top-left is at (0, 0). Edges naming nodes that are not
// in `nodes` are ignored.
std::map<ModelId, QPointF> layeredLayout(const std::vector<LayoutNode>& nodes,
                                         const std::vector<LayoutEdge>& edges);

} // namespace relata
