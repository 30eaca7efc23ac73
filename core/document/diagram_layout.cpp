#include "document/diagram_layout.h"

#include <algorithm>

namespace relata {

std::optional<NodePlacement> DiagramLayout::placement(ModelId id) const
{
    const auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return std::nullopt;
    return it->second;
}

void DiagramLayout::setPlacement(ModelId id, const NodePlacement& placement)
{
    m_nodes[id] = placement;
}

void DiagramLayout::clearPlacement(ModelId id)
{
    m_nodes.erase(id);
}

std::optional<NodePlacement> DiagramLayout::builtinPlacement(const std::string& name) const
{
    const auto it = std::ranges::find(m_builtins, name, &std::pair<std::string, NodePlacement>::first);
    if (it == m_builtins.end())
        return std::nullopt;
    return it->second;
}

void DiagramLayout::setBuiltinPlacement(const std::string& name, const NodePlacement& placement)
{
    const auto it = std::ranges::find(m_builtins, name, &std::pair<std::string, NodePlacement>::first);
    if (it == m_builtins.end())
        m_builtins.emplace_back(name, placement);
    else
        it->second = placement;
}

void DiagramLayout::clearBuiltinPlacement(const std::string& name)
{
    std::erase_if(m_builtins, [&](const auto& entry) { return entry.first == name; });
}

Json placementToJson(const NodePlacement& placement)
{
    Json value = Json::object();
    value["x"] = placement.x;
    value["y"] = placement.y;
    if (placement.pinned)
        value["pinned"] = true;
    if (placement.collapsed)
        value["collapsed"] = true;
    if (!placement.color.empty())
        value["color"] = placement.color;
    return value;
}

std::optional<NodePlacement> placementFromJson(const Json& value)
{
    if (!value.is_object() || !value.contains("x") || !value.contains("y") || !value["x"].is_number()
        || !value["y"].is_number())
        return std::nullopt;
    NodePlacement placement;
    placement.x = value["x"].get<double>();
    placement.y = value["y"].get<double>();
    placement.pinned = value.value("pinned", false);
    placement.collapsed = value.value("collapsed", false);
    if (value.contains("color") && value["color"].is_string())
        placement.color = value["color"].get<std::string>();
    return placement;
}

} // namespace relata
