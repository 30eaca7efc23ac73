#include "lb4/ts_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace relata::lb4::ts {
namespace {

constexpr int lineWidth = 80;

bool identifierStart(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

bool identifierPart(char c)
{
    return identifierStart(c) || std::isdigit(static_cast<unsigned char>(c));
}

std::string inlineLiteral(const Json& value)
{
    if (value.is_string())
        return quote(value.get_ref<const std::string&>());
    if (value.is_array()) {
        std::string out = "[";
        for (const Json& item : value) {
            if (out.size() > 1)
                out += ", ";
            out += inlineLiteral(item);
        }
        return out + "]";
    }
    if (value.is_object()) {
        if (value.empty())
            return "{}";
        std::string out = "{";
        for (const auto& [name, item] : value.items()) {
            if (out.size() > 1)
                out += ", ";
            out += key(name) + ": " + inlineLiteral(item);
        }
        return out + "}";
    }
    return value.dump();
}

} // namespace

bool isIdentifier(std::string_view name)
{
    if (name.empty() || !identifierStart(name.front()))
        return false;
    for (const char c : name) {
        if (!identifierPart(c))
            return false;
    }
    return true;
}

bool isBindingName(std::string_view name)
{
    static const std::array<std::string_view, 46> reserved = {
        "break",    "case",      "catch",   "class",    "const",     "continue", "debugger", "default",
        "delete",   "do",        "else",    "enum",     "export",    "extends",  "false",    "finally",
        "for",      "function",  "if",      "import",   "in",        "instanceof", "new",    "null",
        "return",   "super",     "switch",  "this",     "throw",     "true",     "try",      "typeof",
        "var",      "void",      "while",   "with",     "implements", "interface", "let",    "package",
        "private",  "protected", "public",  "static",   "yield",     "await"};
    if (!isIdentifier(name))
        return false;
    for (const std::string_view word : reserved) {
        if (word == name)
            return false;
    }
    return true;
}

std::string quote(std::string_view text)
{
    std::string out = "'";
    for (const char c : text) {
        switch (c) {
        case '\'':
            out += "\\'";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + "'";
}

std::string key(std::string_view name)
{
    return isIdentifier(name) ? std::string(name) : quote(name);
}

std::string member(std::string_view name)
{
    return isIdentifier(name) ? "." + std::string(name) : "[" + quote(name) + "]";
}

std::string literal(const Json& value, int indent, int column)
{
    std::string flat = inlineLiteral(value);
    if (column + static_cast<int>(flat.size()) <= lineWidth || !(value.is_object() || value.is_array())
        || value.empty())
        return flat;
    const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
    std::string out = value.is_object() ? "{\n" : "[\n";
    if (value.is_object()) {
        for (const auto& [name, item] : value.items()) {
            const std::string head = inner + key(name) + ": ";
            out += head + literal(item, indent + 2, static_cast<int>(head.size()) + 1) + ",\n";
        }
    } else {
        for (const Json& item : value)
            out += inner + literal(item, indent + 2, indent + 3) + ",\n";
    }
    return out + std::string(static_cast<std::size_t>(indent), ' ') + (value.is_object() ? "}" : "]");
}

std::string object(const Members& members, int indent, int column)
{
    std::string flat = "{";
    for (const auto& [name, value] : members)
        flat += (flat.size() > 1 ? ", " : "") + key(name) + ": " + value;
    flat += "}";
    const bool multiLine = std::any_of(members.begin(), members.end(),
                                       [](const auto& m) { return m.second.find('\n') != std::string::npos; });
    if (!multiLine && column + static_cast<int>(flat.size()) <= lineWidth)
        return flat;
    const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
    std::string out = "{\n";
    for (const auto& [name, value] : members)
        out += inner + key(name) + ": " + value + ",\n";
    return out + std::string(static_cast<std::size_t>(indent), ' ') + "}";
}

std::string pascalCase(std::string_view text)
{
    std::string out;
    bool upper = true;
    for (const char c : text) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            upper = true;
            continue;
        }
        out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front())))
        out.insert(out.begin(), '_');
    return out;
}

std::string lowerFirst(std::string_view text)
{
    std::string out(text);
    if (!out.empty())
        out.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(out.front())));
    return out;
}

} // namespace relata::lb4::ts
