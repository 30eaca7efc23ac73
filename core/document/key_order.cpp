#include "document/key_order.h"

#include <span>
#include <string_view>

namespace relata {
namespace {

// The slot that stands for "every key not listed" in each canonical order.
constexpr std::string_view otherKeys = "*";

using KeyOrder = std::span<const std::string_view>;

constexpr std::string_view modelOrder[] = {"name",    "description", "plural",    "base",   "strict",
                                 "public",  "idInjection", "scopes",    "indexes", "options",
                                 otherKeys, "properties",  "validations", "relations", "acls",
                                 "methods"};
constexpr std::string_view propertyOrder[] = {"type", "id", "generated", "required", "index", "description",
                                    otherKeys};
constexpr std::string_view relationOrder[] = {"type", "model", "as", "foreignKey", otherKeys};
constexpr std::string_view aclOrder[] = {"accessType", "principalType", "principalId", "permission",
                               "property", otherKeys};

std::size_t rank(KeyOrder order, std::string_view key)
{
    std::size_t other = order.size();
    std::size_t index = 0;
    for (std::string_view known : order) {
        if (known == key)
            return index;
        if (known == otherKeys)
            other = index;
        ++index;
    }
    return other;
}

Json placeKeys(const Json& before, Json after, KeyOrder order)
{
    if (!after.is_object())
        return after;
    const bool hadObject = before.is_object();
    Json placed = Json::object();
    for (auto& [key, value] : after.items()) {
        if (hadObject && before.contains(key))
            placed[key] = std::move(value);
    }
    for (auto& [key, value] : after.items()) {
        if (hadObject && before.contains(key))
            continue;
        const std::size_t keyRank = rank(order, key);
        // After the last key ranked at or before the new one, else first.
        std::size_t position = 0;
        std::size_t index = 0;
        for (const auto& existing : placed.items()) {
            ++index;
            if (rank(order, existing.key()) <= keyRank)
                position = index;
        }
        Json reordered = Json::object();
        index = 0;
        for (auto& [existing, existingValue] : placed.items()) {
            if (index++ == position)
                reordered[key] = std::move(value);
            reordered[existing] = std::move(existingValue);
        }
        if (position >= placed.size())
            reordered[key] = std::move(value);
        placed = std::move(reordered);
    }
    return placed;
}

const Json& member(const Json& object, const std::string& key)
{
    static const Json missing;
    if (!object.is_object())
        return missing;
    const auto it = object.find(key);
    return it == object.end() ? missing : *it;
}

void placeEach(const Json& before, Json& after, KeyOrder order)
{
    if (!after.is_object())
        return;
    for (auto& [key, value] : after.items())
        value = placeKeys(member(before, key), std::move(value), order);
}

} // namespace

Json placeNewModelKeys(const Json& before, Json after)
{
    if (!after.is_object())
        return after;
    Json placed = placeKeys(before, std::move(after), modelOrder);
    if (placed.contains("properties"))
        placeEach(member(before, "properties"), placed["properties"], propertyOrder);
    if (placed.contains("relations"))
        placeEach(member(before, "relations"), placed["relations"], relationOrder);
    if (placed.contains("acls") && placed["acls"].is_array()) {
        const Json& oldAcls = member(before, "acls");
        Json& acls = placed["acls"];
        for (std::size_t i = 0; i < acls.size(); ++i) {
            const Json& old = oldAcls.is_array() && i < oldAcls.size() ? oldAcls[i] : Json();
            acls[i] = placeKeys(old, std::move(acls[i]), aclOrder);
        }
    }
    return placed;
}

} // namespace relata
