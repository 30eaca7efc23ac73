#include "canvas/edge_router.h"

#include <QLineF>
#include <QPolygonF>

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

constexpr double minReach = 30;
constexpr double maxReach = 160;
constexpr double clearance = 4;
constexpr int samples = 32;

// A cubic from one box side to another, before it becomes a path.
struct Candidate {
    std::pair<Side, Side> sides;
    double stretch = 1;
    QPointF points[4];
    int crossings = 0;
};

Candidate candidate(const QRectF& from, const QRectF& to, std::pair<Side, Side> sides, double stretch, int lane,
                    int lanes)
{
    Candidate result;
    result.sides = sides;
    result.stretch = stretch;
    const QPointF start = anchor(from, sides.first, lane, lanes);
    // The target's lanes run mirrored so parallel edges do not cross.
    const QPointF end = anchor(to, sides.second, sides.first == sides.second ? lane : lanes - 1 - lane, lanes);
    const double reach = std::clamp(QLineF(start, end).length() * 0.4, minReach, maxReach) * stretch;
    result.points[0] = start;
    result.points[1] = start + normalOf(sides.first) * reach;
    result.points[2] = end + normalOf(sides.second) * reach;
    result.points[3] = end;
    return result;
}

QPointF cubicAt(const QPointF (&p)[4], double t)
{
    const double u = 1 - t;
    return u * u * u * p[0] + 3 * u * u * t * p[1] + 3 * u * t * t * p[2] + t * t * t * p[3];
}

// How many samples along the curve fall inside another box. The curve lies
// within its control points' hull, so boxes outside that are skipped.
int crossings(const Candidate& curve, const std::vector<QRectF>& boxes)
{
    // Padded: a straight curve's hull has no height, and an empty rectangle intersects nothing.
    const QRectF hull = QPolygonF({curve.points[0], curve.points[1], curve.points[2], curve.points[3]})
                            .boundingRect()
                            .adjusted(-1, -1, 1, 1);
    std::vector<QRectF> near;
    for (const QRectF& box : boxes) {
        if (box.intersects(hull))
            near.push_back(box);
    }
    if (near.empty())
        return 0;
    int count = 0;
    for (int i = 1; i < samples; ++i) {
        const QPointF point = cubicAt(curve.points, double(i) / samples);
        for (const QRectF& box : near) {
            if (box.contains(point)) {
                ++count;
                break;
            }
        }
    }
    return count;
}

bool sameBox(const QRectF& a, const QRectF& b)
{
    return QLineF(a.topLeft(), b.topLeft()).length() < 0.5 && QLineF(a.bottomRight(), b.bottomRight()).length() < 0.5;
}

EdgeRoute finish(const Candidate& curve, int lane, int lanes)
{
    EdgeRoute route;
    route.start = curve.points[0];
    route.end = curve.points[3];
    route.startNormal = normalOf(curve.sides.first);
    route.endNormal = normalOf(curve.sides.second);
    route.path.moveTo(route.start);
    route.path.cubicTo(curve.points[1], curve.points[2], route.end);
    // Parallel edges run close together: their labels are spread along them.
    const double spread = lanes > 1 ? (lane - (lanes - 1) / 2.0) * std::min(0.5 / lanes, 0.15) : 0;
    route.labelAnchor = route.path.pointAtPercent(0.5 + spread);
    return route;
}

} // namespace

EdgeRoute SideRouter::route(const QRectF& from, const QRectF& to, int lane, int lanes,
                            const Obstacles& obstacles) const
{
    const std::pair<Side, Side> facing = facingSides(from, to);
    Candidate best = candidate(from, to, facing, 1.0, lane, lanes);
    if (!obstacles)
        return finish(best, lane, lanes);
    const QRectF area = from.united(to).adjusted(-maxReach * 2, -maxReach * 2, maxReach * 2, maxReach * 2);
    std::vector<QRectF> boxes;
    for (const QRectF& box : obstacles(area)) {
        if (!sameBox(box, from) && !sameBox(box, to))
            boxes.push_back(box.adjusted(-clearance, -clearance, clearance, clearance));
    }
    best.crossings = crossings(best, boxes);
    if (best.crossings == 0)
        return finish(best, lane, lanes);
    constexpr Side sides[] = {Side::Right, Side::Left, Side::Bottom, Side::Top};
    for (Side start : sides) {
        for (Side end : sides) {
            for (double stretch : {1.0, 2.2}) {
                Candidate other = candidate(from, to, {start, end}, stretch, lane, lanes);
                other.crossings = crossings(other, boxes);
                // A detour costs a little, so the facing curve wins a tie.
                const double cost = other.crossings + (std::pair{start, end} == facing ? 0 : 0.5) + stretch * 0.1;
                const double bestCost = best.crossings + (best.sides == facing ? 0 : 0.5) + best.stretch * 0.1;
                if (cost < bestCost)
                    best = other;
                if (best.crossings == 0)
                    return finish(best, lane, lanes);
            }
        }
    }
    return finish(best, lane, lanes);
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
