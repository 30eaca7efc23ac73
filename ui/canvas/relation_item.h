#pragma once

#include "canvas/edge_painter.h"
#include "canvas/edge_router.h"
#include "document/model_id.h"

#include <QGraphicsItem>
#include <QString>

#include <optional>
#include <string>
#include <utility>

namespace relata {

class DiagramScene;
class ModelItem;

// Identifies the relation an edge draws: the declaring model and the key.
struct EdgeKey {
    ModelId owner = ModelId::None;
    QString ownerName;
    QString relation;
};

// One relation edge: from the declaring model to its target, through the
// through model when there is one. The route is recomputed only when an end
// moves or a model moves into or out of its way (never on zoom); painting is
// the scene's EdgePainter's job.
class RelationItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    RelationItem(DiagramScene* scene, EdgeKey key, ModelItem* from, ModelItem* to, ModelItem* via,
                 EdgeStyle style, QString label, QString detail);

    int type() const override { return Type; }
    const EdgeKey& key() const { return m_key; }
    const QString& label() const { return m_label; }
    ModelItem* from() const { return m_from; }
    ModelItem* to() const { return m_to; }
    ModelItem* via() const { return m_via; }
    const EdgeStyle& style() const { return m_style; }
    const EdgeRoute& route() const { return m_route; }
    bool touches(const ModelItem* item) const;
    // The stretches the edge is routed in: source to target, or source to
    // through model and through model to target. A loop has none.
    int hopCount() const;
    std::pair<ModelItem*, ModelItem*> hop(int index) const;
    // Chooses again the box sides each hop leaves and enters by, for where
    // its boxes and the ones in its way are now.
    void updateSides();
    // The side of its box the hop's start (or end) sits on.
    BoxSide side(int hop, bool atEnd) const;
    // Where the hop's start (or end) sits on its box side; whether it moved.
    bool setSlot(int hop, bool atEnd, EndSlot slot);
    // The `index`th loop on its model, drawn outside the ones before it.
    void setLoopIndex(int index);
    void updateRoute();
    // Where the router would put the label: the middle of the route.
    QPointF preferredLabelCenter() const { return m_preferredLabel; }
    // The label's size when it shows no hover detail.
    QSizeF labelSize() const { return m_labelSize; }
    // Moves the label along or beside the route, clear of others.
    void setLabelCenter(QPointF center);
    // Whether a model box moving in or out of `area` can change the route.
    bool affectedBy(const QRectF& area) const;
    void setHighlight(bool on);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    // The edge as the screen shows it at `levelOfDetail`, and as it is exported.
    void draw(Drawing& drawing, double levelOfDetail) const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void updateShape();

    DiagramScene* m_scene;
    EdgeKey m_key;
    ModelItem* m_from;
    ModelItem* m_to;
    ModelItem* m_via;
    EdgeStyle m_style;
    QString m_label;
    QString m_detail;
    EdgeRoute m_route;
    QPointF m_preferredLabel;
    QSizeF m_labelSize;
    QRectF m_bounds;
    // Stroked when first asked for (hit tests): a drag routes many edges nobody points at.
    mutable std::optional<QPainterPath> m_shape;
    EdgeSides m_sides[2] = {{BoxSide::Bottom, BoxSide::Top}, {BoxSide::Bottom, BoxSide::Top}};
    EndSlot m_slots[2][2];
    int m_loopIndex = 0;
    bool m_hovered = false;
    bool m_highlighted = false;
};

} // namespace relata
