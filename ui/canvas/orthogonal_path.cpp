#include "canvas/orthogonal_path.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace relata {
namespace {

// A bend costs as much as this much extra length.
constexpr double bendCost = 60;
constexpr double unreachable = std::numeric_limits<double>::infinity();

enum Direction { Right, Left, Down, Up };
constexpr int directions = 4;
constexpr int stepX[directions] = {1, -1, 0, 0};
constexpr int stepY[directions] = {0, 0, 1, -1};

Direction directionOf(QPointF normal)
{
    if (std::abs(normal.x()) >= std::abs(normal.y()))
        return normal.x() >= 0 ? Right : Left;
    return normal.y() >= 0 ? Down : Up;
}

Direction opposite(int direction)
{
    constexpr Direction reverse[directions] = {Left, Right, Up, Down};
    return reverse[direction];
}

double runLength(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) + std::abs(a.y() - b.y());
}

void sortUnique(std::vector<double>& axis)
{
    std::sort(axis.begin(), axis.end());
    axis.erase(std::unique(axis.begin(), axis.end(), [](double a, double b) { return b - a < 1e-6; }),
               axis.end());
}

// The lines runs may follow: a gap outside every box side, through every
// port's stub, and a frame round everything, so a way round always exists
// unless boxes overlap into a wall.
class Grid {
public:
    Grid(const std::vector<Port>& ports, const std::vector<QRectF>& boxes, double gap)
    {
        QRectF frame;
        const auto addPoint = [&](QPointF point) {
            m_xs.push_back(point.x());
            m_ys.push_back(point.y());
            frame = frame.isNull() ? QRectF(point, point) : frame.united(QRectF(point, point));
        };
        for (const Port& port : ports)
            addPoint(port.point + port.normal * gap);
        for (const QRectF& box : boxes) {
            addPoint(box.topLeft() - QPointF(gap, gap));
            addPoint(box.bottomRight() + QPointF(gap, gap));
        }
        frame.adjust(-gap, -gap, gap, gap);
        addPoint(frame.topLeft());
        addPoint(frame.bottomRight());
        sortUnique(m_xs);
        sortUnique(m_ys);
        m_nx = int(m_xs.size());
        m_horizontalBlocked.assign(m_xs.size() * m_ys.size(), false);
        m_verticalBlocked.assign(m_xs.size() * m_ys.size(), false);
        for (const QRectF& box : boxes)
            block(box);
    }

    int nodes() const { return int(m_xs.size() * m_ys.size()); }
    int node(QPointF point) const { return row(point.y()) * m_nx + column(point.x()); }
    QPointF point(int node) const { return {m_xs[node % m_nx], m_ys[node / m_nx]}; }

    // The neighbour of `node` one line over in `direction`, -1 when the run
    // there leaves the grid or enters a box.
    int neighbour(int node, int direction) const
    {
        const int x = node % m_nx + stepX[direction];
        const int y = node / m_nx + stepY[direction];
        if (x < 0 || y < 0 || x >= m_nx || y >= int(m_ys.size()))
            return -1;
        const int next = y * m_nx + x;
        const bool blocked = stepX[direction] != 0 ? m_horizontalBlocked[std::min(node, next)]
                                                   : m_verticalBlocked[std::min(node, next)];
        return blocked ? -1 : next;
    }

private:
    int column(double x) const { return int(std::lower_bound(m_xs.begin(), m_xs.end(), x - 1e-6) - m_xs.begin()); }
    int row(double y) const { return int(std::lower_bound(m_ys.begin(), m_ys.end(), y - 1e-6) - m_ys.begin()); }

    // Marks the runs between neighbouring lines that pass through the inside of `box`.
    void block(const QRectF& box)
    {
        const auto firstAbove = [](const std::vector<double>& axis, double value) {
            return int(std::upper_bound(axis.begin(), axis.end(), value) - axis.begin());
        };
        const auto firstAtLeast = [](const std::vector<double>& axis, double value) {
            return int(std::lower_bound(axis.begin(), axis.end(), value) - axis.begin());
        };
        const int ny = int(m_ys.size());
        // Lines strictly inside the box, and the runs between lines that overlap it.
        const int x0 = firstAbove(m_xs, box.left()), x1 = firstAtLeast(m_xs, box.right());
        const int y0 = firstAbove(m_ys, box.top()), y1 = firstAtLeast(m_ys, box.bottom());
        const int runX0 = std::max(0, x0 - 1), runY0 = std::max(0, y0 - 1);
        for (int y = y0; y < y1; ++y) {
            for (int x = runX0; x < std::min(x1, m_nx - 1); ++x)
                m_horizontalBlocked[y * m_nx + x] = true;
        }
        for (int x = x0; x < x1; ++x) {
            for (int y = runY0; y < std::min(y1, ny - 1); ++y)
                m_verticalBlocked[y * m_nx + x] = true;
        }
    }

    std::vector<double> m_xs;
    std::vector<double> m_ys;
    int m_nx = 0;
    // Indexed by the run's left (or upper) node.
    std::vector<bool> m_horizontalBlocked;
    std::vector<bool> m_verticalBlocked;
};

// Drops points where a path goes straight on.
QPolygonF withoutStraightPoints(const QPolygonF& points)
{
    QPolygonF result;
    for (const QPointF& point : points) {
        if (!result.isEmpty() && QLineF(result.last(), point).length() < 1e-6)
            continue;
        if (result.size() >= 2) {
            const QPointF a = result[result.size() - 2];
            const QPointF b = result.last();
            const bool straight = (std::abs(a.x() - b.x()) < 1e-6 && std::abs(b.x() - point.x()) < 1e-6)
                                  || (std::abs(a.y() - b.y()) < 1e-6 && std::abs(b.y() - point.y()) < 1e-6);
            if (straight)
                result.removeLast();
        }
        result.append(point);
    }
    return result;
}

// An end port as the search meets it: the line crossing its stub reaches,
// and the direction the last run takes into it.
struct Arrival {
    const Port* port;
    int node;
    Direction direction;
};

// Found so far: the cheapest cost of every (line crossing, direction) state,
// the state it was reached from, and the cheapest arrival at an end port.
struct Search {
    std::vector<double> cost;
    std::vector<int> previous;
    double bestCost = unreachable;
    int bestState = -1;
    const Port* bestEnd = nullptr;

    explicit Search(int states)
        : cost(size_t(states), unreachable)
        , previous(size_t(states), -1)
    {
    }

    void arriveAt(const std::vector<Arrival>& arrivals, double gap, int state)
    {
        const int node = state / directions;
        const int direction = state % directions;
        for (const Arrival& arrival : arrivals) {
            // The last run goes into the end port against its normal.
            if (arrival.node != node || direction == opposite(arrival.direction))
                continue;
            const double total = cost[state] + gap + (direction == arrival.direction ? 0 : bendCost);
            if (total < bestCost) {
                bestCost = total;
                bestState = state;
                bestEnd = arrival.port;
            }
        }
    }

    QPolygonF path(const Grid& grid, double gap) const
    {
        QPolygonF reversed{bestEnd->point};
        int first = bestState;
        for (int state = bestState; state >= 0; state = previous[state]) {
            reversed.append(grid.point(state / directions));
            first = state;
        }
        // The first state left its start port along the port's normal.
        const int leaving = first % directions;
        reversed.append(reversed.last() - QPointF(stepX[leaving], stepY[leaving]) * gap);
        std::reverse(reversed.begin(), reversed.end());
        return withoutStraightPoints(reversed);
    }
};

} // namespace

QPolygonF orthogonalPath(const std::vector<Port>& starts, const std::vector<Port>& ends,
                         const std::vector<QRectF>& boxes, double gap)
{
    std::vector<Port> ports = starts;
    ports.insert(ports.end(), ends.begin(), ends.end());
    const Grid grid(ports, boxes, gap);
    Search search(grid.nodes() * directions);
    // A*: no path from a point costs less than its run-length distance to the nearest end.
    std::vector<QPointF> targets;
    for (const Port& end : ends)
        targets.push_back(end.point);
    const auto estimate = [&](QPointF point) {
        double nearest = unreachable;
        for (const QPointF& target : targets)
            nearest = std::min(nearest, runLength(point, target));
        return nearest;
    };
    std::vector<Arrival> arrivals;
    for (const Port& end : ends)
        arrivals.push_back({&end, grid.node(end.point + end.normal * gap), opposite(directionOf(end.normal))});
    // (cost so far + estimate, state), cheapest first, ties by state.
    using Entry = std::pair<double, int>;
    const auto later = [](const Entry& a, const Entry& b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    };
    std::priority_queue<Entry, std::vector<Entry>, decltype(later)> open(later);
    for (const Port& start : starts) {
        const QPointF stub = start.point + start.normal * gap;
        const int state = grid.node(stub) * directions + directionOf(start.normal);
        if (gap < search.cost[state]) {
            search.cost[state] = gap;
            open.emplace(gap + estimate(stub), state);
        }
    }
    while (!open.empty()) {
        const auto [bound, state] = open.top();
        open.pop();
        if (bound >= search.bestCost)
            break;
        const double cost = search.cost[state];
        const int node = state / directions;
        const int direction = state % directions;
        const QPointF here = grid.point(node);
        if (bound > cost + estimate(here) + 1e-9)
            continue;
        search.arriveAt(arrivals, gap, state);
        for (int turn = 0; turn < directions; ++turn) {
            // Never straight back along the run just taken.
            const int next = turn == opposite(direction) ? -1 : grid.neighbour(node, turn);
            if (next < 0)
                continue;
            const QPointF nextPoint = grid.point(next);
            const double nextCost = cost + runLength(here, nextPoint) + (turn == direction ? 0 : bendCost);
            const int nextState = next * directions + turn;
            if (nextCost < search.cost[nextState]) {
                search.cost[nextState] = nextCost;
                search.previous[nextState] = state;
                open.emplace(nextCost + estimate(nextPoint), nextState);
            }
        }
    }
    return search.bestEnd ? search.path(grid, gap) : QPolygonF();
}

bool crossesBox(const QPolygonF& path, const QRectF& box)
{
    for (int i = 1; i < path.size(); ++i) {
        const QPointF a = path[i - 1];
        const QPointF b = path[i];
        if (std::min(a.x(), b.x()) < box.right() && std::max(a.x(), b.x()) > box.left()
            && std::min(a.y(), b.y()) < box.bottom() && std::max(a.y(), b.y()) > box.top())
            return true;
    }
    return false;
}

} // namespace relata
