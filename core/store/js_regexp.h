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
struct JsRegExp {
    QRegularExpression expression;
    std::string error; // empty when the pattern is valid JavaScript
    bool valid() const { return error.empty(); }
};
JsRegExp jsRegExp(std::string_view source, std::string_view flags);

} // namespace relata::store
