#include "canvas/edge_router.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace relata {
namespace {

enum class Side { Left, Right, Top, Bottom };

constexpr double horizontalGap = 24;

QPointF normalOf(Side side)
{
    switch (side) {
    case Side::Left:
        return {-1, 0};
    case Side::Right:
        return {1, 0};
    case Side::Top:
        return {0, -1};
    case Side::Bottom:
        return {0, 1};
    }
    return {1, 0};
}

QPointF anchor(const QRectF& box, Side side, int lane, int lanes)
{
    const bool vertical = side == Side::Left || side == Side::Right;
    const double length = vertical ? box.height() : box.width();
    const double spacing = std::min(18.0, length * 0.7 / std::max(1, lanes));
    const double offset = (lane - (lanes - 1) / 2.0) * spacing;
    switch (side) {
    case Side::Left:
        return {box.left(), box.center().y() + offset};
    case Side::Right:
        return {box.right(), box.center().y() + offset};
    case Side::Top:
        return {box.center().x() + offset, box.top()};
    case Side::Bottom:
        return {box.center().x() + offset, box.bottom()};
    }
    return box.center();
}

std::pair<Side, Side> facingSides(const QRectF& from, const QRectF& to)
{
    if (to.left() >= from.right() + horizontalGap)
        return {Side::Right, Side::Left};
    if (from.left() >= to.right() + horizontalGap)
        return {Side::Left, Side::Right};
    if (to.top() >= from.bottom())
        return {Side::Bottom, Side::Top};
    if (from.top() >= to.bottom())
        return {Side::Top, Side::Bottom};
    // Overlapping boxes: go round the right-hand side of both.
    return {Side::Right, Side::Right};
}

} // namespace

EdgeRoute SideRouter::route(const QRectF& from, const QRectF& to, int lane, int lanes) const
{
    const auto [fromSide, toSide] = facingSides(from, to);
    EdgeRoute route;
    route.start = anchor(from, fromSide, lane, lanes);
    // The target's lanes run mirrored so parallel edges do not cross.
    route.end = anchor(to, toSide, fromSide == toSide ? lane : lanes - 1 - lane, lanes);
    route.startNormal = normalOf(fromSide);
    route.endNormal = normalOf(toSide);
    const double distance = QLineF(route.start, route.end).length();
    const double reach = std::clamp(distance * 0.4, 30.0, 160.0);
    route.path.moveTo(route.start);
    route.path.cubicTo(route.start + route.startNormal * reach, route.end + route.endNormal * reach,
                       route.end);
    // Parallel edges run close together: their labels are spread along them.
    const double spread = lanes > 1 ? (lane - (lanes - 1) / 2.0) * std::min(0.5 / lanes, 0.15) : 0;
    route.labelAnchor = route.path.pointAtPercent(0.5 + spread);
    return route;
}

EdgeRoute SideRouter::loop(const QRectF& box, int lane) const
{
    EdgeRoute route;
    const double step = 12.0 * lane;
    route.start = {box.right(), box.top() + std::min(box.height() / 2, 22.0 + step)};
    route.end = {box.right() - std::min(box.width() / 2, 28.0 + step), box.top()};
    route.startNormal = {1, 0};
    route.endNormal = {0, -1};
    const double reach = 56 + 2 * step;
    route.path.moveTo(route.start);
    route.path.cubicTo(route.start + route.startNormal * reach, route.end + route.endNormal * reach,
                       route.end);
    route.labelAnchor = route.path.pointAtPercent(0.5);
    return route;
}

EdgeRoute joinRoutes(const EdgeRoute& first, const EdgeRoute& second)
{
    EdgeRoute route;
    route.start = first.start;
    route.startNormal = first.startNormal;
    route.end = second.end;
    route.endNormal = second.endNormal;
    route.path = first.path;
    route.path.addPath(second.path);
    route.labelAnchor = first.labelAnchor;
    return route;
}

} // namespace relata
