#include "canvas/drawing.h"

#include <QPainter>
#include <QPainterPath>

namespace relata {

void PainterDrawing::setPen(const QPen& pen)
{
    m_painter->setPen(pen);
}

void PainterDrawing::setBrush(const QBrush& brush)
{
    m_painter->setBrush(brush);
}

void PainterDrawing::setFont(const QFont& font)
{
    m_painter->setFont(font);
}

void PainterDrawing::drawPath(const QPainterPath& path)
{
    m_painter->drawPath(path);
}

void PainterDrawing::drawRoundedRect(const QRectF& rect, double radius)
{
    m_painter->drawRoundedRect(rect, radius, radius);
}

void PainterDrawing::drawLine(QPointF from, QPointF to)
{
    m_painter->drawLine(from, to);
}

void PainterDrawing::drawPolygon(const QPointF* points, int count)
{
    m_painter->drawPolygon(points, count);
}

void PainterDrawing::drawEllipse(QPointF center, double radius)
{
    m_painter->drawEllipse(center, radius, radius);
}

void PainterDrawing::fillRect(const QRectF& rect, const QColor& color)
{
    m_painter->fillRect(rect, color);
}

void PainterDrawing::drawText(const QRectF& rect, int flags, const QString& text)
{
    m_painter->drawText(rect, flags, text);
}

} // namespace relata
