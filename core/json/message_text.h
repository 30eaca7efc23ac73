#pragma once

#include <QString>
#include <concepts>
#include <string>
#include <string_view>

class QLocale;
class QTranslator;

// Core messages are user-visible and translated (issue 4): each area declares
// its own tr() context (Q_DECLARE_TR_FUNCTIONS) and fills its sentences here.
namespace relata {

inline QString argText(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline QString argText(std::integral auto number) {
    return QString::number(number);
}

// A translated sentence with %1..%n replaced in one pass (so a name that holds
// "%2" stays as written), as the UTF-8 text diagnostics and errors keep.
template <typename... Args> std::string say(const QString& sentence, const Args&... args) {
    if constexpr (sizeof...(Args) == 0)
        return sentence.toStdString();
    else
        return sentence.arg(argText(args)...).toStdString();
}

// Loads Relata's translation for the languages of `locale`. Without one (an
// English or unknown language) it loads the English plural forms, so a count
// reads "1 model" and "2 models" rather than "model(s)".
bool loadTranslation(QTranslator& translator, const QLocale& locale);

} // namespace relata
