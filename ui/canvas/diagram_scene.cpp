#include "canvas/diagram_scene.h"

#include "canvas/diagram_projection.h"
#include "canvas/label_placer.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "schema/schema.h"
#include "session.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QPalette>
#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <array>
#include <map>
#include <tuple>

namespace relata {

DiagramScene::DiagramScene(Session* session, QObject* parent)
    : QGraphicsScene(parent)
    , m_session(session)
    , m_router(std::make_unique<SideRouter>())
    , m_painter(std::make_unique<CrowsFootPainter>())
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(session, &Session::compiled, this, &DiagramScene::refresh);
    connect(&session->document(), &Document::placementChanged, this,
            &DiagramScene::onPlacementChanged);
    connect(&session->document(), &Document::builtinPlacementChanged, this,
            &DiagramScene::onBuiltinPlacementChanged);
    connect(&session->document(), &Document::modelRemoved, this, &DiagramScene::onModelRemoved);
    rebuild(Unplaced::Place);
}

DiagramScene::~DiagramScene()
{
    // Edges point at model items: they go first.
    for (RelationItem* edge : m_edges)
        delete edge;
    m_edges.clear();
}

ModelItem* DiagramScene::modelItem(ModelId id) const
{
    const auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : it->second;
}

ModelItem* DiagramScene::modelItem(const QString& name) const
{
    return m_byName.value(name, nullptr);
}

RelationItem* DiagramScene::relationItem(const QString& owner, const QString& relation) const
{
    for (RelationItem* edge : m_edges) {
        if (edge->key().ownerName == owner && edge->key().relation == relation)
            return edge;
    }
    return nullptr;
}

std::vector<ModelId> DiagramScene::selectedModels() const
{
    std::vector<ModelId> ids;
    for (ModelId id : m_session->document().modelIds()) {
        if (ModelItem* item = modelItem(id); item && item->isSelected())
            ids.push_back(id);
    }
    return ids;
}

void DiagramScene::selectModel(ModelId id)
{
    clearSelection();
    if (ModelItem* item = modelItem(id))
        item->setSelected(true);
}

void DiagramScene::selectRelation(const QString& owner, const QString& relation)
{
    clearSelection();
    if (RelationItem* edge = relationItem(owner, relation))
        edge->setSelected(true);
}

std::vector<QRectF> DiagramScene::modelBoxesIn(const QRectF& area, Stubs stubs) const
{
    // A scan, not items(area): routing runs while models are being placed,
    // and every placement would make the scene rebuild its index.
    std::vector<QRectF> boxes;
    const auto add = [&](const ModelItem* item) {
        if (!item->isVisible())
            return;
        const QRectF box = item->sceneBox();
        if (box.intersects(area))
            boxes.push_back(box);
    };
    for (const auto& [id, item] : m_items)
        add(item);
    for (const ModelItem* item : m_generated)
        add(item);
    if (stubs == Stubs::Include) {
        for (const ModelItem* item : m_missing)
            add(item);
    }
    return boxes;
}

std::vector<QRectF> DiagramScene::visibleBoxes(Stubs stubs) const
{
    constexpr double far = 1e12;
    return modelBoxesIn(QRectF(-far, -far, 2 * far, 2 * far), stubs);
}

void DiagramScene::setRouter(std::unique_ptr<EdgeRouter> router)
{
    m_router = std::move(router);
    for (RelationItem* edge : m_edges)
        edge->updateRoute();
}

void DiagramScene::setPainter(std::unique_ptr<EdgePainter> painter)
{
    m_painter = std::move(painter);
    for (RelationItem* edge : m_edges)
        edge->updateRoute();
}

void DiagramScene::setShowGeneratedModels(bool show)
{
    if (m_showGenerated == show)
        return;
    m_showGenerated = show;
    refresh();
}

void DiagramScene::refresh()
{
    rebuild(Unplaced::Keep);
}

void DiagramScene::rebuild(Unplaced unplaced)
{
    // Edges are rebuilt from scratch; the selected ones are found again by key,
    // and listeners hear of the selection once, after the rebuild.
    std::vector<std::pair<QString, QString>> selectedEdges;
    {
        const QSignalBlocker blocker(this);
        for (RelationItem* edge : m_edges) {
            if (edge->isSelected())
                selectedEdges.emplace_back(edge->key().ownerName, edge->key().relation);
            delete edge;
        }
        m_edges.clear();
        m_edgesAt.clear();
        m_staleEdges.clear();
        m_movedAreas.clear();
        syncModels();
        syncGeneratedModels();
        rebuildEdges();
        // Before the edges are routed among boxes still piled at the origin:
        // those routes would be thrown away at once.
        if (unplaced == Unplaced::Place)
            placeUnplacedModels();
        for (const auto& [owner, relation] : selectedEdges) {
            if (RelationItem* edge = relationItem(owner, relation))
                edge->setSelected(true);
        }
        flushRoutes();
        setSceneRect(itemsBoundingRect().adjusted(-400, -400, 400, 400));
    }
    emit selectionChanged();
    emit refreshed();
}

// The rest of the scene follows on the next compile; the model's own item
// and its edges go now, so nothing reaches a model that is gone through them
// in between (the window reads the selection as soon as the undo step ends).
void DiagramScene::onModelRemoved(ModelId id)
{
    const auto found = m_items.find(id);
    if (found == m_items.end())
        return;
    ModelItem* item = found->second;
    const QSignalBlocker blocker(this);
    std::erase_if(m_edges, [&](RelationItem* edge) {
        if (!edge->touches(item))
            return false;
        m_staleEdges.erase(edge);
        std::erase_if(m_edgesAt, [edge](const auto& entry) { return entry.second == edge; });
        delete edge;
        return true;
    });
    m_byName.remove(item->name());
    m_stubPlaces.removeIf([item](const auto& stub) { return stub.value().owner == item; });
    if (m_linkSource == item)
        m_linkSource = nullptr;
    m_items.erase(found);
    delete item;
}

void DiagramScene::syncModels()
{
    const schema::Schema& schema = m_session->schema();
    const Document& document = m_session->document();
    const auto problems = problemsByModel(m_session->diagnostics());
    const ForeignKeys keys = foreignKeys(schema);
    std::unordered_map<ModelId, ModelItem*> kept;
    m_byName.clear();
    for (ModelId id : document.modelIds()) {
        ModelItem* item = modelItem(id);
        if (!item) {
            item = new ModelItem(this, id);
            addItem(item);
        }
        ModelContent content;
        if (const schema::Model* model = schema.model(id)) {
            content = modelContent(*model, keys, problems.value(QString::fromStdString(model->name)));
        } else {
            content.name = QString::fromStdString(document.modelName(id));
            if (content.name.isEmpty())
                content.name = document.modelFile(id).relativePath();
        }
        const auto placement = document.diagram().placement(id);
        content.collapsed = placement && placement->collapsed;
        if (placement && !placement->color.empty())
            content.color = QColor(QString::fromStdString(placement->color));
        item->setContent(std::move(content));
        applyPlacement(item);
        kept[id] = item;
        m_byName.insert(item->name(), item);
        m_items.erase(id);
    }
    for (auto& [id, item] : m_items)
        delete item;
    m_items = std::move(kept);
}

void DiagramScene::syncGeneratedModels()
{
    QMap<QString, ModelItem*> kept;
    const schema::Schema& schema = m_session->schema();
    const ForeignKeys keys = foreignKeys(schema);
    std::vector<ModelItem*> arrived;
    for (const schema::Model* model : fileLessModels(schema, m_showGenerated)) {
        const QString name = QString::fromStdString(model->name);
        ModelItem* item = m_generated.take(name);
        if (!item) {
            item = new ModelItem(this, ModelId::None, name);
            item->setFlag(QGraphicsItem::ItemIsMovable, model->builtin);
            addItem(item);
            if (model->builtin)
                arrived.push_back(item);
        }
        item->setContent(modelContent(*model, keys, {}));
        kept.insert(name, item);
        m_byName.insert(name, item);
    }
    qDeleteAll(m_generated);
    m_generated = std::move(kept);
    placeBuiltins(arrived);
}

void DiagramScene::rebuildEdges()
{
    const std::vector<EdgeSpec> specs = relationEdges(m_session->schema());
    // Generated through models sit between the pair of models they join.
    for (const EdgeSpec& spec : specs) {
        ModelItem* via = spec.viaGenerated ? m_generated.value(spec.via) : nullptr;
        ModelItem* from = modelItem(spec.from);
        ModelItem* to = modelItem(spec.to);
        if (via && from && to) {
            const QPointF middle = (from->sceneBox().center() + to->sceneBox().center()) / 2;
            via->setPos(middle - via->box().center() + QPointF(0, 60));
        }
    }
    std::map<const ModelItem*, int> loops;
    // A relation to a model that does not exist ends at a stub: a red tile
    // named after the missing model beside its owner, the first model whose
    // relation ends there, so the relation is seen, selected, edited in the
    // Inspector and found by Find.
    QMap<QString, ModelItem*> stubs;
    m_stubPlaces.clear();
    const auto stub = [&](const QString& name, const ModelItem* owner) {
        ModelItem*& item = stubs[name];
        if (!item) {
            item = stubFor(name);
            m_stubPlaces.insert(item, {owner, {}});
        }
        return item;
    };
    for (const EdgeSpec& spec : specs) {
        if (spec.generated && !m_showGenerated)
            continue;
        ModelItem* from = modelItem(spec.from);
        ModelItem* to = modelItem(spec.to);
        if (from && !to && !spec.to.isEmpty())
            to = stub(spec.to, from);
        ModelItem* via = spec.via.isEmpty() || (spec.viaGenerated && !m_showGenerated)
                             ? nullptr
                             : modelItem(spec.via);
        if (!from || !to)
            continue;
        auto* edge = new RelationItem(this, spec.key, from, to, via, spec.style, spec.label, spec.detail);
        addItem(edge);
        m_edges.push_back(edge);
        m_edgesAt.emplace(from, edge);
        if (to != from)
            m_edgesAt.emplace(to, edge);
        if (via && via != from && via != to)
            m_edgesAt.emplace(via, edge);
        if (from == to && !via)
            edge->setLoopIndex(loops[from]++);
    }
    for (auto kept = m_missing.begin(); kept != m_missing.end();) {
        if (stubs.contains(kept.key())) {
            ++kept;
        } else {
            delete kept.value();
            kept = m_missing.erase(kept);
        }
    }
    placeStubs();
    m_staleEdges.insert(m_edges.begin(), m_edges.end());
}

void DiagramScene::applyPlacement(ModelItem* item)
{
    const auto placement = m_session->document().diagram().placement(item->modelId());
    if (placement)
        item->setPos(placement->x, placement->y);
}

void DiagramScene::onPlacementChanged(ModelId id)
{
    ModelItem* item = modelItem(id);
    if (!item)
        return;
    const auto placement = m_session->document().diagram().placement(id);
    const bool collapsed = placement && placement->collapsed;
    const QColor color = placement && !placement->color.empty()
                             ? QColor(QString::fromStdString(placement->color))
                             : QColor();
    if (collapsed != item->content().collapsed || color != item->content().color) {
        ModelContent content = item->content();
        content.collapsed = collapsed;
        content.color = color;
        item->setContent(std::move(content));
        modelItemMoved(item);
    }
    applyPlacement(item);
}

void DiagramScene::onBuiltinPlacementChanged(const QString& name)
{
    if (ModelItem* item = m_generated.value(name); item && item->flags() & QGraphicsItem::ItemIsMovable)
        placeBuiltins({item});
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_builtinsAtPress.clear();
    for (const ModelItem* item : std::as_const(m_generated)) {
        if (item->flags() & QGraphicsItem::ItemIsMovable)
            m_builtinsAtPress.insert(item->name(), item->pos());
    }
    QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitMoves();
}

void DiagramScene::commitMoves()
{
    const Document& document = m_session->document();
    std::map<ModelId, NodePlacement> moved;
    for (const auto& [id, item] : m_items) {
        NodePlacement placement = document.diagram().placement(id).value_or(NodePlacement{});
        if (placement.x == item->pos().x() && placement.y == item->pos().y())
            continue;
        placement.x = item->pos().x();
        placement.y = item->pos().y();
        moved[id] = placement;
    }
    std::map<std::string, std::optional<NodePlacement>> builtins;
    for (const auto& [name, at] : m_builtinsAtPress.asKeyValueRange()) {
        const ModelItem* item = m_generated.value(name);
        if (!item || item->pos() == at)
            continue;
        NodePlacement placement = document.diagram().builtinPlacement(name.toStdString()).value_or(NodePlacement{});
        placement.x = item->pos().x();
        placement.y = item->pos().y();
        builtins[name.toStdString()] = placement;
    }
    m_builtinsAtPress.clear();
    const int count = int(moved.size() + builtins.size());
    if (count > 0)
        m_session->edits().setPlacements(moved, tr("Move %n model(s)", nullptr, count), builtins);
}

void DiagramScene::toggleCollapsed(ModelId id)
{
    NodePlacement placement = m_session->document().diagram().placement(id).value_or(NodePlacement{});
    placement.collapsed = !placement.collapsed;
    m_session->edits().setPlacements({{id, placement}},
                                     placement.collapsed ? tr("Collapse model") : tr("Expand model"));
}

void DiagramScene::activateModel(ModelId id, const QString& property)
{
    emit modelActivated(id, property);
}

void DiagramScene::activateRelation(ModelId owner, const QString& relation)
{
    emit relationActivated(owner, relation);
}

ModelItem* DiagramScene::modelItemAt(const QPointF& at) const
{
    for (QGraphicsItem* item : items(at)) {
        if (item->type() == ModelItem::Type) {
            auto* model = static_cast<ModelItem*>(item);
            if (model->modelId() != ModelId::None)
                return model;
        }
    }
    return nullptr;
}

void DiagramScene::beginLink(ModelItem* source, const QPointF& at)
{
    m_linkSource = source;
    QPen pen(QApplication::palette().color(QPalette::Highlight), 2, Qt::DashLine);
    m_link = addPath(QPainterPath(), pen);
    m_link->setZValue(10);
    updateLink(at);
}

void DiagramScene::updateLink(const QPointF& at)
{
    if (!m_link)
        return;
    const QPointF start = m_linkSource->mapToScene(m_linkSource->handleCenter());
    QPainterPath path(start);
    path.cubicTo(start + QPointF(60, 0), at - QPointF(60, 0), at);
    m_link->setPath(path);
    ModelItem* target = modelItemAt(at);
    for (auto& [id, item] : m_items)
        item->setHighlight(item == target);
}

void DiagramScene::endLink(const QPointF& at)
{
    if (!m_link)
        return;
    delete m_link;
    m_link = nullptr;
    for (auto& [id, item] : m_items)
        item->setHighlight(false);
    ModelItem* target = modelItemAt(at);
    ModelItem* source = m_linkSource;
    m_linkSource = nullptr;
    if (target)
        emit relationRequested(source->modelId(), target->modelId());
}

void DiagramScene::setCaching(bool on)
{
    for (auto& [id, item] : m_items)
        item->setCacheMode(on ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

QRectF DiagramScene::modelsBoundingRect(bool selectionOnly) const
{
    QRectF bounds;
    for (QGraphicsItem* item : items()) {
        if (selectionOnly && !item->isSelected())
            continue;
        if (item->type() == ModelItem::Type || item->type() == RelationItem::Type)
            bounds |= item->sceneBoundingRect();
    }
    return bounds;
}

} // namespace relata
