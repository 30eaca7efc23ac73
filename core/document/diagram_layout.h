#pragma once

#include "document/model_id.h"
#include "json/json_text.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

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
    bool isEmpty() const { return m_nodes.empty() && m_builtins.empty(); }
    const std::unordered_map<ModelId, NodePlacement>& nodes() const { return m_nodes; }

    // A built-in model an app relates to has no file, so no ModelId: its
    // place is kept by name, in the order the places were first set.
    std::optional<NodePlacement> builtinPlacement(const std::string& name) const;
    void setBuiltinPlacement(const std::string& name, const NodePlacement& placement);
    void clearBuiltinPlacement(const std::string& name);
    const std::vector<std::pair<std::string, NodePlacement>>& builtins() const { return m_builtins; }

    friend bool operator==(const DiagramLayout&, const DiagramLayout&) = default;

private:
    std::unordered_map<ModelId, NodePlacement> m_nodes;
    std::vector<std::pair<std::string, NodePlacement>> m_builtins;
};

// relata.json's "models" object <-> placements, keyed there by model name.
Json placementToJson(const NodePlacement& placement);
std::optional<NodePlacement> placementFromJson(const Json& value);

} // namespace relata
