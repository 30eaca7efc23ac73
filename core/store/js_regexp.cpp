#include "store/js_regexp.h"

#include <cstdio>
#include <string>
#include <vector>

namespace relata::store {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// a > b for two runs of decimal digits of any length.
bool decimalGreater(std::string_view a, std::string_view b)
{
    while (a.size() > 1 && a.front() == '0')
        a.remove_prefix(1);
    while (b.size() > 1 && b.front() == '0')
        b.remove_prefix(1);
    return a.size() != b.size() ? a.size() > b.size() : a > b;
}

constexpr char32_t unitStandIn = 0xF0000;

// A character outside the BMP at text[at] (its four UTF-8 bytes), or a lone
// surrogate held as WTF-8 (three bytes): its UTF-16 units and its length in bytes.
struct Units {
    char16_t unit[2] = {};
    int count = 0;
    std::size_t bytes = 0;
};

Units unitsAt(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return char32_t(static_cast<unsigned char>(text[i])); };
    Units units;
    const char32_t lead = byte(at);
    if (lead >= 0xF0 && lead <= 0xF4 && at + 3 < text.size()) {
        const char32_t code = ((lead & 0x07) << 18) | ((byte(at + 1) & 0x3F) << 12) | ((byte(at + 2) & 0x3F) << 6)
                              | (byte(at + 3) & 0x3F);
        units.unit[0] = char16_t(0xD800 + ((code - 0x10000) >> 10));
        units.unit[1] = char16_t(0xDC00 + ((code - 0x10000) & 0x3FF));
        units.count = 2;
        units.bytes = 4;
    } else if (lead == 0xED && at + 2 < text.size() && (byte(at + 1) & 0xE0) == 0xA0) {
        units.unit[0] = char16_t(0xD000 | ((byte(at + 1) & 0x3F) << 6) | (byte(at + 2) & 0x3F));
        units.count = 1;
        units.bytes = 3;
    }
    return units;
}

// The source with each surrogate written as a \u escape, which the
// translator stands in for; after a lone backslash (an identity escape of the
// character) that backslash begins the escape.
std::string surrogatesEscaped(std::string_view source)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    bool escaped = false;
    for (std::size_t at = 0; at < source.size();) {
        const Units units = unitsAt(source, at);
        if (units.count == 0) {
            escaped = !escaped && source[at] == '\\';
            out += source[at++];
            continue;
        }
        for (int k = 0; k < units.count; ++k) {
            if (k > 0 || !escaped)
                out += '\\';
            out += 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hex[(units.unit[k] >> shift) & 0xF];
        }
        escaped = false;
        at += units.bytes;
    }
    return out;
}

class RegExpTranslator {
public:
    RegExpTranslator(std::string_view source, std::string_view flags, bool units)
        : m_in(source)
        , m_multiline(flags.find('m') != std::string_view::npos)
        , m_dotAll(flags.find('s') != std::string_view::npos)
        , m_units(units)
    {
    }

    // The PCRE pattern, or nullopt with m_error set.
    std::optional<std::string> run()
    {
        std::vector<bool> groups; // open groups; true for a lookbehind, which may not be quantified
        // What a quantifier may follow: nothing yet, an atom, a lookbehind or a quantifier.
        enum class Last { None, Atom, Lookbehind, Quantifier, LazyQuantifier } last = Last::None;
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            if (c == '*' || c == '+' || c == '?' || (c == '{' && quantifierAt(m_pos))) {
                const bool lazyMark = c == '?' && last == Last::Quantifier;
                if (last == Last::Lookbehind)
                    return fail("Invalid quantifier");
                if (!lazyMark && last != Last::Atom)
                    return fail("Nothing to repeat");
                if (c == '{') {
                    const std::size_t end = m_in.find('}', m_pos);
                    const std::string_view body = m_in.substr(m_pos + 1, end - m_pos - 1);
                    const std::size_t comma = body.find(',');
                    if (comma != std::string_view::npos && comma + 1 < body.size()
                        && decimalGreater(body.substr(0, comma), body.substr(comma + 1)))
                        return fail("numbers out of order in {} quantifier");
                    m_out.append(m_in.substr(m_pos, end - m_pos + 1));
                    m_pos = end + 1;
                } else {
                    m_out += c;
                    ++m_pos;
                }
                last = lazyMark ? Last::LazyQuantifier : Last::Quantifier;
                continue;
            }
            last = Last::Atom;
            switch (c) {
            case '\\':
                if (!escape(false))
                    return std::nullopt;
                break;
            case '[':
                if (!characterClass())
                    return std::nullopt;
                break;
            case '(':
                if (m_in.substr(m_pos, 2) == "(?") {
                    const std::string_view rest = m_in.substr(m_pos + 2);
                    std::size_t length = 0;
                    if (!rest.empty() && (rest[0] == ':' || rest[0] == '=' || rest[0] == '!'))
                        length = 1;
                    else if (rest.substr(0, 2) == "<=" || rest.substr(0, 2) == "<!")
                        length = 2;
                    else if (!rest.empty() && rest[0] == '<' && rest.find('>') != std::string_view::npos
                             && rest.find('>') > 1)
                        length = rest.find('>') + 1;
                    else
                        return fail("Invalid group");
                    m_out.append(m_in.substr(m_pos, 2 + length));
                    m_pos += 2 + length;
                    groups.push_back(length == 2);
                } else {
                    m_out += '(';
                    ++m_pos;
                    groups.push_back(false);
                }
                last = Last::None;
                break;
            case ')':
                if (groups.empty())
                    return fail("Unmatched ')'");
                if (groups.back())
                    last = Last::Lookbehind;
                groups.pop_back();
                m_out += ')';
                ++m_pos;
                break;
            case '|':
                m_out += '|';
                ++m_pos;
                last = Last::None;
                break;
            case '^':
                m_out += m_multiline ? "(?<![^\\n\\r\\x{2028}\\x{2029}])" : "^";
                ++m_pos;
                last = Last::None;
                break;
            case '$':
                m_out += m_multiline ? "(?![^\\n\\r\\x{2028}\\x{2029}])" : "(?!(?s:.))";
                ++m_pos;
                last = Last::None;
                break;
            case '.':
                m_out += m_dotAll ? "(?s:.)" : "[^\\n\\r\\x{2028}\\x{2029}]";
                ++m_pos;
                break;
            case '{':
            case '}':
            case ']':
                // Not a quantifier: a literal brace or bracket (Annex B).
                m_out += '\\';
                m_out += c;
                ++m_pos;
                break;
            default:
                m_out += c;
                ++m_pos;
            }
        }
        if (!groups.empty())
            return fail("Unterminated group");
        return m_out;
    }

    const std::string& error() const { return m_error; }

private:
    std::nullopt_t fail(const char* message)
    {
        m_error = message;
        return std::nullopt;
    }

    // `{n}`, `{n,}` or `{n,m}` at `at`.
    bool quantifierAt(std::size_t at) const
    {
        std::size_t i = at + 1;
        const std::size_t firstDigit = i;
        while (i < m_in.size() && isAsciiDigit(m_in[i]))
            ++i;
        if (i == firstDigit)
            return false;
        if (i < m_in.size() && m_in[i] == ',') {
            ++i;
            while (i < m_in.size() && isAsciiDigit(m_in[i]))
                ++i;
        }
        return i < m_in.size() && m_in[i] == '}';
    }

    // One escape at m_pos (the backslash); inClass: inside [...], where \b is a backspace.
    bool escape(bool inClass)
    {
        if (m_pos + 1 >= m_in.size()) {
            fail("\\ at end of pattern");
            return false;
        }
        const char c = m_in[m_pos + 1];
        m_pos += 2;
        switch (c) {
        case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        case 'f': case 'n': case 'r': case 't':
            m_out += '\\';
            m_out += c;
            return true;
        case 'b': case 'B':
            m_out += inClass ? (c == 'b' ? "\\x08" : "B") : (c == 'b' ? "\\b" : "\\B");
            return true;
        case 'v':
            m_out += "\\x0b";
            return true;
        case '0':
            if (m_pos < m_in.size() && isAsciiDigit(m_in[m_pos])) {
                m_out += "\\0"; // a legacy octal escape, read alike by PCRE
                return true;
            }
            m_out += "\\x00";
            return true;
        case 'x':
            if (m_pos + 1 < m_in.size() && isHex(m_in[m_pos]) && isHex(m_in[m_pos + 1])) {
                m_out += "\\x{";
                m_out.append(m_in.substr(m_pos, 2));
                m_out += '}';
                m_pos += 2;
            } else {
                m_out += 'x';
            }
            return true;
        case 'u':
            if (m_pos + 3 < m_in.size() && isHex(m_in[m_pos]) && isHex(m_in[m_pos + 1]) && isHex(m_in[m_pos + 2])
                && isHex(m_in[m_pos + 3])) {
                const auto unit = char32_t(std::stoul(std::string(m_in.substr(m_pos, 4)), nullptr, 16));
                m_out += "\\x{";
                if (m_units && unit >= 0xD800 && unit <= 0xDFFF) {
                    char standIn[8];
                    std::snprintf(standIn, sizeof standIn, "%X", unsigned(unitStandIn + unit - 0xD800));
                    m_out += standIn;
                } else {
                    m_out.append(m_in.substr(m_pos, 4));
                }
                m_out += '}';
                m_pos += 4;
            } else {
                m_out += 'u';
            }
            return true;
        case 'c':
            if (m_pos < m_in.size() && isAsciiLetter(m_in[m_pos])) {
                m_out += "\\c";
                m_out += m_in[m_pos++];
            } else {
                m_out += "\\\\c"; // Annex B: a backslash and a c
            }
            return true;
        case 'k': // a named back reference, or (without a name) the letter k
            m_out += m_pos < m_in.size() && m_in[m_pos] == '<' ? "\\k" : "k";
            return true;
        default:
            if (isAsciiDigit(c)) {
                m_out += '\\';
                m_out += c;
                return true;
            }
            // Any other escaped character is itself (Annex B's identity escape),
            // also the letters PCRE would read as an escape (\a, \e, \h, \Q, ...).
            if (!isAsciiLetter(c) && static_cast<unsigned char>(c) < 0x80)
                m_out += '\\';
            m_out += c;
            return true;
        }
    }

    bool characterClass()
    {
        const std::string_view rest = m_in.substr(m_pos);
        if (rest.substr(0, 3) == "[^]") {
            m_out += "(?s:.)";
            m_pos += 3;
            return true;
        }
        if (rest.substr(0, 2) == "[]") {
            m_out += "(?!)";
            m_pos += 2;
            return true;
        }
        m_out += '[';
        ++m_pos;
        if (m_pos < m_in.size() && m_in[m_pos] == '^') {
            m_out += '^';
            ++m_pos;
        }
        while (m_pos < m_in.size() && m_in[m_pos] != ']') {
            const char c = m_in[m_pos];
            if (c == '\\') {
                if (!escape(true))
                    return false;
            } else {
                if (c == '[') // literal in JavaScript; `[:` would start a POSIX class in PCRE
                    m_out += '\\';
                m_out += c;
                ++m_pos;
            }
        }
        if (m_pos >= m_in.size()) {
            fail("Unterminated character class");
            return false;
        }
        m_out += ']';
        ++m_pos;
        return true;
    }

    std::string_view m_in;
    std::size_t m_pos = 0;
    std::string m_out;
    std::string m_error;
    bool m_multiline;
    bool m_dotAll;
    bool m_units;
};

// new RegExp's flags: each of V8's letters at most once, and not both u and v.
bool validFlags(std::string_view flags)
{
    constexpr std::string_view known = "dgimsuyv";
    for (std::size_t i = 0; i < flags.size(); ++i) {
        if (known.find(flags[i]) == std::string_view::npos || flags.find(flags[i], i + 1) != std::string_view::npos)
            return false;
    }
    return flags.find('u') == std::string_view::npos || flags.find('v') == std::string_view::npos;
}

} // namespace

JsRegExp jsRegExp(std::string_view source, std::string_view flags)
{
    JsRegExp result;
    if (!validFlags(flags)) {
        result.expression = QRegularExpression(QStringLiteral("("));
        result.error = "Invalid flags supplied to RegExp constructor '" + std::string(flags) + "'";
        return result;
    }
    result.units = flags.find('u') == std::string_view::npos && flags.find('v') == std::string_view::npos;
    const std::string escaped = result.units ? surrogatesEscaped(source) : std::string(source);
    RegExpTranslator translator(escaped, flags, result.units);
    const std::optional<std::string> pattern = translator.run();
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    if (flags.find('i') != std::string_view::npos)
        options |= QRegularExpression::CaseInsensitiveOption;
    std::string why = translator.error();
    if (pattern) {
        result.expression = QRegularExpression(QString::fromStdString(*pattern), options);
        if (!result.expression.isValid()) {
            why = result.expression.errorString().toStdString();
            if (why == "range out of order in character class")
                why = "Range out of order in character class"; // V8's wording
        }
    } else {
        result.expression = QRegularExpression(QStringLiteral("("), options); // invalid on purpose
    }
    if (!why.empty())
        result.error = "Invalid regular expression: /" + std::string(source) + "/" + std::string(flags) + ": " + why;
    return result;
}

QString JsRegExp::subject(std::string_view text) const
{
    if (!units)
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    QString out;
    out.reserve(qsizetype(text.size()));
    std::size_t plain = 0;
    for (std::size_t at = 0; at < text.size();) {
        const Units found = unitsAt(text, at);
        if (found.count == 0) {
            ++at;
            continue;
        }
        out += QString::fromUtf8(text.data() + plain, qsizetype(at - plain));
        for (int k = 0; k < found.count; ++k) {
            const char32_t standIn = unitStandIn + found.unit[k] - 0xD800;
            out += QChar(QChar::highSurrogate(standIn));
            out += QChar(QChar::lowSurrogate(standIn));
        }
        at += found.bytes;
        plain = at;
    }
    out += QString::fromUtf8(text.data() + plain, qsizetype(text.size() - plain));
    return out;
}

} // namespace relata::store
