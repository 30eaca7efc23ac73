#pragma once

#include <QBrush>
#include <QFont>
#include <QPen>

class QPainter;
class QPainterPath;

namespace relata {

// The few drawing calls the diagram's items make, as QPainter names them. The
// same item code paints the screen and PNG through PainterDrawing and writes
// SVG elements through SvgDrawing, so there is one picture to keep right.
class Drawing {
public:
    virtual ~Drawing() = default;
    virtual void setPen(const QPen& pen) = 0;
    virtual void setBrush(const QBrush& brush) = 0;
    virtual void setFont(const QFont& font) = 0;
    virtual void drawPath(const QPainterPath& path) = 0;
    virtual void drawRoundedRect(const QRectF& rect, double radius) = 0;
    virtual void drawLine(QPointF from, QPointF to) = 0;
    virtual void drawPolygon(const QPointF* points, int count) = 0;
    virtual void drawEllipse(QPointF center, double radius) = 0;
    virtual void fillRect(const QRectF& rect, const QColor& color) = 0;
    // Text placed in `rect` as QPainter::drawText(rect, flags, text) places it.
    virtual void drawText(const QRectF& rect, int flags, const QString& text) = 0;
};

class PainterDrawing final : public Drawing {
public:
    explicit PainterDrawing(QPainter* painter)
        : m_painter(painter)
    {
    }
    void setPen(const QPen& pen) override;
    void setBrush(const QBrush& brush) override;
    void setFont(const QFont& font) override;
    void drawPath(const QPainterPath& path) override;
    void drawRoundedRect(const QRectF& rect, double radius) override;
    void drawLine(QPointF from, QPointF to) override;
    void drawPolygon(const QPointF* points, int count) override;
    void drawEllipse(QPointF center, double radius) override;
    void fillRect(const QRectF& rect, const QColor& color) override;
    void drawText(const QRectF& rect, int flags, const QString& text) override;

private:
    QPainter* m_painter;
};

} // namespace relata
