#include "store/column_json.h"

#include "json/json_depth.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace relata::store {

namespace {

constexpr std::size_t smallContainer = 4;

class PlainParser {
public:
    explicit PlainParser(std::string_view text) : m_at(text.data()), m_end(text.data() + text.size()) {}

    bool document(Json& out)
    {
        skipSpace();
        if (!value(out))
            return false;
        skipSpace();
        return m_at == m_end;
    }

private:
    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }

    bool take(char c)
    {
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    bool literal(std::string_view word)
    {
        if (std::size_t(m_end - m_at) < word.size() || std::string_view(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }

    bool value(Json& out)
    {
        if (m_at == m_end)
            return false;
        switch (*m_at) {
        case '{': return object(out);
        case '[': return array(out);
        case '"': {
            std::string text;
            if (!string(text))
                return false;
            out = std::move(text);
            return true;
        }
        case 't': out = true; return literal("true");
        case 'f': out = false; return literal("false");
        case 'n': out = nullptr; return literal("null");
        default: return number(out);
        }
    }

    // Nesting is counted as json::nestedTooDeeply counts it; deeper text is left to the checked path.
    struct Level {
        explicit Level(int& depth) : m_depth(depth) { ++m_depth; }
        ~Level() { --m_depth; }
        int& m_depth;
    };

    bool object(Json& out)
    {
        const Level level(m_depth);
        if (m_depth > json::maxDepth)
            return false;
        ++m_at;
        out = Json::object();
        skipSpace();
        if (take('}'))
            return true;
        // Column objects are small: room for a few members spares growing from one.
        auto& members = out.get_ref<Json::object_t&>();
        members.reserve(smallContainer);
        for (;;) {
            skipSpace();
            std::string key;
            if (m_at == m_end || *m_at != '"' || !string(key))
                return false;
            skipSpace();
            if (!take(':'))
                return false;
            skipSpace();
            Json item;
            if (!value(item))
                return false;
            // A repeated key keeps its first place and takes the last value, as Json::parse does.
            auto earlier = std::find_if(members.begin(), members.end(),
                                        [&](const auto& member) { return member.first == key; });
            if (earlier != members.end())
                earlier->second = std::move(item);
            else
                members.emplace_back(std::move(key), std::move(item));
            skipSpace();
            if (take('}'))
                return true;
            if (!take(','))
                return false;
        }
    }

    bool array(Json& out)
    {
        const Level level(m_depth);
        if (m_depth > json::maxDepth)
            return false;
        ++m_at;
        out = Json::array();
        skipSpace();
        if (take(']'))
            return true;
        out.get_ref<Json::array_t&>().reserve(smallContainer);
        for (;;) {
            skipSpace();
            Json item;
            if (!value(item))
                return false;
            out.push_back(std::move(item));
            skipSpace();
            if (take(']'))
                return true;
            if (!take(','))
                return false;
        }
    }

    // ASCII text and the one-character escapes; \u escapes, control and
    // non-ASCII bytes are left to Json::parse.
    bool string(std::string& out)
    {
        ++m_at;
        const char* run = m_at;
        while (m_at != m_end) {
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                out.append(run, m_at);
                ++m_at;
                return true;
            }
            if (c < 0x20 || c >= 0x80)
                return false;
            if (c != '\\') {
                ++m_at;
                continue;
            }
            out.append(run, m_at);
            if (++m_at == m_end)
                return false;
            switch (*m_at) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            default: return false;
            }
            run = ++m_at;
        }
        return false;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool digits()
    {
        if (m_at == m_end || !isDigit(*m_at))
            return false;
        while (m_at != m_end && isDigit(*m_at))
            ++m_at;
        return true;
    }

    // Json::parse's number types: an integer without a sign is unsigned, one
    // with a minus signed, anything with a fraction or an exponent a double.
    bool number(Json& out)
    {
        const char* start = m_at;
        const bool negative = take('-');
        if (take('0')) {
            if (m_at != m_end && isDigit(*m_at))
                return false;
        } else if (!digits()) {
            return false;
        }
        bool whole = true;
        if (take('.')) {
            whole = false;
            if (!digits())
                return false;
        }
        if (m_at != m_end && (*m_at == 'e' || *m_at == 'E')) {
            whole = false;
            ++m_at;
            if (!take('+'))
                take('-');
            if (!digits())
                return false;
        }
        if (whole && negative) {
            std::int64_t integer = 0;
            const auto result = std::from_chars(start, m_at, integer);
            if (result.ec != std::errc() || result.ptr != m_at)
                return false;
            out = integer;
            return true;
        }
        if (whole) {
            std::uint64_t integer = 0;
            const auto result = std::from_chars(start, m_at, integer);
            if (result.ec != std::errc() || result.ptr != m_at)
                return false;
            out = integer;
            return true;
        }
        double real = 0;
        const auto result = std::from_chars(start, m_at, real);
        if (result.ec != std::errc() || result.ptr != m_at)
            return false;
        out = real;
        return true;
    }

    const char* m_at;
    const char* m_end;
    int m_depth = 0;
};

} // namespace

std::optional<Json> parsePlainJson(std::string_view text)
{
    Json value;
    if (!PlainParser(text).document(value))
        return std::nullopt;
    return value;
}

} // namespace relata::store
