#include "json/json_depth.h"
#include "json/message_text.h"
#include "json/parse_text.h"
#include "json/source_map.h"

#include <charconv>
#include <cstdio>
#include <optional>
#include <unordered_map>

namespace relata::json {

namespace {

// Objects with more members than this look up duplicate keys through a hash
// index instead of a linear scan.
constexpr std::size_t linearKeyLookup = 32;

struct Failure {
    std::size_t offset;
    std::string message;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '$';
}

std::string inQuotes(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

// Length of the well-formed UTF-8 sequence at the start of `bytes`, 0 if it is not one.
std::size_t utf8SequenceLength(std::string_view bytes)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (bytes.size() < length || byte(1) < low || byte(1) > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (byte(i) < 0x80 || byte(i) > 0xBF)
            return 0;
    }
    return length;
}

void appendUtf8(std::string& out, char32_t code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// The members of an object being read, added as JSON.parse does: a repeated
// key keeps its first position and takes the last value.
class Members {
public:
    explicit Members(Json& object)
        : m_entries(object.get_ref<Json::object_t&>())
    {
    }

    // True when `key` was there already; its value is replaced.
    bool add(std::string key, Json value)
    {
        const std::size_t existing = find(key);
        if (existing != m_entries.size()) {
            m_entries[existing].second = std::move(value);
            return true;
        }
        if (!m_index.empty())
            m_index.emplace(key, m_entries.size());
        m_entries.emplace_back(std::move(key), std::move(value));
        if (m_index.empty() && m_entries.size() > linearKeyLookup) {
            for (std::size_t i = 0; i < m_entries.size(); ++i)
                m_index.emplace(m_entries[i].first, i);
        }
        return false;
    }

private:
    std::size_t find(const std::string& key) const
    {
        if (!m_index.empty()) {
            const auto it = m_index.find(key);
            return it == m_index.end() ? m_entries.size() : it->second;
        }
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].first == key)
                return i;
        }
        return m_entries.size();
    }

    // ordered_map's own insert looks keys up linearly; large objects use m_index.
    Json::object_t::Container& m_entries;
    std::unordered_map<std::string, std::size_t> m_index;
};

class Parser {
public:
    Parser(std::string_view source, SourceMap& map, std::vector<Warning>& warnings)
        : m_source(source)
        , m_map(map)
        , m_warnings(warnings)
    {
    }

    Json document()
    {
        if (m_source.substr(0, 3) == "\xEF\xBB\xBF")
            m_map.bomSize = m_pos = 3;
        skipSpace();
        if (atEnd())
            throw Failure{m_pos, say(Parse::tr("the file is empty: expected a JSON value"))};
        Json root = value(0, m_map.root);
        skipSpace();
        if (!atEnd()) {
            const bool container = root.is_object() || root.is_array();
            throw Failure{m_pos, unexpected(container ? Expected::EndAfterContainer : Expected::End)};
        }
        return root;
    }

private:
    bool atEnd() const { return m_pos >= m_source.size(); }
    char peek() const { return m_source[m_pos]; }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    std::optional<std::string> conflictMarker() const
    {
        if (m_pos != 0 && m_source[m_pos - 1] != '\n')
            return std::nullopt;
        for (std::string_view marker : {"<<<<<<<", "=======", ">>>>>>>", "|||||||"}) {
            if (m_source.substr(m_pos, marker.size()) == marker)
                return say(relata::json::Parse::tr("unresolved merge conflict marker %1 (resolve the git conflict)"),
                           inQuotes(marker));
        }
        return std::nullopt;
    }

    // What a reader sees at m_pos, when it is not what the grammar allows there.
    std::string unexpected(Expected where) const
    {
        if (std::optional<std::string> marker = conflictMarker())
            return *marker;
        const std::string_view rest = m_source.substr(m_pos);
        const char c = peek();
        if (c == '/' && rest.size() > 1 && (rest[1] == '/' || rest[1] == '*'))
            return say(relata::json::Parse::tr("comments are not allowed in JSON"));
        if (isWordChar(c)) {
            std::size_t length = 0;
            while (length < rest.size() && isWordChar(rest[length]))
                ++length;
            return say(unexpectedText(where, false), inQuotes(rest.substr(0, length)));
        }
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", byte);
            return say(unexpectedText(where, true), std::string(code));
        }
        const std::size_t length = byte < 0x80 ? 1 : std::max<std::size_t>(1, utf8SequenceLength(rest));
        return say(unexpectedText(where, false), inQuotes(rest.substr(0, length)));
    }

    std::string endOfFile(std::string_view what, std::size_t opened) const
    {
        const Location at = m_map.locate(m_source, opened);
        return what == "object"
                   ? say(relata::json::Parse::tr("unexpected end of file: the object opened at line %1:%2 is not "
                                                 "closed"),
                         at.line, at.column)
                   : say(relata::json::Parse::tr("unexpected end of file: the array opened at line %1:%2 is not "
                                                 "closed"),
                         at.line, at.column);
    }

    Json value(int depth, std::size_t& nodeIndex)
    {
        if (atEnd())
            throw Failure{m_pos, say(Parse::tr("unexpected end of file: expected a value"))};
        if (depth >= maxDepth && (peek() == '{' || peek() == '['))
            throw Failure{m_pos, nestedTooDeeplyMessage()};
        nodeIndex = m_map.nodes.size();
        m_map.nodes.push_back(SourceMap::Node{m_pos, m_pos, 0, 0});
        Json result;
        switch (peek()) {
        case '{': result = object(depth, nodeIndex); break;
        case '[': result = array(depth, nodeIndex); break;
        case '"': result = string(); break;
        case 't': result = literal("true", Json(true)); break;
        case 'f': result = literal("false", Json(false)); break;
        case 'n': result = literal("null", Json()); break;
        case '\'': throw Failure{m_pos, say(Parse::tr("strings must be in double quotes"))};
        default:
            if (peek() == '-' || isDigit(peek())) {
                result = number();
                break;
            }
            throw Failure{m_pos, unexpected(Expected::Value)};
        }
        m_map.nodes[nodeIndex].end = m_pos;
        return result;
    }

    Json literal(std::string_view word, Json result)
    {
        std::size_t length = 0;
        while (m_pos + length < m_source.size() && isWordChar(m_source[m_pos + length]))
            ++length;
        if (m_source.substr(m_pos, length) != word)
            throw Failure{m_pos, say(Parse::tr("invalid literal %1 (expected true, false or null)"),
                                     inQuotes(m_source.substr(m_pos, length)))};
        m_pos += length;
        return result;
    }

    Json number()
    {
        const std::size_t start = m_pos;
        const auto digits = [&] {
            const std::size_t first = m_pos;
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
            return m_pos > first;
        };
        const auto invalid = [&](const QString& why) {
            while (!atEnd() && (isWordChar(peek()) || peek() == '.' || peek() == '-' || peek() == '+'))
                ++m_pos;
            //: %2 says what is wrong with the number, e.g. "leading zeros are not allowed".
            return Failure{start, say(Parse::tr("invalid number %1: %2"),
                                      inQuotes(m_source.substr(start, m_pos - start)), why.toStdString())};
        };
        if (peek() == '-')
            ++m_pos;
        if (!atEnd() && peek() == '0') {
            ++m_pos;
            if (!atEnd() && isDigit(peek()))
                throw invalid(Parse::tr("leading zeros are not allowed"));
        } else if (!digits()) {
            throw invalid(Parse::tr("expected a digit"));
        }
        bool integer = true;
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            integer = false;
            if (!digits())
                throw invalid(Parse::tr("expected a digit after '.'"));
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            integer = false;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digits())
                throw invalid(Parse::tr("expected a digit in the exponent"));
        }
        if (!atEnd() && (isWordChar(peek()) || peek() == '.'))
            throw invalid(Parse::tr("unexpected characters after the number"));
        return numberValue(start, integer);
    }

    // The same types nlohmann's parser gives: unsigned for non-negative
    // integers, signed for negative ones, double when they do not fit; a number
    // beyond a double's range is refused, as nlohmann does (JSON.parse would
    // read Infinity, which JSON cannot write back).
    Json numberValue(std::size_t start, bool integer) const
    {
        const std::string_view text = m_source.substr(start, m_pos - start);
        const char* first = text.data();
        const char* last = text.data() + text.size();
        if (integer) {
            if (text[0] == '-') {
                std::int64_t value = 0;
                if (std::from_chars(first, last, value).ec == std::errc())
                    return Json(value);
            } else {
                std::uint64_t value = 0;
                if (std::from_chars(first, last, value).ec == std::errc())
                    return Json(value);
            }
        }
        double value = 0;
        if (std::from_chars(first, last, value).ec == std::errc::result_out_of_range) {
            const std::size_t e = text.find_first_of("eE");
            if (e == std::string_view::npos || text[e + 1] != '-')
                throw Failure{start, say(Parse::tr("number %1 is too large"), inQuotes(text))};
            value = text[0] == '-' ? -0.0 : 0.0;
        }
        return Json(value);
    }

    std::string string()
    {
        const std::size_t open = m_pos++;
        std::string out;
        while (true) {
            const std::size_t plain = m_pos;
            while (!atEnd()) {
                const auto c = static_cast<unsigned char>(peek());
                if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
                    break;
                ++m_pos;
            }
            out.append(m_source.substr(plain, m_pos - plain));
            if (atEnd())
                throw Failure{open, say(relata::json::Parse::tr("unterminated string: the closing '\"' is missing"))};
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') {
                ++m_pos;
                return out;
            }
            if (c == '\\') {
                escape(out);
            } else if (c == '\n' || c == '\r') {
                throw Failure{open,
                              say(relata::json::Parse::tr("unterminated string: the line ends before the "
                                                          "closing '\"'"))};
            } else if (c < 0x20) {
                char code[8];
                char escaped[8];
                std::snprintf(code, sizeof code, "U+%04X", c);
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                throw Failure{m_pos, say(relata::json::Parse::tr("control character %1 in a string must be "
                                                                 "escaped (%2)"),
                                         std::string(code), std::string(escaped))};
            } else {
                const std::size_t length = utf8SequenceLength(m_source.substr(m_pos));
                if (length == 0)
                    throw Failure{m_pos,
                                  say(relata::json::Parse::tr("invalid UTF-8 byte in a string (the file must "
                                                              "be UTF-8)"))};
                out.append(m_source.substr(m_pos, length));
                m_pos += length;
            }
        }
    }

    void escape(std::string& out)
    {
        const std::size_t backslash = m_pos++;
        if (atEnd())
            throw Failure{backslash, say(Parse::tr("unterminated string: the file ends inside an escape"))};
        const char c = peek();
        ++m_pos;
        switch (c) {
        case '"': out += '"'; return;
        case '\\': out += '\\'; return;
        case '/': out += '/'; return;
        case 'b': out += '\b'; return;
        case 'f': out += '\f'; return;
        case 'n': out += '\n'; return;
        case 'r': out += '\r'; return;
        case 't': out += '\t'; return;
        case 'u': break;
        default: {
            const std::size_t length =
                static_cast<unsigned char>(c) < 0x80 ? 1 : std::max<std::size_t>(1, utf8SequenceLength(m_source.substr(m_pos - 1)));
            throw Failure{backslash,
                          say(Parse::tr("invalid escape %1 in a string "
                                        "(valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
                              inQuotes("\\" + std::string(m_source.substr(m_pos - 1, length))))};
        }
        }
        char32_t code = hex4(backslash);
        if (code >= 0xD800 && code <= 0xDBFF && m_source.substr(m_pos, 2) == "\\u") {
            const std::size_t second = m_pos;
            m_pos += 2;
            const char32_t low = hex4(second);
            if (low < 0xDC00 || low > 0xDFFF)
                throw Failure{backslash,
                              say(Parse::tr("invalid unicode escape: a high surrogate must be followed by a low one"))};
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code >= 0xD800 && code <= 0xDFFF) {
            throw Failure{backslash, say(Parse::tr("invalid unicode escape: unpaired surrogate %1"),
                                         inQuotes(m_source.substr(backslash, 6)))};
        }
        appendUtf8(out, code);
    }

    // The four hex digits after "\u"; m_pos is on the first of them.
    char32_t hex4(std::size_t backslash)
    {
        char32_t code = 0;
        for (int i = 0; i < 4; ++i, ++m_pos) {
            const char c = atEnd() ? '\0' : peek();
            int digit = -1;
            if (isDigit(c))
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                throw Failure{backslash, say(Parse::tr("invalid unicode escape %1: expected four hex digits after \\u"),
                                             inQuotes(m_source.substr(backslash, m_pos - backslash + 1)))};
            code = code * 16 + static_cast<char32_t>(digit);
        }
        return code;
    }

    Json object(int depth, std::size_t nodeIndex)
    {
        const std::size_t open = m_pos++;
        Json result = Json::object();
        Members members(result);
        const std::size_t scratchStart = m_scratch.size();
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return result;
        }
        while (true) {
            skipSpace();
            if (atEnd())
                throw Failure{m_pos, endOfFile("object", open)};
            if (peek() == '}')
                throw Failure{m_pos, say(Parse::tr("trailing comma before '}'"))};
            if (peek() != '"')
                throw Failure{m_pos, isWordChar(peek()) || peek() == '\''
                                         ? say(Parse::tr("property names must be in double quotes"))
                                         : unexpected(Expected::PropertyName)};
            SourceMap::Member member;
            member.start = m_pos;
            std::string key = string();
            member.keyEnd = m_pos;
            skipSpace();
            if (atEnd())
                throw Failure{m_pos, endOfFile("object", open)};
            if (peek() != ':')
                throw Failure{m_pos, unexpected(Expected::Colon)};
            ++m_pos;
            skipSpace();
            m_path.push_back({&key, 0});
            Json item = value(depth + 1, member.node);
            m_path.pop_back();
            skipSpace();
            member.separator = m_pos;
            member.key = key;
            if (members.add(std::move(key), std::move(item)))
                duplicate(member.key, member.start);
            m_scratch.push_back(std::move(member));
            if (atEnd())
                throw Failure{m_pos, endOfFile("object", open)};
            if (peek() == '}')
                break;
            if (peek() != ',')
                throw Failure{m_pos,
                              conflictMarker().value_or(say(Parse::tr("expected ',' or '}' after object member")))};
            ++m_pos;
        }
        ++m_pos;
        closeContainer(nodeIndex, scratchStart);
        return result;
    }

    void duplicate(const std::string& key, std::size_t offset)
    {
        std::string pointer = currentPointer() + "/" + escapePointerToken(key);
        m_warnings.push_back(Warning{m_map.locate(m_source, offset), pointer,
                                     say(Parse::tr("duplicate key \"%1\": the last value wins, as in JSON.parse"),
                                         key)});
    }

    std::string currentPointer() const
    {
        std::string pointer;
        for (const PathStep& step : m_path)
            pointer += "/" + (step.key ? escapePointerToken(*step.key) : std::to_string(step.index));
        return pointer;
    }

    Json array(int depth, std::size_t nodeIndex)
    {
        const std::size_t open = m_pos++;
        Json result = Json::array();
        const std::size_t scratchStart = m_scratch.size();
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return result;
        }
        while (true) {
            skipSpace();
            if (atEnd())
                throw Failure{m_pos, endOfFile("array", open)};
            if (peek() == ']')
                throw Failure{m_pos, say(Parse::tr("trailing comma before ']'"))};
            SourceMap::Member member;
            member.start = member.keyEnd = m_pos;
            m_path.push_back({nullptr, result.size()});
            result.push_back(value(depth + 1, member.node));
            m_path.pop_back();
            skipSpace();
            member.separator = m_pos;
            m_scratch.push_back(std::move(member));
            if (atEnd())
                throw Failure{m_pos, endOfFile("array", open)};
            if (peek() == ']')
                break;
            if (peek() != ',')
                throw Failure{m_pos,
                              conflictMarker().value_or(say(Parse::tr("expected ',' or ']' after array element")))};
            ++m_pos;
        }
        ++m_pos;
        closeContainer(nodeIndex, scratchStart);
        return result;
    }

    void closeContainer(std::size_t nodeIndex, std::size_t scratchStart)
    {
        SourceMap::Node& node = m_map.nodes[nodeIndex];
        node.firstMember = m_map.members.size();
        node.memberCount = m_scratch.size() - scratchStart;
        for (std::size_t i = scratchStart; i < m_scratch.size(); ++i)
            m_map.members.push_back(std::move(m_scratch[i]));
        m_scratch.resize(scratchStart);
    }

    struct PathStep {
        const std::string* key;
        std::size_t index;
    };

    std::string_view m_source;
    std::size_t m_pos = 0;
    SourceMap& m_map;
    std::vector<Warning>& m_warnings;
    std::vector<SourceMap::Member> m_scratch;
    std::vector<PathStep> m_path;
};

} // namespace

std::variant<Text, ParseError> parse(std::string source)
{
    auto map = std::make_shared<SourceMap>();
    map->lineStarts = lineStartsOf(source);
    // Model files hold about one value per 40 bytes; growing past that is cheap.
    map->nodes.reserve(source.size() / 40);
    map->members.reserve(source.size() / 40);
    std::vector<Warning> warnings;
    Json value;
    try {
        value = Parser(source, *map, warnings).document();
    } catch (const Failure& failure) {
        return ParseError{map->locate(source, failure.offset), failure.message};
    }
    Text text;
    text.m_style = detectStyle(source, *map);
    text.m_source = std::move(source);
    text.m_value = std::move(value);
    text.m_warnings = std::move(warnings);
    text.m_map = std::move(map);
    return text;
}

} // namespace relata::json
