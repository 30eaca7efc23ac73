#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace relata {

// One place an orthogonal path may leave or reach a box: a point on its
// outline and the unit normal pointing out of the box there.
struct Port {
    QPointF point;
    QPointF normal;
};

// The cheapest path of horizontal and vertical runs from one of `starts` to
// one of `ends` that keeps out of every box in `boxes`: length plus a penalty
// per bend, so it prefers few corners. It leaves a start port and reaches an
// end port along their normals. `gap` is how far outside a box a run passes.
// Empty when boxes wall the ports in.
QPolygonF orthogonalPath(const std::vector<Port>& starts, const std::vector<Port>& ends,
                         const std::vector<QRectF>& boxes, double gap);

// Whether a run of `path` passes through the inside of `box`.
bool crossesBox(const QPolygonF& path, const QRectF& box);

} // namespace relata
