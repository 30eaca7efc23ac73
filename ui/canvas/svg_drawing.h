#pragma once

#include "canvas/drawing.h"

#include <QByteArray>

#include <deque>

namespace relata {

// Writes what is drawn on it as SVG elements, one per call, with the pen,
// brush and font as attributes of the element. A user unit is a scene unit and
// a CSS pixel, so a browser at 100 % shows the diagram as the canvas at 100 %
// does: text is laid out with the canvas's metrics, written in the pixel size
// the canvas draws it at, and names the family its font resolves to (not an
// alias such as "Sans Serif", which no viewer knows).
class SvgDrawing final : public Drawing {
public:
    // `area` is the part of the scene the picture shows, filled with `background`.
    SvgDrawing(const QRectF& area, const QColor& background, const QString& title);

    // Coordinates are relative to `origin` (an item's scene position) until endItem().
    void beginItem(QPointF origin);
    void endItem();
    // The whole document; the drawing is done.
    QByteArray finish();

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
    // What a font's texts are written and placed with.
    struct Face {
        QFont font;
        QByteArray attributes;
        double ascent = 0;
        double lineHeight = 0;
        double leading = 0;
    };

    const Face& face();
    void number(double value);
    void attribute(const char* name, double value);
    void point(QPointF at);
    void paint(const QColor& color, const char* name);
    void stroke();
    void fill();
    void shapeEnd();

    QByteArray m_out;
    QPen m_pen;
    QBrush m_brush;
    QFont m_font;
    const Face* m_face = nullptr;
    // A diagram draws in a handful of fonts: a list compared with == beats
    // hashing a QFont's description on every change of font.
    std::deque<Face> m_faces;
};

} // namespace relata
