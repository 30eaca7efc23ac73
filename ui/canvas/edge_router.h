#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <functional>
#include <utility>
#include <vector>

namespace relata {

// The side of a box an edge end sits on.
enum class BoxSide { Left, Right, Top, Bottom };

// Where an edge end sits along its box side: the `index`th of the `count`
// ends on that side, counted left to right or top to bottom. Ends are
// ordered by where their edges go, so edges leaving one side do not cross.
struct EndSlot {
    int index = 0;
    int count = 1;
    bool operator==(const EndSlot&) const = default;
};

// Where an edge runs: computed when an end moves, never while zooming.
struct EdgeRoute {
    QPainterPath path;
    QPointF start;
    QPointF end;
    QPointF startNormal; // unit vector out of the source box
    QPointF endNormal;   // unit vector out of the target box
    QPointF labelAnchor;
    double length = 0; // along the path
    // The boxes that kept it from the plain curve between the facing sides:
    // when one of them moves off, the route may take the shorter way again.
    std::vector<QRectF> blockers;
};

// The model boxes in a scene area, which an edge should keep out of.
using Obstacles = std::function<std::vector<QRectF>(const QRectF& area)>;

// The sides an edge leaves its first box and enters its second by.
using EdgeSides = std::pair<BoxSide, BoxSide>;

// Edge geometry is a strategy: the scene asks it, items keep the answer.
class EdgeRouter {
public:
    virtual ~EdgeRouter() = default;
    // The sides an edge between the two boxes leaves `from` and enters `to`
    // by, given the boxes in its way: where its ends are slotted. Chosen
    // before the ends are, so every end on a side is ordered with the others
    // that really leave there.
    virtual EdgeSides sides(const QRectF& from, const QRectF& to, const Obstacles& obstacles = {}) const = 0;
    // A route by those sides; by others only when those are walled in.
    virtual EdgeRoute route(const QRectF& from, const QRectF& to, EdgeSides sides, EndSlot atFrom, EndSlot atTo,
                            const Obstacles& obstacles = {}) const = 0;
    virtual EdgeRoute loop(const QRectF& box, int lane) const = 0;
};

// Attaches to the facing sides of the two boxes (top/bottom between layers,
// left/right within one) with a curve leaving each side straight, so an edge
// never runs back across its own boxes. When that curve would cross another
// model's box, the edge threads between the boxes in horizontal and vertical
// runs with rounded corners, still by the facing sides, as a layered drawing
// passes an edge between the boxes of the layers it spans. Only when that
// fails are other side pairs tried, then runs from any side. Only boxes that
// wall an end in leave a crossing, and then the curve crossing least is drawn.
class SideRouter : public EdgeRouter {
public:
    EdgeSides sides(const QRectF& from, const QRectF& to, const Obstacles& obstacles = {}) const override;
    EdgeRoute route(const QRectF& from, const QRectF& to, EdgeSides sides, EndSlot atFrom, EndSlot atTo,
                    const Obstacles& obstacles = {}) const override;
    EdgeRoute loop(const QRectF& box, int lane) const override;
};

// Joins two routes through an intermediate box (a through model).
EdgeRoute joinRoutes(const EdgeRoute& first, const EdgeRoute& second);

// Whether the segment from `a` to `b` passes through the inside of `box`
// (Liang-Barsky clipping; touching the outline does not count).
bool entersBox(QPointF a, QPointF b, const QRectF& box);

} // namespace relata
