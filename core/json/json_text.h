#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace relata {

// Model files keep their key order: LoopBack reads them in that order, and a
// diff of a saved file must show only what the user changed.
using Json = nlohmann::ordered_json;

namespace json {

struct Location {
    int line = 0;   // 1-based; 0 means unknown
    int column = 0; // 1-based, counted in characters (UTF-8 code points)
    friend bool operator==(const Location&, const Location&) = default;
};

// How a file was written, so a changed file is written back the same way.
struct TextStyle {
    std::string indentUnit = "  "; // one nesting level
    std::string newline = "\n";    // "\n" or "\r\n"
    bool finalNewline = true;
    bool spaceBeforeColon = false; // "key" : value
    bool spaceAfterColon = true;   // "key": value
    friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

// LoopBack's canonical style: what `lb model` writes.
TextStyle canonicalStyle();

struct SourceMap; // where every value, key and separator sits in the source; private to core/json

struct Warning {
    Location at;
    std::string pointer; // JSON pointer of the value concerned
    std::string message;
};

// Where the text stops being JSON, as JSON.parse and python's json report it
// (a trailing comma: at the '}' after it; a missing comma: at the next member),
// and what is wrong in words a user can act on.
struct ParseError {
    Location at;
    std::string message;
};

// A JSON text as read: the exact bytes, the value, the style and a source map.
class Text {
public:
    Text();
    ~Text();
    Text(const Text&);
    Text& operator=(const Text&);
    Text(Text&&) noexcept;
    Text& operator=(Text&&) noexcept;

    const std::string& source() const { return m_source; }
    const Json& value() const { return m_value; }
    const TextStyle& style() const { return m_style; }
    const std::vector<Warning>& warnings() const { return m_warnings; }

    // Where the value at RFC 6901 `pointer` is ("/relations/orders/model"): the
    // key of an object member, the value of an array element or the root; for a
    // missing pointer, the nearest existing ancestor.
    Location locate(std::string_view pointer) const;

    // `updated` written as text: unchanged values keep their exact bytes,
    // changed ones follow this text's style, so a diff shows only the change.
    // render(value()) == source() for every text parse() accepted: an
    // unchanged value is the source as it is.
    std::string render(const Json& updated) const;
    // render() without that shortcut: every value goes through the renderer,
    // changed or not. Tests use it to prove the renderer keeps bytes itself.
    std::string renderEveryValue(const Json& updated) const;

private:
    friend std::variant<Text, ParseError> parse(std::string source);
    std::string m_source;
    Json m_value;
    TextStyle m_style;
    std::vector<Warning> m_warnings;
    std::shared_ptr<const SourceMap> m_map;
};

// Parses a complete RFC 8259 JSON text in UTF-8; a leading BOM is accepted and
// kept. Duplicate keys: the last value wins at the first key's position, as
// JSON.parse does, and a warning names the key. Numbers get nlohmann's types.
std::variant<Text, ParseError> parse(std::string source);

// A new text in `style` (used for new files).
std::string format(const Json& value, const TextStyle& style = canonicalStyle());

// One JSON Pointer reference token, escaped as RFC 6901 requires ("~" -> "~0", "/" -> "~1").
std::string escapePointerToken(std::string_view token);

// JavaScript truthiness of a JSON value: LoopBack tests most keys with `if (x)`,
// so "", 0, NaN, false and null (a missing value) all mean "not given".
bool truthy(const Json& value);
// `object[key]` is truthy; false when `object` is not an object.
bool truthyMember(const Json& object, const char* key);

} // namespace json
} // namespace relata
