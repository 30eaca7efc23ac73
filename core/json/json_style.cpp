#include "json/source_map.h"

namespace relata::json {

namespace {

// The first line that starts with whitespace and has content sets the indent
// unit: a tab, or that many spaces. JSON strings cannot hold raw line breaks,
// so every line start is outside a string.
std::string detectIndentUnit(std::string_view source, const std::vector<std::size_t>& lineStarts)
{
    for (std::size_t start : lineStarts) {
        std::size_t end = start;
        while (end < source.size() && (source[end] == ' ' || source[end] == '\t'))
            ++end;
        if (end == start || end == source.size() || source[end] == '\n' || source[end] == '\r')
            continue;
        if (source[start] == '\t')
            return "\t";
        std::size_t spaces = 0;
        while (start + spaces < end && source[start + spaces] == ' ')
            ++spaces;
        return std::string(spaces, ' ');
    }
    return canonicalStyle().indentUnit;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

TextStyle detectStyle(std::string_view source, const SourceMap& map)
{
    TextStyle style = canonicalStyle();
    style.indentUnit = detectIndentUnit(source, map.lineStarts);
    if (map.lineStarts.size() > 1) {
        const std::size_t firstNewline = map.lineStarts[1] - 1;
        style.newline = firstNewline > 0 && source[firstNewline - 1] == '\r' ? "\r\n" : "\n";
    }
    style.finalNewline = !source.empty() && source.back() == '\n';

    std::size_t members = 0;
    std::size_t spaceBefore = 0;
    std::size_t spaceAfter = 0;
    for (const SourceMap::Member& member : map.members) {
        if (member.keyEnd == member.start)
            continue; // an array element
        ++members;
        const std::size_t valueBegin = map.nodes[member.node].begin;
        spaceBefore += isSpace(source[member.keyEnd]) ? 1 : 0;
        spaceAfter += isSpace(source[valueBegin - 1]) ? 1 : 0;
    }
    if (members > 0) {
        style.spaceBeforeColon = 2 * spaceBefore > members;
        style.spaceAfterColon = 2 * spaceAfter >= members;
    }
    return style;
}

} // namespace relata::json
