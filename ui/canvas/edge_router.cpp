#include "canvas/edge_router.h"

#include "canvas/orthogonal_path.h"

#include <QLineF>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace relata {
namespace {

using Side = BoxSide;

constexpr double horizontalGap = 24;
constexpr double verticalGap = 24;
// How many times wider than high a vertical run between two boxes may be.
constexpr double widestVerticalRun = 10;

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

QPointF anchor(const QRectF& box, Side side, EndSlot slot)
{
    const bool vertical = side == Side::Left || side == Side::Right;
    const double length = vertical ? box.height() : box.width();
    const double spacing = std::min(18.0, length * 0.8 / std::max(1, slot.count));
    const double offset = (slot.index - (slot.count - 1) / 2.0) * spacing;
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

// Boxes one above the other are joined top to bottom even when they are
// far apart sideways, as a layered layout expects: edges between its layers
// then run in the order it chose for them, and cross least. Only a run much
// wider than it is high goes from side to side.
std::pair<Side, Side> facingSides(const QRectF& from, const QRectF& to)
{
    const double across = std::max(to.left() - from.right(), from.left() - to.right());
    const double down = std::max(to.top() - from.bottom(), from.top() - to.bottom());
    if (down >= verticalGap && down * widestVerticalRun >= across)
        return to.top() >= from.bottom() ? std::pair{Side::Bottom, Side::Top} : std::pair{Side::Top, Side::Bottom};
    if (across >= horizontalGap)
        return to.left() >= from.right() ? std::pair{Side::Right, Side::Left} : std::pair{Side::Left, Side::Right};
    if (down >= 0)
        return to.top() >= from.bottom() ? std::pair{Side::Bottom, Side::Top} : std::pair{Side::Top, Side::Bottom};
    // Overlapping boxes: go round the right-hand side of both.
    return {Side::Right, Side::Right};
}

constexpr double minReach = 30;
constexpr double maxReach = 160;
constexpr double clearance = 4;
constexpr double pieceLength = 6;
constexpr int minPieces = 16;
constexpr int maxPieces = 160;
// How far outside a box an orthogonal detour runs, and how much further out
// each next end on the same side runs.
constexpr double detourGap = 14;
constexpr double detourLaneGap = 6;
constexpr double cornerRadius = 10;
constexpr int detourRounds = 12;
constexpr Side allSides[] = {Side::Right, Side::Left, Side::Bottom, Side::Top};

// A cubic from one box side to another, before it becomes a path.
struct Candidate {
    std::pair<Side, Side> sides;
    double stretch = 1;
    QPointF points[4];
    std::size_t crossings = 0; // boxes it runs through
};

Candidate candidate(const QRectF& from, const QRectF& to, std::pair<Side, Side> sides, double stretch,
                    EndSlot atFrom, EndSlot atTo)
{
    Candidate result;
    result.sides = sides;
    result.stretch = stretch;
    const QPointF start = anchor(from, sides.first, atFrom);
    const QPointF end = anchor(to, sides.second, atTo);
    double reach = std::clamp(QLineF(start, end).length() * 0.4, minReach, maxReach);
    // Between sides facing each other a curve reaching past the middle of
    // the gap swings back on itself, and crosses its neighbours doing so.
    const QPointF across = normalOf(sides.first);
    if (across == -normalOf(sides.second))
        reach = std::min(reach, std::max(minReach, QPointF::dotProduct(end - start, across) / 2));
    reach *= stretch;
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


// The boxes the curve runs through, up to `enough` of them. The curve is cut
// into pieces short enough to follow it within a fraction of the boxes'
// clearance. It lies within its control points' hull, so boxes outside that
// are skipped.
std::vector<QRectF> crossedBoxes(const QPointF (&points)[4], const std::vector<QRectF>& boxes, std::size_t enough)
{
    // Padded: a straight curve's hull has no height, and an empty rectangle intersects nothing.
    const QRectF hull = QPolygonF({points[0], points[1], points[2], points[3]})
                            .boundingRect()
                            .adjusted(-1, -1, 1, 1);
    std::vector<QRectF> near;
    for (const QRectF& box : boxes) {
        if (box.intersects(hull))
            near.push_back(box);
    }
    std::vector<QRectF> crossed;
    if (near.empty())
        return crossed;
    const double length = QLineF(points[0], points[1]).length()
                          + QLineF(points[1], points[2]).length()
                          + QLineF(points[2], points[3]).length();
    const int pieces = std::clamp(int(length / pieceLength), minPieces, maxPieces);
    QPointF previous = points[0];
    for (int i = 1; i <= pieces && crossed.size() < enough; ++i) {
        const QPointF point = cubicAt(points, double(i) / pieces);
        for (auto box = near.begin(); box != near.end() && crossed.size() < enough;) {
            if (entersBox(previous, point, *box)) {
                crossed.push_back(*box);
                box = near.erase(box);
            } else {
                ++box;
            }
        }
        previous = point;
    }
    return crossed;
}

std::vector<QRectF> crossedBoxes(const Candidate& curve, const std::vector<QRectF>& boxes, std::size_t enough)
{
    return crossedBoxes(curve.points, boxes, enough);
}

bool sameBox(const QRectF& a, const QRectF& b)
{
    const auto near = [](QPointF p, QPointF q) { return std::abs(p.x() - q.x()) < 0.5 && std::abs(p.y() - q.y()) < 0.5; };
    return near(a.topLeft(), b.topLeft()) && near(a.bottomRight(), b.bottomRight());
}

// Sets the route's length and its label anchor: in the piece (line or curve)
// halfway along, at the fraction of that piece's parameter that the halfway
// length is of its length (what QPainterPath::pointAtPercent(0.5) gives; on a
// curve that is the middle of its bend, not of its length). Curves are
// measured once, by chords: pointAtPercent measures the whole path twice, and
// the routes of a drag are measured on every mouse move.
void measure(EdgeRoute& route)
{
    struct Piece {
        QPointF points[4]; // a line's first and last only
        bool curve;
        double length;
    };
    constexpr int chordsPerCurve = 32;
    std::vector<Piece> pieces;
    double length = 0;
    const QPainterPath& path = route.path;
    for (int i = 1; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        Piece piece{{path.elementAt(i - 1), element, element, element}, false, 0};
        if (element.type == QPainterPath::CurveToElement && i + 2 < path.elementCount()) {
            piece.points[2] = path.elementAt(i + 1);
            piece.points[3] = path.elementAt(i + 2);
            piece.curve = true;
            QPointF previous = piece.points[0];
            for (int chord = 1; chord <= chordsPerCurve; ++chord) {
                const QPointF next = cubicAt(piece.points, double(chord) / chordsPerCurve);
                piece.length += QLineF(previous, next).length();
                previous = next;
            }
            i += 2;
        } else if (element.type == QPainterPath::LineToElement) {
            piece.length = QLineF(piece.points[0], piece.points[3]).length();
        } else {
            continue;
        }
        length += piece.length;
        pieces.push_back(piece);
    }
    route.length = length;
    double before = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const Piece& piece = pieces[i];
        if (i + 1 < pieces.size() && (before + piece.length) / length < 0.5) {
            before += piece.length;
            continue;
        }
        const double t = piece.length > 0 ? std::clamp((length / 2 - before) / piece.length, 0.0, 1.0) : 0.0;
        route.labelAnchor = piece.curve ? cubicAt(piece.points, t)
                                        : piece.points[0] + (piece.points[3] - piece.points[0]) * t;
        return;
    }
}

EdgeRoute finish(const Candidate& curve)
{
    EdgeRoute route;
    route.start = curve.points[0];
    route.end = curve.points[3];
    route.startNormal = normalOf(curve.sides.first);
    route.endNormal = normalOf(curve.sides.second);
    route.path.moveTo(route.start);
    route.path.cubicTo(curve.points[1], curve.points[2], route.end);
    measure(route);
    return route;
}

// A polyline drawn with rounded corners.
EdgeRoute finishDetour(const QPolygonF& points)
{
    EdgeRoute route;
    route.start = points.first();
    route.end = points.last();
    const auto unit = [](QPointF from, QPointF to) {
        const QLineF line(from, to);
        return line.length() > 0 ? (to - from) / line.length() : QPointF();
    };
    route.startNormal = unit(points[0], points[1]);
    route.endNormal = unit(points.last(), points[points.size() - 2]);
    route.path.moveTo(route.start);
    for (int i = 1; i + 1 < points.size(); ++i) {
        const double radius = std::min({cornerRadius, QLineF(points[i - 1], points[i]).length() / 2,
                                        QLineF(points[i], points[i + 1]).length() / 2});
        route.path.lineTo(points[i] - unit(points[i - 1], points[i]) * radius);
        route.path.quadTo(points[i], points[i] + unit(points[i], points[i + 1]) * radius);
    }
    route.path.lineTo(route.end);
    // On the longest run, so the label sits on a straight stretch, not a corner.
    int longest = 1;
    for (int i = 2; i < points.size(); ++i) {
        if (QLineF(points[i - 1], points[i]).length() > QLineF(points[longest - 1], points[longest]).length())
            longest = i;
    }
    measure(route);
    route.labelAnchor = points[longest - 1] + (points[longest] - points[longest - 1]) * 0.5;
    return route;
}

// The places an edge end may leave a box from: one on each side, or on
// `only` that side.
std::vector<Port> ports(const QRectF& box, EndSlot slot, std::optional<Side> only)
{
    std::vector<Port> result;
    for (Side side : allSides) {
        if (!only || side == *only)
            result.push_back({anchor(box, side, slot), normalOf(side)});
    }
    return result;
}

bool knownBox(const std::vector<QRectF>& boxes, const QRectF& box)
{
    return std::any_of(boxes.begin(), boxes.end(), [&](const QRectF& known) { return sameBox(known, box); });
}

// When every curve crosses a box: runs of horizontal and vertical lines round
// all of them, by `sides` when given, else from any side. `boxes` covers only
// the area near the two ends, so a detour that strays further is checked
// against the boxes there and found again.
std::optional<EdgeRoute> detour(const QRectF& from, const QRectF& to, EndSlot atFrom, EndSlot atTo,
                                const Obstacles& obstacles, std::vector<QRectF> boxes,
                                std::optional<EdgeSides> sides = std::nullopt)
{
    if (!from.intersects(to)) {
        boxes.push_back(from.adjusted(-clearance, -clearance, clearance, clearance));
        boxes.push_back(to.adjusted(-clearance, -clearance, clearance, clearance));
    }
    const std::vector<Port> starts = ports(from, atFrom, sides ? std::optional(sides->first) : std::nullopt);
    const std::vector<Port> ends = ports(to, atTo, sides ? std::optional(sides->second) : std::nullopt);
    // Detours leaving one side side by side run further out one by one.
    const double gap = detourGap + detourLaneGap * atFrom.index;
    // The search grows with the boxes it knows: it starts with those between
    // the two ends and learns of the others its path runs into.
    const QRectF span = from.united(to).adjusted(-2 * gap, -2 * gap, 2 * gap, 2 * gap);
    boxes.erase(std::remove_if(boxes.begin(), boxes.end(), [&](const QRectF& box) { return !box.intersects(span); }),
                boxes.end());
    for (int round = 0; round < detourRounds; ++round) {
        const QPolygonF path = orthogonalPath(starts, ends, boxes, gap);
        if (path.size() < 2)
            return std::nullopt;
        bool strayed = false;
        for (const QRectF& box : obstacles(path.boundingRect().adjusted(-1, -1, 1, 1))) {
            const QRectF padded = box.adjusted(-clearance, -clearance, clearance, clearance);
            if (sameBox(box, from) || sameBox(box, to) || knownBox(boxes, padded) || !crossesBox(path, padded))
                continue;
            boxes.push_back(padded);
            strayed = true;
        }
        if (!strayed)
            return finishDetour(path);
    }
    return std::nullopt;
}

// Curves between other side pairs and with a longer reach. A curve leaving a
// side turned away from the other box must swing back round its own: those
// are left to the detour.
std::vector<Candidate> otherCurves(const QRectF& from, const QRectF& to, EndSlot atFrom, EndSlot atTo)
{
    const QPointF toward = to.center() - from.center();
    const auto faces = [](Side side, QPointF direction) { return QPointF::dotProduct(normalOf(side), direction) >= 0; };
    std::vector<Candidate> curves;
    for (Side start : allSides) {
        for (Side end : allSides) {
            if (!faces(start, toward) || !faces(end, -toward))
                continue;
            for (double stretch : {1.0, 2.2})
                curves.push_back(candidate(from, to, {start, end}, stretch, atFrom, atTo));
        }
    }
    return curves;
}

// The other models' boxes near an edge's two ends, padded by the clearance
// it keeps; for curves, which can swing back across their own boxes, those
// two boxes as well.
struct Nearby {
    std::vector<QRectF> boxes;
    std::vector<QRectF> curveBoxes;
};

Nearby nearby(const QRectF& from, const QRectF& to, const Obstacles& obstacles)
{
    Nearby result;
    const QRectF area = from.united(to).adjusted(-maxReach * 2, -maxReach * 2, maxReach * 2, maxReach * 2);
    for (const QRectF& box : obstacles(area)) {
        if (!sameBox(box, from) && !sameBox(box, to))
            result.boxes.push_back(box.adjusted(-clearance, -clearance, clearance, clearance));
    }
    result.curveBoxes = result.boxes;
    if (!from.intersects(to)) {
        result.curveBoxes.push_back(from);
        result.curveBoxes.push_back(to);
    }
    return result;
}

bool clearOf(const Candidate& curve, const Nearby& near)
{
    return crossedBoxes(curve, near.curveBoxes, 1).empty();
}

// A cubic from `a` to `b` leaving and arriving vertically.
struct SCurve {
    QPointF points[4];
};

SCurve sCurve(QPointF a, QPointF b)
{
    const QPointF bend(0, (b.y() - a.y()) / 2);
    return {{a, a + bend, b - bend, b}};
}

// How far outside the boxes of a row an edge threading between them passes,
// and how much room beside a box the edges passing it spread over at most.
constexpr double threadMargin = 10;
constexpr double threadRoom = 40;

// One row of boxes an edge between layers crosses: the boxes whose heights
// overlap, as the spans they cover across.
struct Band {
    double top = 0;
    double bottom = 0;
    std::vector<std::pair<double, double>> spans;
};

// The rows of `boxes` between the heights `top` and `bottom`, top first.
std::vector<Band> bandsBetween(double top, double bottom, std::vector<QRectF> boxes)
{
    std::sort(boxes.begin(), boxes.end(), [](const QRectF& a, const QRectF& b) { return a.top() < b.top(); });
    std::vector<Band> bands;
    for (const QRectF& box : boxes) {
        if (box.bottom() <= top || box.top() >= bottom)
            continue;
        if (bands.empty() || box.top() >= bands.back().bottom)
            bands.push_back({std::max(top, box.top()), box.bottom(), {}});
        bands.back().bottom = std::min(bottom, std::max(bands.back().bottom, box.bottom()));
        bands.back().spans.emplace_back(box.left(), box.right());
    }
    return bands;
}

// Where an edge aiming at `x` crosses the band: beside the boxes in its way.
// Next to each box, the edges aiming into its half and those passing close
// by share the room beside it, spread in the order of their aims, so edges
// threading one gap keep apart and do not cross there.
double passAt(const Band& band, double x)
{
    std::vector<std::pair<double, double>> blocked = band.spans;
    std::sort(blocked.begin(), blocked.end());
    std::vector<std::pair<double, double>> merged;
    for (auto [left, right] : blocked) {
        left -= threadMargin;
        right += threadMargin;
        if (!merged.empty() && left <= merged.back().second)
            merged.back().second = std::max(merged.back().second, right);
        else
            merged.emplace_back(left, right);
    }
    for (std::size_t k = 0; k < merged.size(); ++k) {
        const auto [left, right] = merged[k];
        const double middle = (left + right) / 2;
        const double roomLeft = k == 0 ? threadRoom : std::min(threadRoom, (left - merged[k - 1].second) / 2);
        const double roomRight =
            k + 1 == merged.size() ? threadRoom : std::min(threadRoom, (merged[k + 1].first - right) / 2);
        if (x > left - roomLeft && x < middle)
            return left - roomLeft + (x - left + roomLeft) * roomLeft / (middle - left + roomLeft);
        if (x >= middle && x < right + roomRight)
            return right + roomRight - (right + roomRight - x) * roomRight / (right + roomRight - middle);
    }
    return x;
}

// Between layers: straight down (or up) through the rows of boxes in the
// way, at the place nearest the line between the ends, and in S-curves from
// one row to the next, as a layered drawing passes an edge between the boxes
// of the layers it spans. The ends and the places it passes each row at; none
// when the edge does not run between layers or a curve would cross a box.
QPolygonF threadPoints(const QRectF& from, const QRectF& to, EdgeSides sides, EndSlot atFrom, EndSlot atTo,
                       const Nearby& near)
{
    const bool down = sides == EdgeSides{Side::Bottom, Side::Top};
    if (!down && sides != EdgeSides{Side::Top, Side::Bottom})
        return {};
    const QPointF start = anchor(from, sides.first, atFrom);
    const QPointF end = anchor(to, sides.second, atTo);
    std::vector<Band> bands = bandsBetween(std::min(start.y(), end.y()), std::max(start.y(), end.y()), near.boxes);
    if (bands.empty())
        return {};
    if (!down)
        std::reverse(bands.begin(), bands.end());
    QPolygonF points{start};
    for (const Band& band : bands) {
        const double middle = (band.top + band.bottom) / 2;
        const double x = passAt(band, start.x() + (end.x() - start.x()) * (middle - start.y()) / (end.y() - start.y()));
        points.append({x, down ? band.top : band.bottom});
        points.append({x, down ? band.bottom : band.top});
    }
    points.append(end);
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        if (!crossedBoxes(sCurve(points[i], points[i + 1]).points, near.curveBoxes, 1).empty())
            return {};
    }
    return points;
}

EdgeRoute finishThreaded(const QPolygonF& points, EdgeSides sides)
{
    EdgeRoute route;
    route.start = points.first();
    route.end = points.last();
    route.startNormal = normalOf(sides.first);
    route.endNormal = normalOf(sides.second);
    route.path.moveTo(route.start);
    // Odd pieces run through a row, straight.
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        if (i % 2 == 1) {
            route.path.lineTo(points[i + 1]);
        } else {
            const SCurve curve = sCurve(points[i], points[i + 1]);
            route.path.cubicTo(curve.points[1], curve.points[2], curve.points[3]);
        }
    }
    measure(route);
    return route;
}

} // namespace

EdgeSides SideRouter::sides(const QRectF& from, const QRectF& to, const Obstacles& obstacles) const
{
    const EdgeSides facing = facingSides(from, to);
    if (!obstacles)
        return facing;
    const Nearby near = nearby(from, to, obstacles);
    if (clearOf(candidate(from, to, facing, 1.0, {}, {}), near) || !threadPoints(from, to, facing, {}, {}, near).isEmpty())
        return facing;
    for (const Candidate& curve : otherCurves(from, to, {}, {})) {
        if (clearOf(curve, near))
            return curve.sides;
    }
    // Walled in: its ends are slotted on the facing sides. Finding its detour
    // here as well would run the costliest search twice on every drag step
    // (1,000 models: 46 ms a step, 62 ms with it).
    return facing;
}

EdgeRoute SideRouter::route(const QRectF& from, const QRectF& to, EdgeSides sides, EndSlot atFrom, EndSlot atTo,
                            const Obstacles& obstacles) const
{
    const EdgeSides facing = facingSides(from, to);
    const Candidate plain = candidate(from, to, facing, 1.0, atFrom, atTo);
    if (!obstacles)
        return finish(candidate(from, to, sides, 1.0, atFrom, atTo));
    const Nearby near = nearby(from, to, obstacles);
    std::vector<QRectF> blockers = crossedBoxes(plain, near.curveBoxes, near.curveBoxes.size());
    if (sides == facing && blockers.empty())
        return finish(plain);
    EdgeRoute route;
    const Candidate own[] = {candidate(from, to, sides, 1.0, atFrom, atTo),
                             candidate(from, to, sides, 2.2, atFrom, atTo)};
    std::vector<Candidate> curves = otherCurves(from, to, atFrom, atTo);
    const auto clear = [&](const Candidate& curve) { return clearOf(curve, near); };
    if (const QPolygonF through = threadPoints(from, to, sides, atFrom, atTo, near); !through.isEmpty()) {
        route = finishThreaded(through, sides);
    } else if (const auto* mine = std::find_if(std::begin(own), std::end(own), clear); mine != std::end(own)) {
        route = finish(*mine);
    } else if (auto threaded = detour(from, to, atFrom, atTo, obstacles, near.boxes, sides)) {
        route = std::move(*threaded);
    } else if (const auto other = std::find_if(curves.begin(), curves.end(), clear); other != curves.end()) {
        route = finish(*other);
    } else if (auto around = detour(from, to, atFrom, atTo, obstacles, near.boxes)) {
        route = std::move(*around);
    } else {
        // Walled in: the curve crossing fewest boxes; leaving the facing sides
        // or reaching further costs a little, so the plain curve wins a tie.
        curves.insert(curves.begin(), plain);
        const auto cost = [&](const Candidate& curve) {
            return double(curve.crossings) + (curve.sides == facing ? 0 : 0.5) + curve.stretch * 0.1;
        };
        for (Candidate& curve : curves)
            curve.crossings = crossedBoxes(curve, near.curveBoxes, near.curveBoxes.size()).size();
        route = finish(*std::min_element(curves.begin(), curves.end(),
                                         [&](const Candidate& a, const Candidate& b) { return cost(a) < cost(b); }));
    }
    route.blockers = std::move(blockers);
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
    measure(route);
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
    route.length = first.length + second.length;
    route.blockers = first.blockers;
    route.blockers.insert(route.blockers.end(), second.blockers.begin(), second.blockers.end());
    return route;
}

bool entersBox(QPointF a, QPointF b, const QRectF& box)
{
    // Wholly on one side of the box: the clipping below would say no as well,
    // after four divisions. Most segments tested are far from most boxes.
    if (std::max(a.x(), b.x()) <= box.left() || std::min(a.x(), b.x()) >= box.right()
        || std::max(a.y(), b.y()) <= box.top() || std::min(a.y(), b.y()) >= box.bottom())
        return false;
    const QPointF d = b - a;
    const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
    const double q[4] = {a.x() - box.left(), box.right() - a.x(), a.y() - box.top(), box.bottom() - a.y()};
    double enter = 0;
    double leave = 1;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] <= 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter >= leave)
            return false;
    }
    return true;
}

} // namespace relata
