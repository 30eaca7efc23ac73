#include "canvas/edge_painter.h"

#include "canvas/drawing.h"
#include "canvas/edge_router.h"
#include "canvas/text_widths.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPalette>

namespace relata {
namespace {

constexpr double glyphLength = 14;
constexpr double glyphHalfWidth = 7;
// Below this zoom labels and end glyphs are too small to read.
constexpr double detailLevel = 0.45;
// Between a relation's name and its kind on the label.
constexpr double kindGap = 6;

QFont labelFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QPointF perpendicular(QPointF normal)
{
    return {-normal.y(), normal.x()};
}

void drawGlyph(Drawing& drawing, QPointF at, QPointF normal, EndGlyph glyph, const QColor& color)
{
    const QPointF side = perpendicular(normal);
    switch (glyph) {
    case EndGlyph::None:
        return;
    case EndGlyph::One: {
        const QPointF bar = at + normal * (glyphLength * 0.6);
        drawing.drawLine(bar + side * glyphHalfWidth, bar - side * glyphHalfWidth);
        return;
    }
    case EndGlyph::Many: {
        const QPointF root = at + normal * glyphLength;
        drawing.drawLine(root, at + side * glyphHalfWidth);
        drawing.drawLine(root, at);
        drawing.drawLine(root, at - side * glyphHalfWidth);
        return;
    }
    case EndGlyph::Diamond: {
        const QPointF middle = at + normal * (glyphLength * 0.6);
        const QPointF points[] = {at, middle + side * (glyphHalfWidth * 0.8),
                                  at + normal * (glyphLength * 1.2),
                                  middle - side * (glyphHalfWidth * 0.8)};
        drawing.setBrush(color);
        drawing.drawPolygon(points, 4);
        drawing.setBrush(Qt::NoBrush);
        return;
    }
    }
}

} // namespace

QRectF CrowsFootPainter::labelRect(const EdgeRoute& route, const EdgeStyle& style, const QString& label,
                                   const QString& detail) const
{
    const QFont font = labelFont();
    const QFontMetricsF metrics(font);
    const double top = textAdvance(font, label)
                       + (style.kind.isEmpty() ? 0.0 : kindGap + textAdvance(font, style.kind));
    const double width = std::max(top, detail.isEmpty() ? 0.0 : textAdvance(font, detail)) + 10;
    const double height = metrics.height() * (detail.isEmpty() ? 1 : 2) + 4;
    return {route.labelAnchor.x() - width / 2, route.labelAnchor.y() - height / 2, width, height};
}

void CrowsFootPainter::paint(Drawing& drawing, const EdgeRoute& route, const EdgeStyle& style,
                             const QString& label, const QString& detail,
                             const EdgeState& state) const
{
    const QPalette palette = QApplication::palette();
    QColor color = style.color;
    if (state.selected)
        color = palette.color(QPalette::Highlight);
    QPen pen(color, state.selected || state.hovered ? 2.2 : 1.4);
    pen.setCosmetic(state.levelOfDetail < detailLevel);
    if (style.dashed)
        pen.setStyle(Qt::DashLine);
    else if (style.dotted)
        pen.setStyle(Qt::DashDotLine);
    drawing.setPen(pen);
    drawing.setBrush(Qt::NoBrush);
    drawing.drawPath(route.path);
    if (state.levelOfDetail < detailLevel)
        return;

    pen.setStyle(Qt::SolidLine);
    drawing.setPen(pen);
    drawGlyph(drawing, route.start, route.startNormal, style.atSource, color);
    drawGlyph(drawing, route.end, route.endNormal, style.atTarget, color);

    const QString shownDetail = state.hovered || state.selected ? detail : QString();
    const QRectF box = labelRect(route, style, label, shownDetail);
    QColor fill = palette.color(QPalette::Base);
    fill.setAlpha(235);
    drawing.setPen(QPen(state.highlighted ? QColor(0xe0, 0xa0, 0x00) : color.lighter(130),
                        state.highlighted ? 2 : 0.8));
    drawing.setBrush(fill);
    drawing.drawRoundedRect(box, 4);
    const QFont font = labelFont();
    drawing.setFont(font);
    const double nameWidth = textAdvance(font, label);
    const double lineWidth =
        nameWidth + (style.kind.isEmpty() ? 0.0 : kindGap + textAdvance(font, style.kind));
    const QRectF top(box.center().x() - lineWidth / 2, box.top() + 2, lineWidth,
                     shownDetail.isEmpty() ? box.height() - 4 : box.height() / 2 - 2);
    drawing.setPen(palette.color(QPalette::Text));
    drawing.drawText(top, Qt::AlignVCenter | Qt::AlignLeft, label);
    if (!style.kind.isEmpty()) {
        drawing.setPen(color.darker(115));
        drawing.drawText(top.adjusted(nameWidth + kindGap, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, style.kind);
    }
    if (!shownDetail.isEmpty()) {
        const QRectF bottom(box.left(), box.center().y(), box.width(), box.height() / 2 - 2);
        drawing.setPen(palette.color(QPalette::PlaceholderText));
        drawing.drawText(bottom, Qt::AlignCenter, shownDetail);
    }
}

} // namespace relata
