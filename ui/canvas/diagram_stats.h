#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace relata {

class DiagramScene;

// One edge as drawn: its path flattened into polylines (one, or two when it
// runs through a through model), the boxes it joins as indices into
// DiagramGeometry::boxes (source, target, then the through model if any; one
// for a loop), and its label's rectangle (null when it has none).
struct EdgeGeometry {
    QList<QPolygonF> pieces;
    std::vector<int> ends;
    QRectF label;
};

// A diagram as plain geometry, in scene units, so drawings made by anyone
// (Relata's canvas, Graphviz) are measured alike.
struct DiagramGeometry {
    std::vector<QRectF> boxes;
    std::vector<EdgeGeometry> edges;
};

// How readable a drawing is. Two rectangles "overlap" when they share an
// area more than statsTolerance wide and high, and a path "runs through" a
// box when it enters the box shrunk by statsTolerance on every side: shapes
// that only touch, and paths along an outline, count as apart.
struct DiagramStats {
    // The boxes.
    int models = 0;
    // The edges with a path (at least one piece of two points).
    int relations = 0;
    // Pairs of edges whose paths have a point in common, counted once per
    // pair however often they meet. A common point inside or on the outline
    // (within statsTolerance) of a box both edges end at is not a crossing: edges
    // of one model meet at its outline. Where runs lie on top of each other
    // the middle of the shared stretch decides.
    int crossings = 0;
    // Edges with a path that runs through a box that is not one of its ends.
    int edgesThroughBoxes = 0;
    // Pairs of labels that overlap.
    int labelLabelOverlaps = 0;
    // Pairs of a label and a box that overlap, the edge's own end boxes included.
    int labelBoxOverlaps = 0;
    // The length of every piece of every edge path.
    double edgeLength = 0;
};

constexpr double statsTolerance = 0.5;

DiagramStats measure(const DiagramGeometry& geometry);
// DiagramStats::crossings alone.
int crossings(const DiagramGeometry& geometry);

// The scene as drawn: every model box, sorted by model name, and each edge
// in relationItems() order with its route and its label as painted when it
// is neither hovered nor selected. Routes what is left unrouted first.
DiagramGeometry diagramGeometry(DiagramScene& scene);

} // namespace relata
