#include "json/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>

namespace relata::json {
namespace {

// ECMAScript Number::toString: `digits` are the shortest round-trip digits and
// the value is 0.digits × 10^exponent.
void writeJsDecimal(std::string& out, std::string_view digits, int exponent)
{
    const int count = static_cast<int>(digits.size());
    if (count <= exponent && exponent <= 21) {
        out += digits;
        out.append(static_cast<std::size_t>(exponent - count), '0');
    } else if (0 < exponent && exponent <= 21) {
        out += digits.substr(0, static_cast<std::size_t>(exponent));
        out += '.';
        out += digits.substr(static_cast<std::size_t>(exponent));
    } else if (-6 < exponent && exponent <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-exponent), '0');
        out += digits;
    } else {
        out += digits[0];
        if (count > 1) {
            out += '.';
            out += digits.substr(1);
        }
        out += 'e';
        out += exponent - 1 >= 0 ? '+' : '-';
        out += std::to_string(std::abs(exponent - 1));
    }
}

void writeDouble(std::string& out, double value)
{
    if (!std::isfinite(value)) {
        out += "null"; // JSON.stringify(Infinity)
        return;
    }
    if (value == 0) {
        out += '0'; // -0 too, as JavaScript prints it
        return;
    }
    std::array<char, 40> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), std::abs(value),
                                      std::chars_format::scientific);
    const std::string_view scientific(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
    const std::size_t e = scientific.find('e');
    std::string digits;
    for (char c : scientific.substr(0, e)) {
        if (c != '.')
            digits += c;
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    int exponent = 0;
    std::from_chars(scientific.data() + e + (scientific[e + 1] == '+' ? 2 : 1),
                    scientific.data() + scientific.size(), exponent);
    if (value < 0)
        out += '-';
    writeJsDecimal(out, digits, exponent + 1);
}

template <typename Integer>
void writeInteger(std::string& out, Integer value)
{
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), result.ptr);
}

class Writer {
public:
    Writer(std::string& out, const WriteLayout& layout, std::string_view indent)
        : m_out(out)
        , m_layout(layout)
        , m_indent(indent)
    {
    }

    void value(const Json& value)
    {
        if (value.is_object())
            container(value, '{', '}');
        else if (value.is_array())
            container(value, '[', ']');
        else if (value.is_string())
            writeString(m_out, value.get_ref<const std::string&>());
        else if (value.is_number())
            writeNumber(m_out, value);
        else if (value.is_boolean())
            m_out += value.get<bool>() ? "true" : "false";
        else
            m_out += "null"; // null, and binary values, which JSON cannot hold
    }

private:
    void container(const Json& value, char open, char close)
    {
        m_out += open;
        if (value.empty()) {
            m_out += close;
            return;
        }
        const std::size_t outer = m_indent.size();
        m_indent += m_layout.unit;
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first)
                m_out += ',';
            separator(first ? m_layout.open : m_layout.between);
            first = false;
            if (open == '{') {
                writeString(m_out, it.key());
                m_out += m_layout.colon;
            }
            this->value(*it);
        }
        m_indent.resize(outer);
        separator(m_layout.close);
        m_out += close;
    }

    void separator(std::string_view compactSpacing)
    {
        if (m_layout.compact) {
            m_out += compactSpacing;
        } else {
            m_out += m_layout.newline;
            m_out += m_indent;
        }
    }

    std::string& m_out;
    const WriteLayout& m_layout;
    std::string m_indent;
};

} // namespace

TextStyle canonicalStyle()
{
    return TextStyle{};
}

std::string colonOf(const TextStyle& style)
{
    std::string colon = style.spaceBeforeColon ? " :" : ":";
    if (style.spaceAfterColon)
        colon += ' ';
    return colon;
}

void writeString(std::string& out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Characters written as they are between the quotes.
    // 0xED leads the three bytes of U+D000..U+DFFF, lone surrogates among them.
    static constexpr std::array<bool, 256> plainCharacters = [] {
        std::array<bool, 256> plain{};
        for (std::size_t c = 0x20; c < plain.size(); ++c)
            plain[c] = c != '"' && c != '\\' && c != 0xed;
        return plain;
    }();
    out += '"';
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (plainCharacters[c])
            continue;
        out.append(text, plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case 0xed:
            // A lone surrogate held as WTF-8 (store::wtf8Unit) is written as
            // JSON.stringify writes one; any other character as it is.
            if (i + 2 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xe0) == 0xa0) {
                const unsigned unit = 0xd000u | ((unsigned(text[i + 1]) & 0x3fu) << 6) | (unsigned(text[i + 2]) & 0x3fu);
                out += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4)
                    out += hex[(unit >> shift) & 0xf];
                i += 2;
                plain = i + 1;
            } else {
                out += char(c);
            }
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(text, plain);
    out += '"';
}

void writeNumber(std::string& out, const Json& number)
{
    if (number.is_number_unsigned())
        writeInteger(out, number.get<std::uint64_t>());
    else if (number.is_number_integer())
        writeInteger(out, number.get<std::int64_t>());
    else
        writeDouble(out, number.get<double>());
}

void writeValue(std::string& out, const Json& value, const WriteLayout& layout, std::string_view indent)
{
    Writer(out, layout, indent).value(value);
}

std::string format(const Json& value, const TextStyle& style)
{
    const std::string colon = colonOf(style);
    WriteLayout layout;
    layout.newline = style.newline;
    layout.unit = style.indentUnit;
    layout.colon = colon;
    std::string out;
    writeValue(out, value, layout, {});
    if (style.finalNewline)
        out += style.newline;
    return out;
}

} // namespace relata::json
