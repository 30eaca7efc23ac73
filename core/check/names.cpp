#include "check/names.h"

#include "check/check_text.h"

#include <algorithm>
#include <cctype>

namespace relata::check {

namespace {

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string pointerTo(std::string_view base, std::string_view key) {
    return std::string(base) + '/' + json::escapePointerToken(key);
}

std::string stringAt(const Json& object, std::string_view key) {
    if (!object.is_object())
        return {};
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string())
        return {};
    return found->get<std::string>();
}

std::string ticked(std::string_view name) {
    return "`" + std::string(name) + "`";
}

std::string shortJson(const Json& value) {
    constexpr std::size_t limit = 60;
    std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (text.size() > limit)
        text = text.substr(0, limit - 3) + "...";
    return text;
}

std::optional<std::string> nearestName(std::string_view wrong,
                                       const std::vector<std::string>& candidates) {
    const std::string wanted = lower(wrong);
    for (const std::string& candidate : candidates) {
        if (candidate != wrong && lower(candidate) == wanted)
            return candidate;
    }
    // Close enough to be a typo: one edit in a short name, up to three in a long one.
    const std::size_t allowed = std::clamp<std::size_t>(wanted.size() / 3, 1, 3);
    std::optional<std::string> best;
    std::size_t bestDistance = allowed + 1;
    for (const std::string& candidate : candidates) {
        if (candidate == wrong)
            continue;
        const std::size_t distance = editDistance(wanted, lower(candidate));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

std::vector<std::string> closeNames(std::string_view wrong,
                                    const std::vector<std::string>& candidates,
                                    std::size_t maxDistance) {
    const std::string wanted = lower(wrong);
    std::vector<std::string> close;
    for (const std::string& candidate : candidates) {
        if (candidate != wrong && editDistance(wanted, lower(candidate)) <= maxDistance &&
            std::find(close.begin(), close.end(), candidate) == close.end())
            close.push_back(candidate);
    }
    return close;
}

std::string didYouMean(std::string_view wrong, const std::vector<std::string>& candidates) {
    const auto nearest = nearestName(wrong, candidates);
    return nearest ? " " + say(relata::check::Check::tr("Did you mean %1?"), ticked(*nearest))
                   : std::string();
}

const std::vector<std::string>& relationTypeNames() {
    static const std::vector<std::string> types = {
        "belongsTo",      "hasMany",   "hasOne",     "hasAndBelongsToMany",
        "referencesMany", "embedsOne", "embedsMany",
    };
    return types;
}

bool isRelationType(std::string_view type) {
    const auto& types = relationTypeNames();
    return std::find(types.begin(), types.end(), type) != types.end();
}

const std::vector<std::string>& builtinModelNames() {
    // loopback/lib/builtin-models.js registers these; Model and PersistedModel
    // are the registry's roots.
    static const std::vector<std::string> names = {
        "Model",       "PersistedModel", "KeyValueModel", "Email", "Application",
        "AccessToken", "User",           "RoleMapping",   "Role",  "ACL",
        "Scope",       "Change",         "Checkpoint",
    };
    return names;
}

const std::vector<std::string>& passportModelNames() {
    static const std::vector<std::string> names = {"UserIdentity", "UserCredential",
                                                   "ApplicationCredential"};
    return names;
}

bool isBuiltinModel(std::string_view name) {
    const auto& names = builtinModelNames();
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace relata::check
