#include "json/json_depth.h"
#include "json/message_text.h"
#include "json/parse_text.h"
#include "json/source_map.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace relata::json {

Text::Text() = default;
Text::~Text() = default;
Text::Text(const Text&) = default;
Text& Text::operator=(const Text&) = default;
Text::Text(Text&&) noexcept = default;
Text& Text::operator=(Text&&) noexcept = default;

std::vector<std::size_t> lineStartsOf(std::string_view source)
{
    std::vector<std::size_t> starts{0};
    const char* data = source.data();
    const char* end = data + source.size();
    for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))); ++p)
        starts.push_back(static_cast<std::size_t>(p - data) + 1);
    return starts;
}

std::string_view lineIndentAt(std::string_view source, std::size_t offset)
{
    const std::size_t newline = source.rfind('\n', offset == 0 ? 0 : offset - 1);
    std::size_t start = newline == std::string_view::npos || newline >= offset ? 0 : newline + 1;
    if (start == 0 && source.substr(0, 3) == "\xEF\xBB\xBF")
        start = 3;
    std::size_t end = start;
    while (end < source.size() && (source[end] == ' ' || source[end] == '\t'))
        ++end;
    return source.substr(start, end - start);
}

std::optional<Location> nestedTooDeeply(std::string_view text) {
    int depth = 0;
    int line = 1;
    int column = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        // Columns count code points: UTF-8 continuation bytes add none.
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++column;
        if (inString) {
            inString = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return Location{line, column};
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == '\n') {
            ++line;
            column = 0;
        }
    }
    return std::nullopt;
}

std::string nestedTooDeeplyMessage()
{
    // Qualified in full: lupdate takes the context from what it can resolve here.
    return say(relata::json::Parse::tr("nested too deeply (more than %1 levels)"), maxDepth);
}

Location SourceMap::locate(std::string_view source, std::size_t offset) const
{
    offset = std::min(offset, source.size());
    const auto next = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
    const std::size_t line = static_cast<std::size_t>(next - lineStarts.begin());
    std::size_t start = lineStarts[line - 1];
    if (line == 1)
        start = std::min(bomSize, offset);
    int column = 1;
    for (std::size_t i = start; i < offset; ++i) {
        if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80)
            ++column;
    }
    return Location{static_cast<int>(line), column};
}

namespace {

// RFC 6901: "/a~1b/0" -> {"a/b", "0"}; nullopt for a malformed pointer.
std::optional<std::vector<std::string>> pointerTokens(std::string_view pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    if (pointer[0] != '/')
        return std::nullopt;
    std::string token;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            tokens.push_back(std::move(token));
            token.clear();
        } else if (pointer[i] == '~') {
            if (i + 1 == pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))
                return std::nullopt;
            token += pointer[++i] == '0' ? '~' : '/';
        } else {
            token += pointer[i];
        }
    }
    return tokens;
}

std::optional<std::size_t> arrayIndex(const std::string& token)
{
    if (token.empty() || token.size() > 18 || (token.size() > 1 && token[0] == '0'))
        return std::nullopt;
    std::size_t index = 0;
    for (char c : token) {
        if (c < '0' || c > '9')
            return std::nullopt;
        index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    return index;
}

} // namespace

Location Text::locate(std::string_view pointer) const
{
    if (!m_map)
        return {};
    const SourceMap& map = *m_map;
    const SourceMap::Node* node = &map.nodes[map.root];
    std::size_t at = node->begin;
    const std::optional<std::vector<std::string>> tokens = pointerTokens(pointer);
    const Json* value = &m_value;
    for (const std::string& token : tokens.value_or(std::vector<std::string>{})) {
        const SourceMap::Member* found = nullptr;
        if (value->is_object()) {
            // The last occurrence of a duplicate key holds the value.
            for (std::size_t i = node->memberCount; i-- > 0 && !found;) {
                if (map.member(*node, i).key == token)
                    found = &map.member(*node, i);
            }
            if (!found)
                break;
            value = &(*value)[token];
        } else if (value->is_array()) {
            const std::optional<std::size_t> index = arrayIndex(token);
            if (!index || *index >= node->memberCount)
                break;
            found = &map.member(*node, *index);
            value = &(*value)[*index];
        } else {
            break;
        }
        at = found->start;
        node = &map.nodes[found->node];
    }
    return map.locate(m_source, at);
}

std::string escapePointerToken(std::string_view token)
{
    std::string out;
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

bool truthy(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
        return false;
    case Json::value_t::boolean:
        return value.get<bool>();
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: {
        const double number = value.get<double>();
        return number != 0 && !std::isnan(number);
    }
    case Json::value_t::string:
        return !value.get_ref<const std::string&>().empty();
    default:
        return true;
    }
}

bool truthyMember(const Json& object, const char* key)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && truthy(*it);
}

} // namespace relata::json
