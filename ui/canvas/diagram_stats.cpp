#include "canvas/diagram_stats.h"

#include "canvas/diagram_scene.h"
#include "canvas/edge_router.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

namespace relata {
namespace {

double cross(QPointF a, QPointF b)
{
    return a.x() * b.y() - a.y() * b.x();
}

QRectF segmentBounds(QPointF a, QPointF b)
{
    return QRectF(a, b).normalized();
}

// Whether two rectangles share a point, closed on every side: touching counts.
bool meet(const QRectF& a, const QRectF& b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

bool overlap(const QRectF& a, const QRectF& b)
{
    if (a.isNull() || b.isNull())
        return false;
    return std::min(a.right(), b.right()) - std::max(a.left(), b.left()) > statsTolerance
           && std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top()) > statsTolerance;
}

// A point the two segments have in common: where they cross or touch, or the
// middle of the stretch they share when they lie on one line.
std::optional<QPointF> commonPoint(QPointF p1, QPointF p2, QPointF q1, QPointF q2)
{
    if (!meet(segmentBounds(p1, p2), segmentBounds(q1, q2)))
        return std::nullopt;
    const QPointF r = p2 - p1;
    const QPointF s = q2 - q1;
    const double denominator = cross(r, s);
    const double scale = std::max(1.0, QLineF(p1, p2).length() * QLineF(q1, q2).length());
    if (std::abs(denominator) > 1e-12 * scale) {
        const double t = cross(q1 - p1, s) / denominator;
        const double u = cross(q1 - p1, r) / denominator;
        constexpr double slack = 1e-9;
        if (t < -slack || t > 1 + slack || u < -slack || u > 1 + slack)
            return std::nullopt;
        return p1 + r * t;
    }
    const double length = QLineF(p1, p2).length();
    if (length == 0) {
        const double along = QLineF(q1, q2).length();
        if (along == 0)
            return p1 == q1 ? std::optional<QPointF>(p1) : std::nullopt;
        return std::abs(cross(s, p1 - q1)) / along <= 1e-9 ? std::optional<QPointF>(p1) : std::nullopt;
    }
    // Parallel: apart unless on one line.
    if (std::abs(cross(r, q1 - p1)) / length > 1e-9)
        return std::nullopt;
    const double a = QPointF::dotProduct(q1 - p1, r) / (length * length);
    const double b = QPointF::dotProduct(q2 - p1, r) / (length * length);
    const double from = std::max(0.0, std::min(a, b));
    const double to = std::min(1.0, std::max(a, b));
    if (from > to)
        return std::nullopt;
    return p1 + r * ((from + to) / 2);
}

bool onSharedEnd(QPointF point, const EdgeGeometry& a, const EdgeGeometry& b, const DiagramGeometry& geometry)
{
    for (int end : a.ends) {
        if (std::find(b.ends.begin(), b.ends.end(), end) == b.ends.end())
            continue;
        const QRectF box = geometry.boxes[std::size_t(end)].adjusted(-statsTolerance, -statsTolerance,
                                                                       statsTolerance, statsTolerance);
        if (box.contains(point))
            return true;
    }
    return false;
}

// One edge's segments, each with its bounds, for the pairwise tests.
struct Segments {
    std::vector<std::pair<QPointF, QPointF>> runs;
    std::vector<QRectF> bounds;
    QRectF all;
};

Segments segmentsOf(const EdgeGeometry& edge)
{
    Segments result;
    for (const QPolygonF& piece : edge.pieces) {
        for (qsizetype i = 1; i < piece.size(); ++i) {
            result.runs.emplace_back(piece[i - 1], piece[i]);
            result.bounds.push_back(segmentBounds(piece[i - 1], piece[i]));
            result.all = result.all.isNull() ? result.bounds.back() : result.all.united(result.bounds.back());
        }
    }
    return result;
}

bool pathsCross(const Segments& first, const Segments& second, const EdgeGeometry& a, const EdgeGeometry& b,
           const DiagramGeometry& geometry)
{
    if (first.runs.empty() || second.runs.empty() || !meet(first.all, second.all))
        return false;
    for (std::size_t i = 0; i < first.runs.size(); ++i) {
        if (!meet(first.bounds[i], second.all))
            continue;
        for (std::size_t j = 0; j < second.runs.size(); ++j) {
            if (!meet(first.bounds[i], second.bounds[j]))
                continue;
            const auto point = commonPoint(first.runs[i].first, first.runs[i].second, second.runs[j].first,
                                           second.runs[j].second);
            if (point && !onSharedEnd(*point, a, b, geometry))
                return true;
        }
    }
    return false;
}

bool runsThroughBox(const Segments& segments, const EdgeGeometry& edge, const DiagramGeometry& geometry)
{
    for (std::size_t k = 0; k < geometry.boxes.size(); ++k) {
        if (std::find(edge.ends.begin(), edge.ends.end(), int(k)) != edge.ends.end())
            continue;
        const QRectF inside = geometry.boxes[k].adjusted(statsTolerance, statsTolerance, -statsTolerance,
                                                         -statsTolerance);
        if (inside.width() <= 0 || inside.height() <= 0 || !meet(inside, segments.all))
            continue;
        for (std::size_t i = 0; i < segments.runs.size(); ++i) {
            if (meet(inside, segments.bounds[i]) && entersBox(segments.runs[i].first, segments.runs[i].second, inside))
                return true;
        }
    }
    return false;
}

std::vector<Segments> segmentsOf(const DiagramGeometry& geometry)
{
    std::vector<Segments> segments;
    segments.reserve(geometry.edges.size());
    for (const EdgeGeometry& edge : geometry.edges)
        segments.push_back(segmentsOf(edge));
    return segments;
}

int crossingsAmong(const std::vector<Segments>& segments, const DiagramGeometry& geometry)
{
    int crossings = 0;
    for (std::size_t i = 0; i < geometry.edges.size(); ++i) {
        for (std::size_t j = i + 1; j < geometry.edges.size(); ++j) {
            if (pathsCross(segments[i], segments[j], geometry.edges[i], geometry.edges[j], geometry))
                ++crossings;
        }
    }
    return crossings;
}

} // namespace

int crossings(const DiagramGeometry& geometry)
{
    return crossingsAmong(segmentsOf(geometry), geometry);
}

DiagramStats measure(const DiagramGeometry& geometry)
{
    DiagramStats stats;
    stats.models = int(geometry.boxes.size());
    const std::vector<Segments> segments = segmentsOf(geometry);
    stats.crossings = crossingsAmong(segments, geometry);
    for (std::size_t i = 0; i < geometry.edges.size(); ++i) {
        const EdgeGeometry& edge = geometry.edges[i];
        if (segments[i].runs.empty())
            continue;
        ++stats.relations;
        for (const auto& [from, to] : segments[i].runs)
            stats.edgeLength += QLineF(from, to).length();
        if (runsThroughBox(segments[i], edge, geometry))
            ++stats.edgesThroughBoxes;
    }
    for (std::size_t i = 0; i < geometry.edges.size(); ++i) {
        const QRectF& label = geometry.edges[i].label;
        for (std::size_t j = i + 1; j < geometry.edges.size(); ++j)
            stats.labelLabelOverlaps += overlap(label, geometry.edges[j].label) ? 1 : 0;
        for (const QRectF& box : geometry.boxes)
            stats.labelBoxOverlaps += overlap(label, box) ? 1 : 0;
    }
    return stats;
}

DiagramGeometry diagramGeometry(DiagramScene& scene)
{
    scene.flushRoutes();
    std::vector<const ModelItem*> models;
    for (const QGraphicsItem* item : scene.items()) {
        if (item->type() == ModelItem::Type)
            models.push_back(static_cast<const ModelItem*>(item));
    }
    std::sort(models.begin(), models.end(),
              [](const ModelItem* a, const ModelItem* b) { return a->name() < b->name(); });
    DiagramGeometry geometry;
    std::unordered_map<const ModelItem*, int> index;
    for (const ModelItem* model : models) {
        index[model] = int(geometry.boxes.size());
        geometry.boxes.push_back(model->sceneBox());
    }
    for (const RelationItem* item : scene.relationItems()) {
        EdgeGeometry edge;
        edge.pieces = item->route().path.toSubpathPolygons();
        for (const ModelItem* end : {item->from(), item->to(), item->via()}) {
            if (end && std::find(edge.ends.begin(), edge.ends.end(), index.at(end)) == edge.ends.end())
                edge.ends.push_back(index.at(end));
        }
        edge.label = scene.painter().labelRect(item->route(), item->style(), item->label(), {});
        geometry.edges.push_back(std::move(edge));
    }
    return geometry;
}

} // namespace relata
