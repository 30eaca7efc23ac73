#include "canvas/label_placer.h"

#include <QLineF>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace relata {
namespace {

// Kept free round every label, so labels and boxes do not touch.
constexpr double margin = 2;
// How far apart along the path the places tried are, as a fraction of its length.
constexpr double step = 0.05;
constexpr int stepsEachWay = 9;
constexpr double cellSize = 160;

// Rectangles bucketed by the grid cells they cover, for finding the few
// near a place quickly.
class RectIndex {
public:
    void insert(const QRectF& rect)
    {
        const int index = int(m_rects.size());
        m_rects.push_back(rect);
        forCells(rect, [&](qint64 cell) { m_cells[cell].push_back(index); });
    }

    // The area `rect` shares with the rectangles kept, summed; stops early
    // once it is more than `enough`.
    double overlap(const QRectF& rect, double enough) const
    {
        double total = 0;
        m_seen.clear();
        forCells(rect, [&](qint64 cell) {
            const auto found = m_cells.find(cell);
            if (found == m_cells.end() || total > enough)
                return;
            for (int index : found->second) {
                if (std::find(m_seen.begin(), m_seen.end(), index) != m_seen.end())
                    continue;
                m_seen.push_back(index);
                const QRectF common = rect.intersected(m_rects[std::size_t(index)]);
                total += common.width() * common.height();
            }
        });
        return total;
    }

private:
    template <typename Visit>
    static void forCells(const QRectF& rect, Visit visit)
    {
        const auto cell = [](double at) { return qint64(std::floor(at / cellSize)); };
        for (qint64 x = cell(rect.left()); x <= cell(rect.right()); ++x) {
            for (qint64 y = cell(rect.top()); y <= cell(rect.bottom()); ++y)
                visit((x << 32) ^ (y & 0xffffffff));
        }
    }

    std::vector<QRectF> m_rects;
    std::unordered_map<qint64, std::vector<int>> m_cells;
    mutable std::vector<int> m_seen;
};

QRectF around(QPointF center, QSizeF size)
{
    return {center.x() - size.width() / 2 - margin, center.y() - size.height() / 2 - margin,
            size.width() + 2 * margin, size.height() + 2 * margin};
}

// A point on a polyline and the direction it runs there.
struct PathPoint {
    QPointF at;
    QPointF direction;
};

class Polyline {
public:
    explicit Polyline(const QPainterPath& path)
    {
        for (const QPolygonF& piece : path.toSubpathPolygons()) {
            for (int i = 1; i < piece.size(); ++i) {
                const double length = QLineF(piece[i - 1], piece[i]).length();
                if (length <= 0)
                    continue;
                m_runs.push_back({piece[i - 1], piece[i], m_length});
                m_length += length;
            }
        }
    }

    double length() const { return m_length; }
    bool empty() const { return m_runs.empty(); }

    // The point `distance` along the path.
    PathPoint at(double distance) const
    {
        const auto run = std::upper_bound(m_runs.begin(), m_runs.end(), distance,
                                          [](double d, const Run& r) { return d < r.start; });
        const Run& on = run == m_runs.begin() ? m_runs.front() : *std::prev(run);
        const QLineF line(on.from, on.to);
        const double t = std::clamp((distance - on.start) / line.length(), 0.0, 1.0);
        return {line.pointAt(t), (on.to - on.from) / line.length()};
    }

    // How far along the path the point nearest `point` lies.
    double distanceOf(QPointF point) const
    {
        double best = std::numeric_limits<double>::max();
        double along = 0;
        for (const Run& run : m_runs) {
            const QPointF d = run.to - run.from;
            const double length2 = QPointF::dotProduct(d, d);
            const double t = std::clamp(QPointF::dotProduct(point - run.from, d) / length2, 0.0, 1.0);
            const QPointF nearest = run.from + d * t;
            const double gap = QLineF(nearest, point).length();
            if (gap < best) {
                best = gap;
                along = run.start + t * std::sqrt(length2);
            }
        }
        return along;
    }

private:
    struct Run {
        QPointF from;
        QPointF to;
        double start;
    };
    std::vector<Run> m_runs;
    double m_length = 0;
};

// The places a label may take, best first.
std::vector<QPointF> placesFor(const LabelSpot& spot)
{
    std::vector<QPointF> places{spot.preferred};
    const Polyline line(*spot.path);
    if (line.empty())
        return places;
    const double middle = line.distanceOf(spot.preferred);
    std::vector<PathPoint> points{line.at(middle)};
    for (int k = 1; k <= stepsEachWay; ++k) {
        for (int sign : {-1, 1}) {
            const double distance = middle + sign * k * step * line.length();
            if (distance > 0 && distance < line.length())
                points.push_back(line.at(distance));
        }
    }
    for (std::size_t i = 1; i < points.size(); ++i)
        places.push_back(points[i].at);
    // Beside the path: just clear of it, on either side.
    for (const PathPoint& point : points) {
        const QPointF normal(-point.direction.y(), point.direction.x());
        const double reach = std::abs(normal.x()) * spot.size.width() / 2 + std::abs(normal.y()) * spot.size.height() / 2
                             + 2 * margin;
        places.push_back(point.at + normal * reach);
        places.push_back(point.at - normal * reach);
    }
    return places;
}

} // namespace

std::vector<QPointF> placeLabels(const std::vector<LabelSpot>& labels, const std::vector<QRectF>& boxes)
{
    RectIndex taken;
    for (const QRectF& box : boxes)
        taken.insert(box);
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return labels[a].pathLength < labels[b].pathLength; });
    std::vector<QPointF> centers(labels.size());
    for (std::size_t i : order) {
        const LabelSpot& spot = labels[i];
        centers[i] = spot.preferred;
        if (spot.size.isEmpty())
            continue;
        if (taken.overlap(around(spot.preferred, spot.size), 0) > 0) {
            double least = std::numeric_limits<double>::max();
            for (const QPointF& place : placesFor(spot)) {
                const double overlap = taken.overlap(around(place, spot.size), least);
                if (overlap < least) {
                    least = overlap;
                    centers[i] = place;
                }
                if (overlap <= 0)
                    break;
            }
        }
        taken.insert(around(centers[i], spot.size).adjusted(margin, margin, -margin, -margin));
    }
    return centers;
}

} // namespace relata
