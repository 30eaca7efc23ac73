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
// models are placed before any edge item exists. A stub is laid out beside
// the first model whose relation ends at it, as the scene places it.
DiagramScene::Layout DiagramScene::layoutOf(const std::vector<ModelItem*>& items)
{
    std::vector<QSizeF> sizes;
    std::unordered_map<const ModelItem*, std::size_t> index;
    for (const ModelItem* item : items) {
        index[item] = sizes.size();
        sizes.push_back(item->box().size());
    }
    std::map<QString, std::pair<std::size_t, std::size_t>> stubs; // name: (stub, owner)
    const auto indexOf = [&](const ModelItem* item) { return item ? index.find(item) : index.end(); };
    std::vector<LayoutEdge> edges;
    for (const EdgeSpec& spec : relationEdges(m_session->schema())) {
        const auto from = indexOf(modelItem(spec.from));
        if (from == index.end())
            continue;
        std::size_t to = 0;
        if (const auto target = indexOf(modelItem(spec.to)); target != index.end()) {
            to = target->second;
        } else if (!modelItem(spec.to) && !spec.to.isEmpty() && (!spec.generated || m_showGenerated)) {
            const auto [stub, added] = stubs.try_emplace(spec.to, sizes.size(), from->second);
            if (added)
                sizes.push_back(stubFor(spec.to)->box().size());
            to = stub->second.first;
        } else {
            continue;
        }
        const ModelItem* via = spec.viaGenerated ? nullptr : modelItem(spec.via);
        if (via) {
            const auto through = indexOf(via);
            if (through == index.end())
                continue;
            edges.push_back({from->second, through->second});
            edges.push_back({to, through->second});
        } else if (spec.style.atSource == EndGlyph::Many && spec.style.atTarget == EndGlyph::One) {
            // "One" side first, so a belongsTo and its hasMany inverse agree.
            edges.push_back({to, from->second});
        } else {
            edges.push_back({from->second, to});
        }
    }
    const std::vector<QPointF> positions = layeredLayout(sizes, edges);
    Layout layout;
    for (const ModelItem* item : items)
        layout.models[item->modelId()] = positions[index.at(item)];
    for (const auto& [name, stub] : stubs)
        layout.stubs[name] = {items[stub.second]->modelId(), positions[stub.first] - positions[stub.second]};
    return layout;
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
    const Layout layout = layoutOf(unplaced);
    for (const auto& [name, hint] : layout.stubs)
        m_stubHints.insert(name, hint);
    for (const auto& [id, position] : layout.models) {
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
    const Layout layout = layoutOf(free);
    for (const auto& [name, hint] : layout.stubs)
        m_stubHints.insert(name, hint);
    for (const auto& [id, position] : layout.models) {
        NodePlacement placement = document.diagram().placement(id).value_or(NodePlacement{});
        placement.x = origin.x() + position.x();
        placement.y = origin.y() + position.y();
        placements[id] = placement;
    }
    m_session->edits().setPlacements(placements, selectionOnly ? tr("Auto-layout selection")
                                                               : tr("Auto-layout"));
    placeStubs();
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
