#pragma once

#include <QRegularExpression>

#include <string>
#include <string_view>

namespace relata::store {

// `new RegExp(source, flags)` as V8 reads it (the non-Unicode dialect with
// Annex B), as a QRegularExpression that matches what the JavaScript one
// matches: `[^]` is any character and `[]` none, `$` is the very end, `.`
// stops at every line terminator, and `\v`, `\a` and the like mean what they
// mean in JavaScript. A pattern JavaScript rejects (`(?i)a`, `w++`, `a{2}{3}`)
// gives an invalid expression and `error` holds V8's message, e.g.
// `Invalid regular expression: /w++/: Nothing to repeat`.
//
// Without the `u` flag JavaScript reads a string as UTF-16 units: `.` is one
// unit, so a character outside the BMP is two. The expression reads every such
// unit as one stand-in character of private-use plane 15 (U+F0000 plus the
// unit's offset from U+D800), in its pattern and in the text subject() gives it.
struct JsRegExp {
    QRegularExpression expression;
    std::string error; // empty when the pattern is valid JavaScript
    bool units = true; // no `u` flag: surrogates are stood in for
    bool valid() const { return error.empty(); }
    // `text` (UTF-8, lone surrogates as WTF-8) as the expression reads it.
    QString subject(std::string_view text) const;
    // RegExp.prototype.test(text).
    bool test(std::string_view text) const { return expression.match(subject(text)).hasMatch(); }
};
JsRegExp jsRegExp(std::string_view source, std::string_view flags);

} // namespace relata::store
