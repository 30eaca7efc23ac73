#pragma once

#include "document/model_id.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>
#include <QStringList>

#include <vector>

namespace relata {

class DiagramScene;
class Drawing;

struct PropertyRow {
    enum class Marker { None, Id, ForeignKey };
    QString name;
    QString type;
    Marker marker = Marker::None;
    bool addedByRelation = false; // an FK, discriminator or embed property a relation adds
    bool inherited = false;
    QString tooltip;
};

// What a node shows, built by the scene from the compiled schema.
struct ModelContent {
    QString name;
    QString base;
    std::vector<PropertyRow> rows;
    QStringList problems;
    int errors = 0;
    int warnings = 0;
    bool generated = false; // HABTM's through model: not in any file
    bool builtin = false;   // LoopBack's own model (User, AccessToken, …): not in any file
    bool missing = false;   // a model relations name that does not exist: their stub end
    bool collapsed = false;
    QColor color; // invalid: the default header colour
};

// A model node: header (name, base), property rows with id/FK markers, a
// problem badge and the handle relations are dragged from. It shows what the
// scene tells it and edits nothing itself.
class ModelItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(relata::ModelItem)

public:
    enum { Type = UserType + 1 };

    ModelItem(DiagramScene* scene, ModelId id, QString generatedName = {});

    int type() const override { return Type; }
    ModelId modelId() const { return m_id; }
    const QString& name() const { return m_content.name; }
    const ModelContent& content() const { return m_content; }
    void setContent(ModelContent content);

    // Search highlight: the whole node, and a row (-1: none).
    void setHighlight(bool on, int row = -1);
    QRectF sceneBox() const { return mapRectToScene(box()); }
    QRectF box() const { return {0, 0, m_width, m_height}; }
    QPointF handleCenter() const;
    int rowAt(const QPointF& local) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    // The model at full detail, as the screen shows it from overviewZoom up
    // and as it is exported.
    void draw(Drawing& drawing) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QColor headerColor() const;
    void layoutContent();
    bool onHandle(const QPointF& local) const;
    bool onCollapseToggle(const QPointF& local) const;
    QRectF badgeRect() const;
    void paintOverview(QPainter* painter, double lod, const QColor& header) const;
    void drawHeader(Drawing& drawing) const;
    void drawRows(Drawing& drawing) const;
    void drawMarker(Drawing& drawing, const PropertyRow& row, double y, bool highlighted) const;
    void drawBadge(Drawing& drawing) const;

    DiagramScene* m_scene;
    ModelId m_id;
    ModelContent m_content;
    double m_width = 180;
    double m_height = 44;
    double m_typeColumn = 100;
    bool m_hovered = false;
    bool m_linking = false;
    bool m_highlighted = false;
    int m_highlightRow = -1;
};

} // namespace relata
