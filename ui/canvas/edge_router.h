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
    // The boxes that kept it from the plain curve between the facing sides:
    // when one of them moves off, the route may take the shorter way again.
    std::vector<QRectF> blockers;
};

// The model boxes in a scene area, which an edge should keep out of.
using Obstacles = std::function<std::vector<QRectF>(const QRectF& area)>;

// Edge geometry is a strategy: the scene asks it, items keep the answer.
class EdgeRouter {
public:
    virtual ~EdgeRouter() = default;
    // The sides an edge between the two boxes leaves `from` and enters `to`
    // by, unless boxes in the way send it round: where its ends are slotted.
    virtual std::pair<BoxSide, BoxSide> sides(const QRectF& from, const QRectF& to) const = 0;
    virtual EdgeRoute route(const QRectF& from, const QRectF& to, EndSlot atFrom, EndSlot atTo,
                            const Obstacles& obstacles = {}) const = 0;
    virtual EdgeRoute loop(const QRectF& box, int lane) const = 0;
};

// Attaches to the facing sides of the two boxes (left/right when they are
// apart horizontally, else top/bottom) with a curve leaving each side straight,
// so an edge never runs back across its own boxes. When that curve would cross
// another model's box, the other side pairs and reaches are tried; when each of
// those crosses one too, the edge goes round every box in horizontal and
// vertical runs with rounded corners. Only boxes that wall an end in leave
// a crossing, and then the curve crossing least is drawn.
class SideRouter : public EdgeRouter {
public:
    std::pair<BoxSide, BoxSide> sides(const QRectF& from, const QRectF& to) const override;
    EdgeRoute route(const QRectF& from, const QRectF& to, EndSlot atFrom, EndSlot atTo,
                    const Obstacles& obstacles = {}) const override;
    EdgeRoute loop(const QRectF& box, int lane) const override;
};

// Joins two routes through an intermediate box (a through model).
EdgeRoute joinRoutes(const EdgeRoute& first, const EdgeRoute& second);

// Whether the segment from `a` to `b` passes through the inside of `box`
// (Liang-Barsky clipping; touching the outline does not count).
bool entersBox(QPointF a, QPointF b, const QRectF& box);

} // namespace relata
