#include "check/filter_check.h"

#include "check/app_files.h"
#include "check/check_text.h"
#include "check/filter_checker.h"
#include "check/names.h"
#include "schema/schema.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace relata::check {

namespace {

// Nesting beyond this is surely a mistake (juggler refuses queries deeper
// than 32 levels), and it bounds the recursion on hostile input.
constexpr int maxDepth = 32;

const std::vector<std::string>& filterKeys() {
    static const std::vector<std::string> keys = {"where", "include", "fields", "order",
                                                  "limit", "skip",    "offset"};
    return keys;
}

// JavaScript's Number(value), which juggler applies to limit and skip.
double jsNumber(const Json& value) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    switch (value.type()) {
    case Json::value_t::null:
        return 0;
    case Json::value_t::boolean:
        return value.get<bool>() ? 1 : 0;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return value.get<double>();
    case Json::value_t::string: {
        const std::string& text = value.get_ref<const std::string&>();
        const auto begin = text.find_first_not_of(" \t\n\r\f\v");
        if (begin == std::string::npos)
            return 0;
        const auto end = text.find_last_not_of(" \t\n\r\f\v");
        const std::string trimmed = text.substr(begin, end - begin + 1);
        if (trimmed == "Infinity" || trimmed == "+Infinity")
            return std::numeric_limits<double>::infinity();
        if (trimmed.find_first_of("iInN") != std::string::npos)
            return nan; // strtod's "inf" and "nan" are not JavaScript numbers
        char* stop = nullptr;
        const double number = std::strtod(trimmed.c_str(), &stop);
        return stop == trimmed.c_str() + trimmed.size() ? number : nan;
    }
    case Json::value_t::array:
        // Number([x]) is Number(String(x)): "true" and "[object Object]" are not numbers.
        if (value.size() > 1 ||
            (value.size() == 1 && (value[0].is_boolean() || value[0].is_object())))
            return nan;
        return value.empty() ? 0 : jsNumber(value[0]);
    default:
        return nan;
    }
}

bool isCount(double number, bool allowZero) {
    return !std::isnan(number) && (allowZero ? number >= 0 : number > 0) &&
           std::ceil(number) == number;
}

// JavaScript's `text.split(/\s+/)`: a leading blank gives an empty first part.
std::vector<std::string> splitOnBlanks(const std::string& text) {
    std::vector<std::string> parts(1);
    bool inBlank = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!inBlank)
                parts.emplace_back();
            inBlank = true;
        } else {
            parts.back() += c;
            inBlank = false;
        }
    }
    return parts;
}

// `order` strings are split on commas (with any blanks around them) first.
std::vector<std::string> orderTokens(const std::string& text) {
    std::vector<std::string> tokens(1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != ',') {
            tokens.back() += text[i];
            continue;
        }
        while (!tokens.back().empty() &&
               std::isspace(static_cast<unsigned char>(tokens.back().back())))
            tokens.back().pop_back();
        while (i + 1 < text.size() && std::isspace(static_cast<unsigned char>(text[i + 1])))
            ++i;
        tokens.emplace_back();
    }
    return tokens;
}

// %1 the name, %2 the model.
QString unknownPropertyText(FilterChecker::PropertyUse use) {
    switch (use) {
    case FilterChecker::PropertyUse::Order:
        return Check::tr("%1 is not a property of %2; ordering by it does nothing.");
    case FilterChecker::PropertyUse::Fields:
        return Check::tr("%1 is not a property of %2; the result has no such field.");
    case FilterChecker::PropertyUse::Where:
        break;
    }
    return Check::tr("%1 is not a property of %2; the SQL connector ignores the condition.");
}

// The mixins `model` and its bases declare, each with its options; `false`
// switches one off. A base's mixins added their properties to the base, which
// the model inherits.
std::vector<std::pair<std::string, Json>> mixinsOf(const schema::Schema& schema,
                                                   const schema::Model& model) {
    std::vector<std::pair<std::string, Json>> mixins;
    std::vector<const schema::Model*> chain = {&model};
    for (const std::string& base : model.bases) {
        if (const schema::Model* found = schema.model(base))
            chain.push_back(found);
    }
    for (const schema::Model* each : chain) {
        const Json& settings = each->settings;
        const auto declared = settings.is_object() ? settings.find("mixins") : settings.end();
        if (declared == settings.end() || !declared->is_object())
            continue;
        for (const auto& item : declared->items()) {
            if (truthy(item.value()))
                mixins.emplace_back(item.key(), item.value());
        }
    }
    return mixins;
}

std::vector<std::string> relationNames(const schema::Model& model) {
    std::vector<std::string> names;
    for (const schema::Relation& relation : model.relations)
        names.push_back(relation.name);
    return names;
}

} // namespace

std::vector<FilterIssue> checkFilter(const schema::Schema& schema, const schema::Model* model,
                                     const Json& filter, FilterUse use, const AppFiles* appFiles) {
    static const AppFiles none;
    FilterChecker checker(schema, appFiles ? *appFiles : none);
    checker.checkFilter(model, filter, "", use, 0);
    return checker.takeIssues();
}

void FilterChecker::add(Severity severity, std::string code, std::string message,
                        std::string pointer) {
    m_issues.push_back({severity, std::move(code), std::move(message), std::move(pointer)});
}

bool FilterChecker::tooDeep(int depth, const std::string& pointer) {
    if (depth <= maxDepth)
        return false;
    add(Severity::Error, "filter-too-deep",
        say(Check::tr("The filter nests deeper than %1 levels; LoopBack refuses such a query. "
                      "Simplify it."),
            maxDepth),
        pointer);
    return true;
}

void FilterChecker::checkFilter(const schema::Model* model, const Json& filter,
                                const std::string& pointer, FilterUse use, int depth) {
    if (tooDeep(depth, pointer))
        return;
    if (!filter.is_object()) {
        add(Severity::Error, "filter-not-object",
            say(Check::tr("The query filter %1 is not an object; LoopBack rejects it. Write "
                          "{\"where\": …, \"order\": …}."),
                shortJson(filter)),
            pointer);
        return;
    }
    for (const auto& item : filter.items()) {
        const std::string& key = item.key();
        if (std::find(filterKeys().begin(), filterKeys().end(), key) != filterKeys().end() ||
            (use == FilterUse::NamedScope && key == "options"))
            continue;
        const std::string hint = didYouMean(key, filterKeys());
        add(Severity::Warning, "filter-unknown-key",
            say(Check::tr("LoopBack ignores the filter key %1."), ticked(key)) +
                (hint.empty() ? " " + say(Check::tr("A filter has where, include, fields, order, "
                                                    "limit and skip."))
                              : hint),
            pointerTo(pointer, key));
    }
    checkPaging(filter, pointer);
    if (filter.contains("order") && truthy(filter["order"]))
        checkOrder(model, filter["order"], pointerTo(pointer, "order"));
    if (filter.contains("fields") && truthy(filter["fields"]))
        checkFields(model, filter["fields"], pointerTo(pointer, "fields"));
    if (filter.contains("where") && !filter["where"].is_null())
        checkWhere(model, filter["where"], pointerTo(pointer, "where"), depth + 1);
    if (filter.contains("include"))
        checkInclude(model, filter["include"], pointerTo(pointer, "include"), depth + 1);
}

void FilterChecker::checkPaging(const Json& filter, const std::string& pointer) {
    const Json null;
    const auto at = [&](const char* key) -> const Json& {
        const auto found = filter.find(key);
        return found == filter.end() ? null : *found;
    };
    const Json& limit = at("limit");
    const Json& skip = at("skip");
    const Json& offset = at("offset");
    if (!truthy(limit) && !truthy(skip) && !truthy(offset))
        return;
    // juggler: limit = Number(limit || 100), offset = Number(skip || offset || 0).
    if (!isCount(jsNumber(truthy(limit) ? limit : Json(100)), false)) {
        add(Severity::Error, "filter-limit-invalid",
            say(Check::tr("The limit parameter %1 is not valid: LoopBack wants a positive whole "
                          "number and rejects the query."),
                shortJson(limit)),
            pointerTo(pointer, "limit"));
    }
    const char* skipKey = truthy(skip) ? "skip" : "offset";
    const Json& skipValue = truthy(skip) ? skip : offset;
    if (!isCount(jsNumber(truthy(skipValue) ? skipValue : Json(0)), true)) {
        add(Severity::Error, "filter-skip-invalid",
            say(Check::tr("The offset/skip parameter %1 is not valid: LoopBack wants a whole "
                          "number of at least 0 and rejects the query."),
                shortJson(skipValue)),
            pointerTo(pointer, skipKey));
    }
    if (!truthy(limit)) {
        add(Severity::Warning, "filter-skip-without-limit",
            say(Check::tr("LoopBack adds \"limit\": 100 to a filter that has %1 but no limit, so "
                          "at most 100 rows come back. Give a limit."),
                ticked(skipKey)),
            pointerTo(pointer, skipKey));
    }
}

void FilterChecker::checkPropertyName(const schema::Model* model, const std::string& name,
                                      const std::string& pointer, PropertyUse use) {
    if (!model || name.empty() || name.find('.') != std::string::npos || model->property(name))
        return;
    std::vector<std::string> unreadable;
    for (const auto& [mixin, options] : mixinsOf(m_schema, *model)) {
        const MixinProperties added = m_appFiles.mixin(mixin, options);
        if (added.names.count(name))
            return;
        if (!added.complete)
            unreadable.push_back(ticked(mixin));
    }
    if (!unreadable.empty()) {
        std::string list;
        for (const std::string& mixin : unreadable)
            list += (list.empty() ? "" : ", ") + mixin;
        add(Severity::Info, "filter-unknown-property",
            //: %3 lists mixins, e.g. "`Logging`, `Cache`".
            say(Check::tr("%1 is not a property of %2; it may come from its mixin %3, whose "
                          "properties Relata cannot read."),
                ticked(name), ticked(model->name), list),
            pointer);
        return;
    }
    std::vector<std::string> names;
    for (const schema::Property& property : model->properties)
        names.push_back(property.name);
    add(Severity::Warning, "filter-unknown-property",
        say(unknownPropertyText(use), ticked(name), ticked(model->name)) + didYouMean(name, names),
        pointer);
}

void FilterChecker::checkOrder(const schema::Model* model, const Json& order,
                               const std::string& pointer) {
    const bool single = !order.is_array();
    const Json entries = single ? Json::array({order}) : order;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string at = single ? pointer : pointerTo(pointer, std::to_string(i));
        const Json& entry = entries[i];
        if (!entry.is_string()) {
            add(Severity::Error, "filter-order-invalid",
                say(Check::tr("The order %1 is not valid; LoopBack wants strings such as \"name "
                              "ASC\" and rejects the query."),
                    shortJson(entry)),
                at);
            continue;
        }
        for (const std::string& token : orderTokens(entry.get<std::string>())) {
            if (token.empty())
                continue;
            const std::vector<std::string> parts = splitOnBlanks(token);
            if (parts.size() >= 2) {
                std::string direction = parts[1];
                for (char& c : direction)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                if (direction != "ASC" && direction != "DESC") {
                    add(Severity::Error, "filter-order-direction",
                        say(Check::tr("The order \"%1\" has an invalid direction; LoopBack "
                                      "accepts only ASC or DESC after the property name and "
                                      "rejects the query."),
                            token),
                        at);
                    continue;
                }
            }
            checkPropertyName(model, parts[0], at, PropertyUse::Order);
        }
    }
}

void FilterChecker::checkFields(const schema::Model* model, const Json& fields,
                                const std::string& pointer) {
    constexpr PropertyUse use = PropertyUse::Fields;
    if (fields.is_string()) {
        checkPropertyName(model, fields.get<std::string>(), pointer, use);
    } else if (fields.is_array()) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const std::string at = pointerTo(pointer, std::to_string(i));
            if (fields[i].is_string()) {
                checkPropertyName(model, fields[i].get<std::string>(), at, use);
                continue;
            }
            // The connector selects the named columns only; with none left the SQL is invalid.
            add(Severity::Warning, "filter-fields-invalid",
                say(Check::tr("LoopBack ignores %1 in \"fields\": only property names count."),
                    shortJson(fields[i])),
                at);
        }
    } else if (fields.is_object()) {
        for (const auto& item : fields.items())
            checkPropertyName(model, item.key(), pointerTo(pointer, item.key()), use);
    } else {
        add(Severity::Warning, "filter-fields-invalid",
            say(Check::tr("LoopBack ignores \"fields\": %1; give a property name, an array of "
                          "names or an object such as {\"name\": true}."),
                shortJson(fields)),
            pointer);
    }
}

const schema::Model* FilterChecker::targetOf(const schema::Relation& relation) const {
    return relation.modelTo.empty() ? nullptr : m_schema.model(relation.modelTo);
}

const schema::Relation* FilterChecker::includedRelation(const schema::Model* model,
                                                        const std::string& name,
                                                        const std::string& pointer) {
    if (!model)
        return nullptr;
    const schema::Relation* relation = model->relation(name);
    if (!relation) {
        add(Severity::Error, "filter-include-unknown-relation",
            say(Check::tr("Relation \"%1\" is not defined for %2 model; LoopBack fails every "
                          "query that includes it."),
                name, model->name) +
                didYouMean(name, relationNames(*model)),
            pointer);
        return nullptr;
    }
    if (relation->disableInclude()) {
        add(Severity::Warning, "filter-include-disabled",
            say(Check::tr("Relation %1 has options.disableInclude, so LoopBack silently leaves "
                          "it out of the result."),
                ticked(name)),
            pointer);
    }
    return relation;
}

void FilterChecker::checkInclude(const schema::Model* model, const Json& include,
                                 const std::string& pointer, int depth) {
    if (tooDeep(depth, pointer))
        return;
    if (include.is_string()) {
        includedRelation(model, include.get<std::string>(), pointer);
    } else if (include.is_array()) {
        for (std::size_t i = 0; i < include.size(); ++i) {
            const std::string at = pointerTo(pointer, std::to_string(i));
            // The juggler looks a null entry up as a relation named "null".
            if (include[i].is_null())
                includedRelation(model, "null", at);
            else
                checkInclude(model, include[i], at, depth + 1);
        }
    } else if (include.is_object()) {
        checkIncludeObject(model, include, pointer, depth);
    } else {
        add(Severity::Warning, "filter-include-invalid",
            say(Check::tr("LoopBack ignores the include %1; name a relation, or give an array or "
                          "an object of relations."),
                shortJson(include)),
            pointer);
    }
}

namespace {

// Whether including `relation` once per key of an include object repeats its
// results: include.js pushes the targets of hasManyThrough, HABTM,
// referencesMany and hasMany with a sub-include into the parent's list, and
// assigns the others (query::includeRepeats, which the engine runs; check
// stays below query).
bool includeRepeats(const schema::Relation& relation, const Json& value)
{
    switch (relation.kind) {
    case schema::RelationKind::HasManyThrough:
    case schema::RelationKind::HasAndBelongsToMany:
    case schema::RelationKind::ReferencesMany: return true;
    case schema::RelationKind::HasMany:
        // {"orders": true} has no sub-include; any other truthy value is one.
        return !(value.is_boolean() || value.is_null() || (value.is_number() && value == 0)
                 || (value.is_string() && value.get_ref<const std::string&>().empty()));
    default: return false;
    }
}

} // namespace

void FilterChecker::checkIncludeObject(const schema::Model* model, const Json& include,
                                       const std::string& pointer, int depth) {
    const char* nameKey = include.contains("rel") && include["rel"].is_string() ? "rel"
                          : include.contains("relation") && include["relation"].is_string()
                              ? "relation"
                              : nullptr;
    if (nameKey) {
        for (const auto& item : include.items()) {
            if (item.key() != "rel" && item.key() != "relation" && item.key() != "scope") {
                add(Severity::Warning, "filter-include-key-ignored",
                    say(Check::tr("LoopBack ignores %1 next to \"%2\"; put it inside \"scope\"."),
                        ticked(item.key()), nameKey),
                    pointerTo(pointer, item.key()));
            }
        }
        const std::string namePointer = pointerTo(pointer, nameKey);
        const schema::Relation* relation =
            includedRelation(model, include[nameKey].get<std::string>(), namePointer);
        if (include.contains("scope") && (relation || !model))
            checkFilter(relation ? targetOf(*relation) : nullptr, include["scope"],
                        pointerTo(pointer, "scope"), FilterUse::Query, depth + 1);
        return;
    }
    bool first = true;
    // normalizeInclude pushes the object once per key, each entry read by its
    // first key: that relation runs once per key, the others never.
    const schema::Relation* firstRelation = nullptr;
    for (const auto& item : include.items()) {
        const std::string at = pointerTo(pointer, item.key());
        if (!first) {
            const bool repeats = firstRelation && includeRepeats(*firstRelation, include.begin().value());
            add(Severity::Warning, "filter-include-multiple-keys",
                repeats ? say(Check::tr("LoopBack includes %1 again for every key of an include object, so its "
                                        "results repeat and %2 is not included; use an array of includes."),
                              ticked(include.begin().key()), ticked(item.key()))
                        : say(Check::tr("LoopBack reads only the first key of an include object, so %1 is "
                                        "not included; use an array of includes."),
                              ticked(item.key())),
                at);
            continue;
        }
        first = false;
        const schema::Relation* relation = includedRelation(model, item.key(), at);
        firstRelation = relation;
        const Json& sub = item.value();
        if ((sub.is_string() || sub.is_array() || sub.is_object()) && (relation || !model))
            checkInclude(relation ? targetOf(*relation) : nullptr, sub, at, depth + 1);
    }
}

} // namespace relata::check
