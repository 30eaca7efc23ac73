#include "canvas/text_widths.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>

#include <cmath>

namespace relata {
namespace {

// Names are short and an app has a few thousand; the bound only keeps a long
// session's renames from piling up.
constexpr qsizetype maxTexts = 50000;

struct Cache {
    QHash<QFont, QHash<QString, double>> fonts;
    qsizetype texts = 0;
};

// Never destroyed: fonts must not outlive the application's font database.
Cache& cache()
{
    static Cache* const instance = new Cache;
    return *instance;
}

} // namespace

double textAdvance(const QFont& font, const QString& text)
{
    if (text.isEmpty())
        return 0;
    Cache& all = cache();
    if (all.texts >= maxTexts) {
        all.fonts.clear();
        all.texts = 0;
    }
    QHash<QString, double>& advances = all.fonts[font];
    if (const auto known = advances.constFind(text); known != advances.constEnd())
        return *known;
    const double advance = QFontMetricsF(font).horizontalAdvance(text);
    advances.insert(text, advance);
    ++all.texts;
    return advance;
}

QString elidedRight(const QFont& font, const QString& text, double width)
{
    // Qt keeps the text when its advance is at most the width, both in 26.6
    // fixed point with the width truncated; a text with U+009C holds
    // alternatives, which only elidedText chooses between.
    if (!text.contains(QChar(0x9c)) && textAdvance(font, text) * 64 <= std::trunc(width * 64))
        return text;
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

} // namespace relata
