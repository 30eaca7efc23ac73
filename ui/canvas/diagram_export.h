#pragma once

#include <QString>

namespace relata {

class DiagramScene;

// Writes the diagram (or the selected models and the relations between them)
// as SVG or PNG, chosen by the file suffix. SVG keeps every name as text.
// Returns an empty string on success, else a message naming the file.
QString exportDiagram(DiagramScene& scene, const QString& path, bool selectionOnly = false);

} // namespace relata
