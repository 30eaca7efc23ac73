#include "canvas/relation_item.h"

#include "canvas/diagram_scene.h"
#include "canvas/drawing.h"
#include "canvas/model_item.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace relata {

RelationItem::RelationItem(DiagramScene* scene, EdgeKey key, ModelItem* from, ModelItem* to,
                           ModelItem* via, EdgeStyle style, QString label, QString detail)
    : m_scene(scene)
    , m_key(std::move(key))
    , m_from(from)
    , m_to(to)
    , m_via(via)
    , m_style(std::move(style))
    , m_label(std::move(label))
    , m_detail(std::move(detail))
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
    setToolTip(m_detail);
}

bool RelationItem::touches(const ModelItem* item) const
{
    return item == m_from || item == m_to || item == m_via;
}

int RelationItem::hopCount() const
{
    if (m_via)
        return 2;
    return m_from == m_to ? 0 : 1;
}

std::pair<ModelItem*, ModelItem*> RelationItem::hop(int index) const
{
    if (!m_via)
        return {m_from, m_to};
    return index == 0 ? std::pair{m_from, m_via} : std::pair{m_via, m_to};
}

void RelationItem::updateSides()
{
    const Obstacles obstacles = [this](const QRectF& area) { return m_scene->modelBoxesIn(area); };
    for (int index = 0; index < hopCount(); ++index) {
        const auto [from, to] = hop(index);
        m_sides[index] = m_scene->router().sides(from->sceneBox(), to->sceneBox(), obstacles);
    }
}

BoxSide RelationItem::side(int hop, bool atEnd) const
{
    return atEnd ? m_sides[hop].second : m_sides[hop].first;
}

bool RelationItem::setSlot(int hop, bool atEnd, EndSlot slot)
{
    EndSlot& kept = m_slots[hop][atEnd ? 1 : 0];
    if (kept == slot)
        return false;
    kept = slot;
    return true;
}

void RelationItem::setLoopIndex(int index)
{
    m_loopIndex = index;
}

void RelationItem::updateRoute()
{
    prepareGeometryChange();
    const EdgeRouter& router = m_scene->router();
    const QRectF from = m_from->sceneBox();
    const QRectF to = m_to->sceneBox();
    const Obstacles obstacles = [this](const QRectF& area) { return m_scene->modelBoxesIn(area); };
    if (m_via) {
        const QRectF via = m_via->sceneBox();
        m_route = joinRoutes(router.route(from, via, m_sides[0], m_slots[0][0], m_slots[0][1], obstacles),
                             router.route(via, to, m_sides[1], m_slots[1][0], m_slots[1][1], obstacles));
    } else if (m_from == m_to) {
        m_route = router.loop(from, m_loopIndex);
    } else {
        m_route = router.route(from, to, m_sides[0], m_slots[0][0], m_slots[0][1], obstacles);
    }
    m_preferredLabel = m_route.labelAnchor;
    m_labelSize = m_scene->painter().labelRect(m_route, m_style, m_label, {}).size();
    updateShape();
}

void RelationItem::setLabelCenter(QPointF center)
{
    if (center == m_route.labelAnchor)
        return;
    prepareGeometryChange();
    m_route.labelAnchor = center;
    updateShape();
}

void RelationItem::updateShape()
{
    m_shape.reset();
    const QRectF label = m_scene->painter().labelRect(m_route, m_style, m_label, m_detail);
    m_bounds = m_route.path.boundingRect().adjusted(-16, -16, 16, 16).united(label.adjusted(-4, -4, 4, 4));
}

bool RelationItem::affectedBy(const QRectF& area) const
{
    return m_route.path.boundingRect().adjusted(-1, -1, 1, 1).intersects(area)
           || std::any_of(m_route.blockers.begin(), m_route.blockers.end(),
                          [&](const QRectF& blocker) { return blocker.intersects(area); });
}

void RelationItem::setHighlight(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

QRectF RelationItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RelationItem::shape() const
{
    if (!m_shape) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_route.path);
        m_shape->addRect(m_scene->painter().labelRect(m_route, m_style, m_label, m_detail));
    }
    return *m_shape;
}

void RelationItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    PainterDrawing drawing(painter);
    draw(drawing, option->levelOfDetailFromTransform(painter->worldTransform()));
}

void RelationItem::draw(Drawing& drawing, double levelOfDetail) const
{
    EdgeState state;
    state.selected = isSelected();
    state.hovered = m_hovered;
    state.highlighted = m_highlighted;
    state.levelOfDetail = levelOfDetail;
    m_scene->painter().paint(drawing, m_route, m_style, m_label, m_detail, state);
}

void RelationItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    setZValue(0.5);
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void RelationItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    setZValue(0);
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void RelationItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    m_scene->activateRelation(m_key.owner, m_key.relation);
    event->accept();
}

} // namespace relata
