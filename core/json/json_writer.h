#pragma once

#include "json/json_text.h"

#include <string>
#include <string_view>

namespace relata::json {

// How new text is laid out at the place it goes: a whole file, or a value
// inserted into an existing text next to siblings it should look like.
struct WriteLayout {
    std::string_view newline = "\n";
    std::string_view unit = "  "; // one nesting level
    std::string_view colon = ": ";
    // One line, like the container the value is inserted into; `open`, `between`
    // and `close` are the spacing after '{' or '[', after ',' and before the closer.
    bool compact = false;
    std::string_view open;
    std::string_view between = " ";
    std::string_view close;
};

// What `style` puts between a key and its value: ": ", " : ", ":" or " :".
std::string colonOf(const TextStyle& style);

// A string literal as JSON.stringify writes it.
void writeString(std::string& out, std::string_view text);

// A number as JavaScript prints it (shortest round trip, `1e+21`, `0.1`, `99`).
// Integers that do not fit a double exactly are written in full: a model file
// keeps the digits its author wrote.
void writeNumber(std::string& out, const Json& number);

// `value` as JSON.stringify(value, null, unit) writes it, in `layout`; every line
// after the first starts with `indent`, the indentation of the line it starts on.
void writeValue(std::string& out, const Json& value, const WriteLayout& layout,
                std::string_view indent);

} // namespace relata::json
