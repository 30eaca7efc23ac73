#pragma once

#include <QCoreApplication>
#include <QString>
#include <concepts>
#include <string>
#include <string_view>

// Check messages are user-visible: they are written in English in the code
// and translated here, in one context, which lupdate sees.
namespace relata::check {

// lupdate loses the namespace inside a function whose return type is
// qualified (std::string): such functions write relata::check::Check::tr.
struct Check {
    Q_DECLARE_TR_FUNCTIONS(relata::check)
};

inline QString argText(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline QString argText(std::integral auto number) {
    return QString::number(number);
}

// A translated sentence with %1..%n replaced in one pass (so a name that holds
// "%2" stays as written), as the UTF-8 text Diagnostic::message keeps.
template <typename... Args> std::string say(const QString& sentence, const Args&... args) {
    if constexpr (sizeof...(Args) == 0)
        return sentence.toStdString();
    else
        return sentence.arg(argText(args)...).toStdString();
}

} // namespace relata::check
