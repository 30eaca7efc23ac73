#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace relata {

// One edge label to place: on or beside its edge's path, as near the place
// the router chose (`preferred`, on the path) as it can be.
struct LabelSpot {
    const QPainterPath* path = nullptr;
    double pathLength = 0;
    QPointF preferred;
    QSizeF size;
};

// Where each label's centre goes so that no label covers a box or another
// label. Labels are placed one by one, those with the shortest paths (the
// fewest places to go) first; each takes the first free place of: the
// preferred point, points further and further from it along the path, then
// the same points with the label beside the path instead of on it. A label
// with no free place takes the place it overlaps least.
std::vector<QPointF> placeLabels(const std::vector<LabelSpot>& labels, const std::vector<QRectF>& boxes);

} // namespace relata
