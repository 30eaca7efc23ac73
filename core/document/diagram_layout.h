#pragma once

#include "document/model_id.h"
#include "json/json_text.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace relata {

// Where the designer draws a model. Kept in relata.json, never in model files.
struct NodePlacement {
    double x = 0;
    double y = 0;
    bool pinned = false;    // auto-layout leaves pinned models where they are
    bool collapsed = false; // property rows hidden
    std::string color;      // "#rrggbb", empty: default
    friend bool operator==(const NodePlacement&, const NodePlacement&) = default;
};

class DiagramLayout {
public:
    std::optional<NodePlacement> placement(ModelId id) const;
    void setPlacement(ModelId id, const NodePlacement& placement);
    void clearPlacement(ModelId id);
    bool isEmpty() const { return m_nodes.empty(); }
    const std::unordered_map<ModelId, NodePlacement>& nodes() const { return m_nodes; }
    friend bool operator==(const DiagramLayout&, const DiagramLayout&) = default;

private:
    std::unordered_map<ModelId, NodePlacement> m_nodes;
};

// relata.json's "models" object <-> placements, keyed there by model name.
Json placementToJson(const NodePlacement& placement);
std::optional<NodePlacement> placementFromJson(const Json& value);

} // namespace relata
