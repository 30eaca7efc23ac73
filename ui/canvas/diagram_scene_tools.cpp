#include "canvas/auto_layout.h"
#include "canvas/diagram_projection.h"
#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "session.h"


// Layout and search: the scene's tools that read many items at once.
namespace relata {
namespace {

constexpr double blockGap = 160;

} // namespace

// Edges come from the schema, not from the edge items: on first open the
// models are placed before any edge item exists.
std::map<ModelId, QPointF> DiagramScene::layoutOf(const std::vector<ModelItem*>& items) const
{
    std::vector<LayoutNode> nodes;
    for (const ModelItem* item : items)
        nodes.push_back({item->modelId(), item->box().size()});
    std::vector<LayoutEdge> edges;
    for (const EdgeSpec& spec : relationEdges(m_session->schema())) {
        const ModelItem* from = modelItem(spec.from);
        const ModelItem* to = modelItem(spec.to);
        const ModelItem* via = spec.viaGenerated ? nullptr : modelItem(spec.via);
        if (!from || !to)
            continue;
        // "One" side first, so a belongsTo and its hasMany inverse agree.
        if (!via && spec.style.atSource == EndGlyph::Many && spec.style.atTarget == EndGlyph::One)
            std::swap(from, to);
        if (via) {
            edges.push_back({from->modelId(), via->modelId()});
            edges.push_back({to->modelId(), via->modelId()});
        } else {
            edges.push_back({from->modelId(), to->modelId()});
        }
    }
    return layeredLayout(nodes, edges);
}

void DiagramScene::placeUnplacedModels()
{
    Document& document = m_session->document();
    std::vector<ModelItem*> unplaced;
    QRectF placed;
    for (ModelId id : document.modelIds()) {
        ModelItem* item = modelItem(id);
        if (!item)
            continue;
        if (document.diagram().placement(id))
            placed |= item->sceneBox();
        else
            unplaced.push_back(item);
    }
    if (unplaced.empty())
        return;
    const QPointF origin = placed.isNull() ? QPointF() : QPointF(placed.right() + blockGap, placed.top());
    for (const auto& [id, position] : layoutOf(unplaced)) {
        NodePlacement placement;
        placement.x = origin.x() + position.x();
        placement.y = origin.y() + position.y();
        document.setPlacement(id, placement);
    }
}

void DiagramScene::autoLayout(bool selectionOnly)
{
    const Document& document = m_session->document();
    std::vector<ModelItem*> free;
    QRectF pinned;
    QRectF moving;
    for (ModelId id : document.modelIds()) {
        ModelItem* item = modelItem(id);
        if (!item)
            continue;
        const auto placement = document.diagram().placement(id);
        if (placement && placement->pinned)
            pinned |= item->sceneBox();
        else if (!selectionOnly || item->isSelected()) {
            free.push_back(item);
            moving |= item->sceneBox();
        }
    }
    if (free.empty())
        return;
    QPointF origin;
    if (selectionOnly)
        origin = moving.topLeft();
    else if (!pinned.isNull())
        origin = {pinned.right() + blockGap, pinned.top()};
    std::map<ModelId, NodePlacement> placements;
    for (const auto& [id, position] : layoutOf(free)) {
        NodePlacement placement = document.diagram().placement(id).value_or(NodePlacement{});
        placement.x = origin.x() + position.x();
        placement.y = origin.y() + position.y();
        placements[id] = placement;
    }
    m_session->edits().setPlacements(placements, selectionOnly ? tr("Auto-layout selection")
                                                               : tr("Auto-layout"));
    flushRoutes();
    setSceneRect(itemsBoundingRect().adjusted(-400, -400, 400, 400));
}

std::vector<SearchHit> DiagramScene::search(const QString& text) const
{
    std::vector<SearchHit> hits;
    if (text.trimmed().isEmpty())
        return hits;
    const QString needle = text.trimmed();
    for (ModelId id : m_session->document().modelIds()) {
        ModelItem* item = modelItem(id);
        if (!item)
            continue;
        if (item->name().contains(needle, Qt::CaseInsensitive))
            hits.push_back({item, -1, nullptr});
        const auto& rows = item->content().rows;
        for (std::size_t row = 0; row < rows.size(); ++row) {
            if (rows[row].name.contains(needle, Qt::CaseInsensitive))
                hits.push_back({item, int(row), nullptr});
        }
    }
    for (RelationItem* edge : m_edges) {
        if (edge->label().contains(needle, Qt::CaseInsensitive))
            hits.push_back({nullptr, -1, edge});
    }
    return hits;
}

void DiagramScene::highlight(const std::vector<SearchHit>& hits)
{
    for (auto& [id, item] : m_items)
        item->setHighlight(false);
    for (RelationItem* edge : m_edges)
        edge->setHighlight(false);
    for (const SearchHit& hit : hits) {
        if (hit.model)
            hit.model->setHighlight(true, hit.row);
        if (hit.relation)
            hit.relation->setHighlight(true);
    }
}

} // namespace relata
