#include "canvas/diagram_view.h"

#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"

#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPalette>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace relata {
namespace {

constexpr double minZoom = 0.02;
constexpr double maxZoom = 4.0;
constexpr double gridStep = 40;
constexpr QSize minimapSize(220, 150);

} // namespace

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_minimap(new MinimapView(this, scene, this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    connect(scene, &DiagramScene::refreshed, m_minimap, &MinimapView::refit);
    // Auto-Layout and moves that grow the diagram change the scene rect.
    connect(scene, &QGraphicsScene::sceneRectChanged, m_minimap, &MinimapView::refit);
    connect(m_minimap, &MinimapView::moved, this, &DiagramView::leaveFit);
    // Scroll bars report only what the user did to them (drag, click, wheel, keys).
    for (QScrollBar* bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, &DiagramView::leaveFit);
    placeMinimap();
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(double factor)
{
    leaveFit();
    applyZoom(factor);
}

void DiagramView::applyZoom(double factor)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    m_minimap->viewport()->update();
    emit zoomChanged(factor);
}

void DiagramView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::fit(const QRectF& rect)
{
    if (rect.isEmpty())
        return;
    fitInView(rect.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    applyZoom(std::min(zoom(), 1.5));
    centerOn(rect.center());
    placeMinimap();
}

void DiagramView::fitAll()
{
    m_followsFit = true;
    fit(m_scene->modelsBoundingRect(false));
}

void DiagramView::fitSelection()
{
    const QRectF selected = m_scene->modelsBoundingRect(true);
    m_followsFit = selected.isEmpty();
    fit(selected.isEmpty() ? m_scene->modelsBoundingRect(false) : selected);
}

void DiagramView::leaveFit()
{
    m_followsFit = false;
}

void DiagramView::showMinimap(bool show)
{
    m_minimap->setVisible(show);
}

bool DiagramView::minimapShown() const
{
    return m_minimap->isVisible();
}

bool DiagramView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            zoomBy(pinch->scaleFactor());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.15, steps));
    event->accept();
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_spacePanning) {
        m_spacePanning = true;
        setDragMode(ScrollHandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spacePanning) {
        m_spacePanning = false;
        setDragMode(RubberBandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton) {
        // ScrollHandDrag pans with the left button only: replay as one.
        m_middlePanning = true;
        setDragMode(ScrollHandDrag);
        QMouseEvent left(event->type(), event->position(), event->scenePosition(),
                         event->globalPosition(), Qt::LeftButton, Qt::LeftButton, event->modifiers());
        QGraphicsView::mousePressEvent(&left);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (dragMode() == ScrollHandDrag)
        leaveFit();
    if (event->button() == Qt::MiddleButton && m_middlePanning) {
        QMouseEvent left(event->type(), event->position(), event->scenePosition(),
                         event->globalPosition(), Qt::LeftButton, Qt::NoButton, event->modifiers());
        QGraphicsView::mouseReleaseEvent(&left);
        m_middlePanning = false;
        setDragMode(RubberBandDrag);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

// The background is cached and the minimap's brush set once: a switch between
// light and dark palettes has to reach both.
void DiagramView::changeEvent(QEvent* event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        resetCachedContent();
        m_minimap->setBackgroundBrush(QApplication::palette().color(QPalette::Window));
        if (scene())
            scene()->update();
    }
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_followsFit)
        fit(m_scene->modelsBoundingRect(false));
    placeMinimap();
}

void DiagramView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_followsFit)
        fit(m_scene->modelsBoundingRect(false));
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->viewport()->update();
    placeMinimap();
    emit viewportMoved();
}

QRect DiagramView::minimapGeometry() const
{
    return m_minimap->geometry();
}

// In the corner of the viewport where it hides the least of the models
// (the bottom right when it hides none there).
void DiagramView::placeMinimap()
{
    m_minimap->resize(minimapSize);
    const QRect area = viewport()->geometry();
    constexpr int inset = 12;
    const int left = area.left() + inset;
    const int top = area.top() + inset;
    const int right = area.right() - minimapSize.width() - inset;
    const int bottom = area.bottom() - minimapSize.height() - inset;
    const QPoint corners[] = {{right, bottom}, {left, bottom}, {right, top}, {left, top}};
    QPoint best = corners[0];
    double bestHidden = std::numeric_limits<double>::max();
    for (const QPoint& corner : corners) {
        const QRect frame(viewport()->mapFrom(this, corner), minimapSize);
        const QRectF covered = mapToScene(frame).boundingRect();
        double hidden = 0;
        for (const QGraphicsItem* item : m_scene->items(covered, Qt::IntersectsItemBoundingRect)) {
            if (item->type() == ModelItem::Type)
                hidden += (item->sceneBoundingRect() & covered).width() * (item->sceneBoundingRect() & covered).height();
        }
        if (hidden < bestHidden) {
            bestHidden = hidden;
            best = corner;
        }
    }
    m_minimap->move(best);
}

void DiagramView::drawBackground(QPainter* painter, const QRectF& rect)
{
    const QPalette palette = QApplication::palette();
    painter->fillRect(rect, palette.color(QPalette::AlternateBase));
    if (zoom() < 0.3)
        return;
    QColor dot = palette.color(QPalette::Mid);
    dot.setAlpha(110);
    painter->setPen(QPen(dot, 0));
    const double left = std::floor(rect.left() / gridStep) * gridStep;
    const double top = std::floor(rect.top() / gridStep) * gridStep;
    QVector<QPointF> points;
    for (double x = left; x < rect.right(); x += gridStep) {
        for (double y = top; y < rect.bottom(); y += gridStep)
            points << QPointF(x, y);
    }
    painter->drawPoints(points.constData(), int(points.size()));
}

MinimapView::MinimapView(DiagramView* main, QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_main(main)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::Box);
    setRenderHints(QPainter::Antialiasing);
    setToolTip(tr("Overview: click to move the view"));
    setBackgroundBrush(QApplication::palette().color(QPalette::Window));
}

void MinimapView::refit()
{
    const QRectF bounds = static_cast<DiagramScene*>(scene())->modelsBoundingRect(false);
    if (!bounds.isEmpty())
        fitInView(bounds.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
}

// The scene may be complete before the minimap has a size: fit on every resize.
void MinimapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void MinimapView::drawForeground(QPainter* painter, const QRectF&)
{
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    QColor color = QApplication::palette().color(QPalette::Highlight);
    painter->setPen(QPen(color, 0));
    color.setAlpha(40);
    painter->setBrush(color);
    painter->drawRect(visible);
}

void MinimapView::mousePressEvent(QMouseEvent* event)
{
    m_main->centerOn(mapToScene(event->position().toPoint()));
    viewport()->update();
    emit moved();
}

void MinimapView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}

void MinimapView::wheelEvent(QWheelEvent* event)
{
    event->accept();
}

} // namespace relata
