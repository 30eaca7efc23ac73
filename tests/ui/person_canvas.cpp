// The test person's gestures on the canvas: clicks and drags on the view's
// viewport, at points where the item is what a click hits.

#include "person.h"

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "main_window.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainterPath>
#include <QTest>
#include <QWheelEvent>

#include <optional>

namespace relata::test {
namespace {

QWidget* viewport(MainWindow& window)
{
    return window.view()->viewport();
}

// A point on the item in view coordinates where the item is what a click hits.
template <typename Accept>
std::optional<QPoint> hitPoint(DiagramView* view, const std::vector<QPointF>& candidates,
                               Accept accept)
{
    const QRect visible = view->viewport()->rect().adjusted(4, 4, -4, -4);
    for (const QPointF& scenePoint : candidates) {
        const QPoint point = view->mapFromScene(scenePoint);
        if (visible.contains(point) && accept(view->itemAt(point)))
            return point;
    }
    return std::nullopt;
}

} // namespace

bool Person::showFitted()
{
    m_window.resize(1600, 1000);
    m_window.show();
    m_window.activateWindow();
    if (!QTest::qWaitForWindowActive(&m_window))
        return false;
    if (m_window.view())
        m_window.view()->fitAll();
    QApplication::processEvents();
    return true;
}

QPoint Person::modelPoint(ModelItem* item) const
{
    DiagramView* view = m_window.view();
    const QRectF box = item->sceneBox();
    std::vector<QPointF> candidates;
    for (double fx : {0.5, 0.3, 0.7, 0.15, 0.85})
        for (double fy : {0.5, 0.3, 0.7, 0.1})
            candidates.emplace_back(box.left() + box.width() * fx, box.top() + box.height() * fy);
    const auto point = hitPoint(view, candidates, [item](QGraphicsItem* hit) {
        return hit && (hit == item || hit->topLevelItem() == item);
    });
    return point.value_or(QPoint(-1, -1));
}

bool Person::clickModel(const QString& model, Qt::KeyboardModifiers modifiers)
{
    activate();
    if (!m_window.scene())
        return false;
    ModelItem* item = m_window.scene()->modelItem(model);
    if (!item)
        return false;
    QPoint point = modelPoint(item);
    if (point.x() < 0) {
        m_window.view()->centerOn(item);
        point = modelPoint(item);
    }
    if (point.x() < 0)
        return false;
    QTest::mouseClick(viewport(m_window), Qt::LeftButton, modifiers, point);
    return true;
}

bool Person::clickRelation(const QString& owner, const QString& relation)
{
    activate();
    if (!m_window.scene())
        return false;
    RelationItem* edge = m_window.scene()->relationItem(owner, relation);
    if (!edge)
        return false;
    const auto find = [&] {
        std::vector<QPointF> candidates;
        const QPainterPath& path = edge->route().path;
        for (int i = 1; i < 40; ++i)
            candidates.push_back(path.pointAtPercent(i / 40.0));
        return hitPoint(m_window.view(), candidates,
                        [edge](QGraphicsItem* hit) { return hit == edge; });
    };
    auto point = find();
    if (!point) {
        m_window.view()->centerOn(edge->route().path.pointAtPercent(0.5));
        point = find();
    }
    // Edges side by side are too close to pick out at overview zoom: turn the
    // wheel over the edge, as a person would, until it stands apart.
    for (int notch = 0; !point && notch < 12; ++notch) {
        const QPointF middle = m_window.view()->mapFromScene(edge->route().path.pointAtPercent(0.5));
        QWheelEvent wheel(middle, viewport(m_window)->mapToGlobal(middle), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport(m_window), &wheel);
        point = find();
    }
    if (!point)
        return false;
    QTest::mouseClick(viewport(m_window), Qt::LeftButton, {}, *point);
    return true;
}

bool Person::clickEmptyCanvas()
{
    activate();
    DiagramView* view = m_window.view();
    if (!view)
        return false;
    const QRect area = view->viewport()->rect();
    for (int y = area.top() + 10; y < area.bottom(); y += 23) {
        for (int x = area.left() + 10; x < area.right(); x += 23) {
            if (!view->itemAt(QPoint(x, y))) {
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
                return true;
            }
        }
    }
    return false;
}

bool Person::dragModel(const QString& model, QPoint by)
{
    activate();
    ModelItem* item = m_window.scene() ? m_window.scene()->modelItem(model) : nullptr;
    if (!item)
        return false;
    const QPoint from = modelPoint(item);
    if (from.x() < 0)
        return false;
    QWidget* port = viewport(m_window);
    QTest::mousePress(port, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i) {
        const QPoint at = from + by * i / 4;
        QMouseEvent move(QEvent::MouseMove, at, port->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(port, &move);
    }
    QTest::mouseRelease(port, Qt::LeftButton, {}, from + by);
    return true;
}

bool Person::dragRelation(const QString& source, const QString& target)
{
    activate();
    DiagramScene* scene = m_window.scene();
    ModelItem* from = scene ? scene->modelItem(source) : nullptr;
    ModelItem* to = scene ? scene->modelItem(target) : nullptr;
    if (!from || !to)
        return false;
    DiagramView* view = m_window.view();
    QWidget* port = view->viewport();
    const QPoint start = view->mapFromScene(from->mapToScene(from->handleCenter()));
    const QPoint end = modelPoint(to);
    if (!port->rect().contains(start) || end.x() < 0)
        return false;
    QMouseEvent hover(QEvent::MouseMove, start, port->mapToGlobal(start), Qt::NoButton,
                      Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(port, &hover);
    QTest::mousePress(port, Qt::LeftButton, {}, start);
    for (int i = 1; i <= 4; ++i) {
        const QPoint at = start + (end - start) * i / 4;
        QMouseEvent move(QEvent::MouseMove, at, port->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(port, &move);
    }
    QTest::mouseRelease(port, Qt::LeftButton, {}, end);
    return true;
}

} // namespace relata::test
