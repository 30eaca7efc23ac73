// Routing: what a model's move makes stale, and routing it again in one
// flush: the sides each edge leaves by, where its ends sit along them, its
// path, and every label.

#include "canvas/diagram_scene.h"

#include "canvas/label_placer.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"

#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace relata {
namespace {

// Where `toward` lies as seen from the middle of `box`'s `side`: an angle
// growing along the side (left to right, top to bottom), so ends sorted by it
// leave the side in the order their edges fan out and do not cross.
double bearing(const QRectF& box, BoxSide side, QPointF toward)
{
    switch (side) {
    case BoxSide::Top:
        return std::atan2(toward.x() - box.center().x(), box.top() - toward.y());
    case BoxSide::Bottom:
        return std::atan2(toward.x() - box.center().x(), toward.y() - box.bottom());
    case BoxSide::Left:
        return std::atan2(toward.y() - box.center().y(), box.left() - toward.x());
    case BoxSide::Right:
        return std::atan2(toward.y() - box.center().y(), toward.x() - box.right());
    }
    return 0;
}

} // namespace

void DiagramScene::modelItemLeaving(ModelItem* item)
{
    markMoved(item->sceneBox());
}

void DiagramScene::modelItemMoved(ModelItem* item)
{
    // A stub keeps its place beside the model whose relation it ends.
    for (auto stub = m_stubPlaces.begin(); stub != m_stubPlaces.end(); ++stub) {
        if (stub->owner == item)
            stub.key()->setPos(item->pos() + stub->offset);
    }
    const auto [begin, end] = m_edgesAt.equal_range(item);
    for (auto it = begin; it != end; ++it)
        m_staleEdges.insert(it->second);
    markMoved(item->sceneBox());
}

void DiagramScene::markMoved(const QRectF& area)
{
    if (m_edges.empty())
        return;
    m_movedAreas.push_back(area);
    queueRouting();
}

void DiagramScene::queueRouting()
{
    if (m_routingQueued)
        return;
    m_routingQueued = true;
    QTimer::singleShot(0, this, &DiagramScene::flushRoutes);
}

// Besides the edges whose ends moved: an edge another model now covers goes
// round it, and one that went round a model's old place takes the shorter way again.
void DiagramScene::flushRoutes()
{
    m_routingQueued = false;
    if (m_staleEdges.empty() && m_movedAreas.empty())
        return;
    const std::vector<QRectF> areas = std::move(m_movedAreas);
    m_movedAreas.clear();
    std::unordered_set<RelationItem*> stale = std::move(m_staleEdges);
    m_staleEdges.clear();
    for (RelationItem* edge : m_edges) {
        if (std::any_of(areas.begin(), areas.end(), [&](const QRectF& area) { return edge->affectedBy(area); }))
            stale.insert(edge);
    }
    for (RelationItem* edge : stale)
        edge->updateSides();
    slotEnds(stale);
    for (RelationItem* edge : m_edges) {
        if (stale.count(edge))
            edge->updateRoute();
    }
    placeEdgeLabels();
}

// Every label again, not only the rerouted edges' ones: a label moved off a
// place frees it for another, and a model moved onto a label pushes it away.
void DiagramScene::placeEdgeLabels()
{
    const std::vector<QRectF> boxes = visibleBoxes();
    std::vector<LabelSpot> spots;
    spots.reserve(m_edges.size());
    for (const RelationItem* edge : m_edges)
        spots.push_back({&edge->route().path, edge->route().length, edge->preferredLabelCenter(), edge->labelSize()});
    const std::vector<QPointF> centers = placeLabels(spots, boxes);
    for (std::size_t i = 0; i < m_edges.size(); ++i)
        m_edges[i]->setLabelCenter(centers[i]);
}

// The ends on one side of a box are spread along it in the order their edges
// go, so they leave side by side rather than from one point, and do not cross
// on the way out. Parallel edges take the same order at both boxes. An end's
// place depends on every edge at its box: the boxes the stale edges touch are
// slotted again, and edges whose ends moved become stale too.
void DiagramScene::slotEnds(std::unordered_set<RelationItem*>& stale)
{
    std::unordered_set<const ModelItem*> boxes;
    for (const RelationItem* edge : stale) {
        for (int hop = 0; hop < edge->hopCount(); ++hop) {
            boxes.insert(edge->hop(hop).first);
            boxes.insert(edge->hop(hop).second);
        }
    }
    struct End {
        RelationItem* edge;
        int hop;
        bool atEnd;
        double along;
    };
    for (const ModelItem* box : boxes) {
        const QRectF here = box->sceneBox();
        std::array<std::vector<End>, 4> bySide;
        const auto [begin, end] = m_edgesAt.equal_range(box);
        for (auto it = begin; it != end; ++it) {
            RelationItem* edge = it->second;
            for (int hop = 0; hop < edge->hopCount(); ++hop) {
                const auto [from, to] = edge->hop(hop);
                if (from == to || (from != box && to != box))
                    continue;
                const bool atEnd = to == box;
                const QRectF there = (atEnd ? from : to)->sceneBox();
                const BoxSide side = edge->side(hop, atEnd);
                bySide[std::size_t(side)].push_back({edge, hop, atEnd, bearing(here, side, there.center())});
            }
        }
        for (std::vector<End>& ends : bySide) {
            std::sort(ends.begin(), ends.end(), [](const End& a, const End& b) {
                return std::tie(a.along, a.edge->key().ownerName, a.edge->key().relation, a.hop, a.atEnd)
                       < std::tie(b.along, b.edge->key().ownerName, b.edge->key().relation, b.hop, b.atEnd);
            });
            const int count = int(ends.size());
            for (int i = 0; i < count; ++i) {
                const End& slotted = ends[std::size_t(i)];
                if (slotted.edge->setSlot(slotted.hop, slotted.atEnd, {i, count}))
                    stale.insert(slotted.edge);
            }
        }
    }
}

} // namespace relata
