#pragma once

#include "json/json_text.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace relata::json {

// The layout of a parsed text, as byte offsets into Text::source(). A container's
// text is `open lead0 body0 trail0 , lead1 body1 trail1 , ... trailN close`: every
// byte belongs to exactly one piece, so rendering the pieces again reproduces the
// source, and an edit can swap one piece and keep the others.
struct SourceMap {
    struct Node {
        std::size_t begin = 0; // first byte of the value
        std::size_t end = 0;   // one past its last byte
        std::size_t firstMember = 0;
        std::size_t memberCount = 0; // object members or array elements
    };
    struct Member {
        std::string key;           // decoded; empty for array elements
        std::size_t start = 0;     // the quoted key, or the element's value
        std::size_t keyEnd = 0;    // one past the key's closing quote; == start for elements
        std::size_t node = 0;      // the value, an index into nodes
        std::size_t separator = 0; // the ',' after the member, or the container's closing bracket
    };

    std::vector<Node> nodes;
    std::vector<Member> members;
    std::vector<std::size_t> lineStarts; // offset of the first byte of every line
    std::size_t root = 0;
    std::size_t bomSize = 0;

    const Member& member(const Node& container, std::size_t i) const
    {
        return members[container.firstMember + i];
    }
    // First byte of member i's leading whitespace: just after '{', '[' or the previous ','.
    std::size_t leadBegin(const Node& container, std::size_t i) const
    {
        return i == 0 ? container.begin + 1 : member(container, i - 1).separator + 1;
    }
    Location locate(std::string_view source, std::size_t offset) const;
};

std::vector<std::size_t> lineStartsOf(std::string_view source);

TextStyle detectStyle(std::string_view source, const SourceMap& map);

// Leading spaces and tabs of the line holding `offset`.
std::string_view lineIndentAt(std::string_view source, std::size_t offset);

} // namespace relata::json
