#include "json/json_writer.h"
#include "json/source_map.h"

#include <optional>
#include <unordered_map>

namespace relata::json {
namespace {

// Spacing of a container written on one line, for values inserted into it.
struct Spacing {
    std::string open;
    std::string between;
    std::string close;
};

// Where a value sits, so new text put there matches its neighbours.
struct Layout {
    std::string indent; // indentation of the line the value starts on
    std::string unit;   // one nesting level in this part of the file
    std::string colon;  // what sibling members put between key and value
    std::optional<Spacing> compact;
};

// One member of a rendered container: a member of the source (kept, possibly
// with a changed value) or a new one.
struct Item {
    std::optional<std::size_t> source; // index among the container's source members
    const Json* old = nullptr;         // null for an earlier duplicate key, kept verbatim
    const Json* updated = nullptr;
    const std::string* key = nullptr; // new object members
};

// The whitespace of a container: between its members it is position-bound (the
// first member follows `openLead`, the others `betweenLead`), so a member that
// moves takes the spacing of its new place.
struct Shape {
    bool isInline = false;
    std::string openLead;
    std::string betweenLead;
    std::string closeSpace;
    std::string innerTrail; // between a value and its ','
    Layout inner;           // for new members; `indent` is set per member
};

bool hasNewline(std::string_view text)
{
    return text.find('\n') != std::string_view::npos;
}

// "\n\n    " -> "\n    ": a copied lead must not copy a blank line.
std::string_view lastLineBreak(std::string_view lead)
{
    std::size_t at = lead.rfind('\n');
    if (at == std::string_view::npos)
        return lead;
    if (at > 0 && lead[at - 1] == '\r')
        --at;
    return lead.substr(at);
}

std::string_view afterLineBreak(std::string_view lead)
{
    return lead.substr(lead.rfind('\n') + 1);
}

class Renderer {
public:
    Renderer(std::string_view source, const SourceMap& map, const TextStyle& style, std::string& out)
        : m_source(source)
        , m_map(map)
        , m_style(style)
        , m_out(out)
    {
    }

    void value(const SourceMap::Node& node, const Json& old, const Json& updated, const Layout& layout)
    {
        if (old == updated)
            m_out.append(m_source.substr(node.begin, node.end - node.begin));
        else if (old.is_object() && updated.is_object())
            container(node, objectItems(node, old, updated), updated, layout);
        else if (old.is_array() && updated.is_array())
            container(node, arrayItems(old, updated), updated, layout);
        else
            fresh(updated, layout);
    }

private:
    std::string_view text(std::size_t begin, std::size_t end) const
    {
        return m_source.substr(begin, end - begin);
    }
    std::string_view lead(const SourceMap::Node& node, std::size_t i) const
    {
        return text(m_map.leadBegin(node, i), m_map.member(node, i).start);
    }
    std::string_view trail(const SourceMap::Node& node, std::size_t i) const
    {
        const SourceMap::Member& member = m_map.member(node, i);
        return text(m_map.nodes[member.node].end, member.separator);
    }
    std::string_view colon(const SourceMap::Member& member) const
    {
        return text(member.keyEnd, m_map.nodes[member.node].begin);
    }

    void fresh(const Json& value, const Layout& layout)
    {
        WriteLayout write;
        write.newline = m_style.newline;
        write.unit = layout.unit;
        write.colon = layout.colon;
        if (layout.compact) {
            write.compact = true;
            write.open = layout.compact->open;
            write.between = layout.compact->between;
            write.close = layout.compact->close;
        }
        writeValue(m_out, value, write, layout.indent);
    }

    std::vector<Item> objectItems(const SourceMap::Node& node, const Json& old, const Json& updated) const;
    static std::vector<Item> arrayItems(const Json& old, const Json& updated);
    Shape shapeOf(const SourceMap::Node& node, bool isObject, const Layout& layout) const;
    std::string inlineBetween(const SourceMap::Node& node, bool isObject, const Layout& layout) const;
    void container(const SourceMap::Node& node, const std::vector<Item>& items, const Json& updated,
                   const Layout& layout);
    void item(const SourceMap::Node& node, const Item& item, std::string_view lead,
              std::string_view siblingColon, const Shape& shape);

    std::string_view m_source;
    const SourceMap& m_map;
    const TextStyle& m_style;
    std::string& m_out;
};

// Kept keys stay where they were and keep their text; removed ones go; new
// ones go where `updated` puts them. Of a duplicated key every occurrence is
// kept (the last holds the value), so an edit elsewhere does not touch them.
std::vector<Item> Renderer::objectItems(const SourceMap::Node& node, const Json& old,
                                        const Json& updated) const
{
    std::unordered_map<std::string_view, const Json*> oldValues;
    for (const auto& [key, value] : old.items())
        oldValues.emplace(key, &value);
    std::unordered_map<std::string_view, const Json*> newValues;
    for (const auto& [key, value] : updated.items())
        newValues.emplace(key, &value);
    std::unordered_map<std::string_view, std::size_t> first;
    std::unordered_map<std::string_view, std::size_t> last;
    for (std::size_t i = 0; i < node.memberCount; ++i) {
        first.emplace(m_map.member(node, i).key, i);
        last[m_map.member(node, i).key] = i;
    }
    const auto sourceItem = [&](std::size_t i) {
        const std::string& key = m_map.member(node, i).key;
        if (last[key] != i)
            return Item{i, nullptr, nullptr, nullptr};
        return Item{i, oldValues.at(key), newValues.at(key), nullptr};
    };

    std::vector<std::string_view> keptInOldOrder;
    for (const auto& [key, value] : old.items()) {
        if (newValues.count(key))
            keptInOldOrder.push_back(key);
    }
    std::vector<std::string_view> keptInNewOrder;
    for (const auto& [key, value] : updated.items()) {
        if (oldValues.count(key))
            keptInNewOrder.push_back(key);
    }

    std::vector<Item> items;
    const auto& entries = updated.get_ref<const Json::object_t&>();
    auto next = entries.begin();
    if (keptInOldOrder == keptInNewOrder) {
        for (std::size_t i = 0; i < node.memberCount; ++i) {
            const std::string& key = m_map.member(node, i).key;
            if (!newValues.count(key))
                continue;
            if (first[key] == i) {
                for (; next->first != key; ++next)
                    items.push_back(Item{std::nullopt, nullptr, &next->second, &next->first});
                ++next;
            }
            items.push_back(sourceItem(i));
        }
    } else {
        for (const auto& [key, value] : entries) {
            if (!oldValues.count(key)) {
                items.push_back(Item{std::nullopt, nullptr, &value, &key});
                continue;
            }
            for (std::size_t i = first[key]; i <= last[key]; ++i) {
                if (m_map.member(node, i).key == key)
                    items.push_back(sourceItem(i));
            }
        }
        next = entries.end();
    }
    for (; next != entries.end(); ++next)
        items.push_back(Item{std::nullopt, nullptr, &next->second, &next->first});
    return items;
}

// Elements equal at the start and at the end keep their text; those between are
// paired by position, so an insertion or removal shifts nothing else.
std::vector<Item> Renderer::arrayItems(const Json& old, const Json& updated)
{
    const std::size_t oldSize = old.size();
    const std::size_t newSize = updated.size();
    std::size_t prefix = 0;
    while (prefix < oldSize && prefix < newSize && old[prefix] == updated[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
           && old[oldSize - 1 - suffix] == updated[newSize - 1 - suffix])
        ++suffix;
    std::vector<Item> items;
    items.reserve(newSize);
    for (std::size_t j = 0; j < newSize; ++j) {
        std::optional<std::size_t> i;
        if (j >= newSize - suffix)
            i = oldSize - (newSize - j);
        else if (j < oldSize - suffix)
            i = j;
        if (i)
            items.push_back(Item{i, &old[*i], &updated[j], nullptr});
        else
            items.push_back(Item{std::nullopt, nullptr, &updated[j], nullptr});
    }
    return items;
}

Shape Renderer::shapeOf(const SourceMap::Node& node, bool isObject, const Layout& layout) const
{
    Shape shape;
    const std::size_t n = node.memberCount;
    shape.isInline = n > 0 ? !hasNewline(text(node.begin, node.end)) : layout.compact.has_value();
    shape.inner = layout;
    if (n == 0 && shape.isInline) {
        shape.openLead = layout.compact->open;
        shape.betweenLead = layout.compact->between;
        shape.closeSpace = layout.compact->close;
    } else if (n == 0) {
        shape.openLead = m_style.newline + layout.indent + layout.unit;
        shape.betweenLead = shape.openLead;
        shape.closeSpace = m_style.newline + layout.indent;
    } else {
        shape.openLead = lead(node, 0);
        if (n > 1)
            shape.betweenLead = lastLineBreak(lead(node, 1));
        else if (hasNewline(lead(node, 0)))
            shape.betweenLead = lastLineBreak(lead(node, 0));
        else
            shape.betweenLead = inlineBetween(node, isObject, layout);
        shape.closeSpace = trail(node, n - 1);
        shape.innerTrail = n > 1 ? trail(node, 0) : std::string_view();
        if (isObject)
            shape.inner.colon = colon(m_map.member(node, 0));
        const std::string_view memberLead = n > 1 ? lead(node, 1) : lead(node, 0);
        const std::string_view memberIndent = afterLineBreak(memberLead);
        const std::string_view containerIndent = lineIndentAt(m_source, node.begin);
        if (hasNewline(memberLead) && memberIndent.size() > containerIndent.size()
            && memberIndent.substr(0, containerIndent.size()) == containerIndent)
            shape.inner.unit = memberIndent.substr(containerIndent.size());
    }
    if (shape.isInline)
        shape.inner.compact = Spacing{shape.openLead, shape.betweenLead, shape.closeSpace};
    else
        shape.inner.compact.reset();
    return shape;
}

// After the ',' of a one-line container that has one member, nothing shows the
// author's habit: a space unless the text around is written tight.
std::string Renderer::inlineBetween(const SourceMap::Node& node, bool isObject, const Layout& layout) const
{
    if (!lead(node, 0).empty())
        return " ";
    if (isObject) {
        const std::string_view memberColon = colon(m_map.member(node, 0));
        return !memberColon.empty() && memberColon.back() == ' ' ? " " : "";
    }
    if (layout.compact)
        return layout.compact->between;
    return m_style.spaceAfterColon ? " " : "";
}

void Renderer::container(const SourceMap::Node& node, const std::vector<Item>& items,
                         const Json& updated, const Layout& layout)
{
    m_out += m_source[node.begin];
    if (items.empty()) {
        m_out += m_source[node.end - 1];
        return;
    }
    const Shape shape = shapeOf(node, updated.is_object(), layout);
    std::string_view siblingLead = shape.betweenLead;
    std::string_view siblingColon = shape.inner.colon;
    for (std::size_t j = 0; j < items.size(); ++j) {
        const std::optional<std::size_t> i = items[j].source;
        if (i && updated.is_object())
            siblingColon = colon(m_map.member(node, *i));
        std::string_view itemLead = shape.openLead;
        if (j > 0 && i)
            itemLead = *i > 0 ? lead(node, *i) : std::string_view(shape.betweenLead);
        else if (j > 0)
            itemLead = siblingLead;
        if (j > 0)
            m_out += ',';
        m_out += itemLead;
        if (i && *i > 0)
            siblingLead = lastLineBreak(lead(node, *i));
        item(node, items[j], itemLead, siblingColon, shape);
        if (j + 1 == items.size())
            m_out += shape.closeSpace;
        else if (i && *i + 1 < node.memberCount)
            m_out += trail(node, *i);
        else
            m_out += shape.innerTrail;
    }
    m_out += m_source[node.end - 1];
}

void Renderer::item(const SourceMap::Node& node, const Item& item, std::string_view lead,
                    std::string_view siblingColon, const Shape& shape)
{
    Layout layout = shape.inner;
    if (item.source) {
        const SourceMap::Member& member = m_map.member(node, *item.source);
        const SourceMap::Node& child = m_map.nodes[member.node];
        if (!item.old) {
            m_out += text(member.start, child.end);
            return;
        }
        m_out += text(member.start, child.begin);
        layout.indent = lineIndentAt(m_source, member.start);
        value(child, *item.old, *item.updated, layout);
        return;
    }
    if (hasNewline(lead))
        layout.indent = afterLineBreak(lead);
    else if (!shape.isInline)
        layout.indent = lineIndentAt(m_source, node.begin);
    if (item.key) {
        layout.colon = siblingColon;
        writeString(m_out, *item.key);
        m_out += layout.colon;
    }
    fresh(*item.updated, layout);
}

} // namespace

std::string Text::render(const Json& updated) const
{
    if (m_map && updated == m_value)
        return m_source;
    return renderEveryValue(updated);
}

std::string Text::renderEveryValue(const Json& updated) const
{
    if (!m_map)
        return format(updated, m_style);
    const SourceMap::Node& root = m_map->nodes[m_map->root];
    std::string out;
    out.reserve(m_source.size() + 256);
    out.append(m_source, 0, root.begin);
    Layout layout;
    layout.indent = lineIndentAt(m_source, root.begin);
    layout.unit = m_style.indentUnit;
    layout.colon = colonOf(m_style);
    Renderer(m_source, *m_map, m_style, out).value(root, m_value, updated, layout);
    out.append(m_source, root.end);
    return out;
}

} // namespace relata::json
