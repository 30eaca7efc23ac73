#pragma once

#include <QString>

class QFont;

namespace relata {

// The advance of a text in a font, measured once per font and text. A diagram
// measures the same model, property, type and relation names over and over (to
// size boxes, to elide, to place labels, on every repaint), and Qt shapes a text
// anew each time it is measured. On the screen. For the GUI thread only.
double textAdvance(const QFont& font, const QString& text);

// What QFontMetricsF(font).elidedText(text, Qt::ElideRight, width) returns,
// without laying the text out again when it fits.
QString elidedRight(const QFont& font, const QString& text, double width);

} // namespace relata
