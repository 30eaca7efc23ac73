#include "canvas/auto_layout.h"
#include "canvas/diagram_projection.h"
#include "canvas/diagram_scene.h"
#include "canvas/diagram_stats.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "schema/schema.h"
#include "session.h"


#include <optional>

// Layout and search: the scene's tools that read many items at once.
namespace relata {
namespace {

constexpr double blockGap = 160;

} // namespace

// Edges come from the schema, not from the edge items: on first open the
// models are placed before any edge item exists. The built-in models an app
// uses and the stubs of missing ones are laid out with the models, as tiles
// beside the first model related to them, so dot keeps their relations short.
DiagramScene::LayoutGraph DiagramScene::layoutGraphOf(const std::vector<ModelItem*>& items)
{
    LayoutGraph graph;
    std::vector<QSizeF>& sizes = graph.sizes;
    std::unordered_map<const ModelItem*, std::size_t> index;
    for (const ModelItem* item : items) {
        index[item] = sizes.size();
        sizes.push_back(item->box().size());
        graph.models.push_back(item->modelId());
    }
    std::map<QString, LayoutGraph::Tile>& tiles = graph.tiles;
    const auto modelNode = [&](const QString& name) -> std::optional<std::size_t> {
        const auto found = index.find(modelItem(name));
        return found == index.end() ? std::nullopt : std::optional(found->second);
    };
    const schema::Schema& schema = m_session->schema();
    const ForeignKeys keys = foreignKeys(schema);
    // A built-in model's box is measured before its item exists: models are
    // laid out before the scene makes the boxes of models without a file.
    const auto builtinSize = [&](const schema::Model& model) {
        ModelItem box(this, ModelId::None, QString::fromStdString(model.name));
        box.setContent(modelContent(model, keys, {}));
        return box.box().size();
    };
    const auto tileNode = [&](const QString& name, std::optional<std::size_t> owner,
                              bool stub) -> std::optional<std::size_t> {
        const schema::Model* model = name.isEmpty() ? nullptr : schema.model(name.toStdString());
        const bool builtin = model && model->builtin;
        if (!builtin && (model || modelItem(name) || name.isEmpty() || !stub))
            return std::nullopt;
        const auto [tile, added] = tiles.try_emplace(name, LayoutGraph::Tile{sizes.size(), owner});
        if (added)
            sizes.push_back(builtin ? builtinSize(*model) : stubFor(name)->box().size());
        else if (!tile->second.owner)
            tile->second.owner = owner;
        return tile->second.node;
    };
    std::vector<LayoutEdge>& edges = graph.edges;
    for (const EdgeSpec& spec : relationEdges(schema)) {
        const std::optional<std::size_t> fromModel = modelNode(spec.from);
        const std::optional<std::size_t> toModel = modelNode(spec.to);
        const std::optional<std::size_t> from = fromModel ? fromModel : tileNode(spec.from, toModel, false);
        const std::optional<std::size_t> to =
            toModel ? toModel : tileNode(spec.to, fromModel, from && (!spec.generated || m_showGenerated));
        if (!from || !to)
            continue;
        if (!spec.via.isEmpty() && !spec.viaGenerated) {
            const std::optional<std::size_t> via = modelNode(spec.via) ? modelNode(spec.via) : tileNode(spec.via, fromModel, false);
            if (!via)
                continue;
            edges.push_back({*from, *via});
            edges.push_back({*to, *via});
        } else if (spec.style.atSource == EndGlyph::Many && spec.style.atTarget == EndGlyph::One) {
            // "One" side first, so a belongsTo and its hasMany inverse agree.
            edges.push_back({*to, *from});
        } else {
            edges.push_back({*from, *to});
        }
    }
    return graph;
}

DiagramScene::Layout DiagramScene::layoutOf(const LayoutGraph& graph, int order)
{
    const std::vector<QPointF> positions = layeredLayout(graph.sizes, graph.edges, order);
    Layout layout;
    for (std::size_t node = 0; node < graph.models.size(); ++node)
        layout.models[graph.models[node]] = positions[node];
    for (const auto& [name, tile] : graph.tiles) {
        if (tile.owner)
            layout.tiles[name] = {graph.models[*tile.owner], positions[tile.node] - positions[*tile.owner]};
    }
    return layout;
}

// dot's crossing minimisation is a heuristic: given the same graph in another
// order it may order the layers otherwise, with fewer crossings or more once
// the edges are routed. A small app is laid out in several orders and each
// drawing routed and counted; the first with the fewest crossings is kept.
DiagramScene::Layout DiagramScene::fewestCrossingsLayout(const std::vector<ModelItem*>& items, QPointF origin)
{
    const LayoutGraph graph = layoutGraphOf(items);
    Layout best = layoutOf(graph, 0);
    const int orders = layoutOrders(m_edges.size());
    if (orders == 1 || m_edges.empty())
        return best;
    int fewest = crossingsOf(best, origin);
    for (int order = 1; order < orders && fewest > 0; ++order) {
        Layout layout = layoutOf(graph, order);
        const int crossings = crossingsOf(layout, origin);
        if (crossings < fewest) {
            fewest = crossings;
            best = std::move(layout);
        }
    }
    for (ModelItem* item : items)
        applyPlacement(item);
    return best;
}

// The crossings of the drawing `layout` makes, shown for the count: the items
// move, the document does not.
int DiagramScene::crossingsOf(const Layout& layout, QPointF origin)
{
    for (const auto& [id, position] : layout.models)
        modelItem(id)->setPos(origin + position);
    applyTileHints(layout);
    placeTiles();
    m_staleEdges.insert(m_edges.begin(), m_edges.end());
    return crossings(diagramGeometry(*this));
}

void DiagramScene::applyTileHints(const Layout& layout)
{
    for (const auto& [name, hint] : layout.tiles)
        m_tileHints.insert(name, hint);
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
    const Layout layout = fewestCrossingsLayout(unplaced, origin);
    applyTileHints(layout);
    for (const auto& [id, position] : layout.models) {
        NodePlacement placement;
        placement.x = origin.x() + position.x();
        placement.y = origin.y() + position.y();
        document.setPlacement(id, placement);
    }
    placeTiles();
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
    const Layout layout = fewestCrossingsLayout(free, origin);
    applyTileHints(layout);
    for (const auto& [id, position] : layout.models) {
        NodePlacement placement = document.diagram().placement(id).value_or(NodePlacement{});
        placement.x = origin.x() + position.x();
        placement.y = origin.y() + position.y();
        placements[id] = placement;
    }
    // Built-in models the user placed go back to where the layout puts them.
    std::map<std::string, std::optional<NodePlacement>> builtins;
    for (const auto& [name, placement] : document.diagram().builtins()) {
        const ModelItem* item = m_generated.value(QString::fromStdString(name));
        if (!placement.pinned && (!selectionOnly || (item && item->isSelected())))
            builtins[name] = std::nullopt;
    }
    m_session->edits().setPlacements(placements, selectionOnly ? tr("Auto-layout selection") : tr("Auto-layout"),
                                     builtins);
    placeTiles();
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
