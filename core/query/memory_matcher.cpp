#include "query/memory_matcher.h"

#include "query/filter_normalize.h"
#include "query/js_value.h"
#include "query/query_error.h"
#include "store/js_values.h"

#include <QRegularExpression>
#include <QString>

#include <cmath>
#include <limits>

namespace relata::query {

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

// `new RegExp(source, flags)`, compiled once per query: the cache lives as long as the matcher.
const store::JsRegExp& compiled(RegExpCache& cache, const std::string& source, const std::string& flags)
{
    auto key = std::make_pair(source, flags);
    auto found = cache.find(key);
    if (found == cache.end()) {
        store::JsRegExp regexp = store::jsRegExp(source, flags);
        if (!regexp.valid())
            fail(QueryError{"SyntaxError", regexp.error, std::nullopt, {}});
        found = cache.emplace(std::move(key), std::move(regexp)).first;
    }
    return found->second;
}

// String(value) as RegExp.prototype.test reads it: null is "null", a missing value "undefined".
std::string subject(const Json* value)
{
    return value ? js::toString(*value) : std::string("undefined");
}

// memory.js toRegExp: `%` is any run and `_` any character; every other
// character keeps its regular-expression meaning.
std::string likePattern(const std::string& like)
{
    std::string pattern;
    for (char c : like) {
        if (c == '%')
            pattern += ".*";
        else if (c == '_')
            pattern += '.';
        else
            pattern += c;
    }
    return pattern;
}

bool regexpTest(RegExpCache& cache, const Json& pattern, const Json* value)
{
    if (isRegExp(pattern))
        return compiled(cache, pattern["$regexp"].get<std::string>(), pattern["$flags"].get<std::string>())
            .test(subject(value));
    return compiled(cache, js::toString(pattern), {}).test(subject(value));
}

bool isNullish(const Json* value)
{
    return !value || value->is_null();
}

bool loose(const Json* a, const Json* b)
{
    if (isNullish(a) || isNullish(b))
        return isNullish(a) && isNullish(b);
    return js::looseEquals(*a, *b);
}

double compare(const Json* a, const Json* b)
{
    if (isNullish(a) || isNullish(b))
        return loose(a, b) ? 0 : notANumber;
    if (a->is_number() || a->is_boolean()) {
        const std::optional<double> x = js::toNumber(*a);
        const std::optional<double> y = js::toNumber(*b);
        return x && y ? *x - *y : notANumber;
    }
    if (a->is_string()) {
        if (b->is_string()) {
            const std::string& x = a->get_ref<const std::string&>();
            const std::string& y = b->get_ref<const std::string&>();
            const QString left = QString::fromStdString(x);
            const QString right = QString::fromStdString(y);
            return left > right ? 1 : (left < right ? -1 : 0);
        }
        const std::optional<double> x = js::toNumber(*a);
        const std::optional<double> y = js::toNumber(*b);
        if (!x || !y)
            return notANumber;
        return *x > *y ? 1 : (*x < *y ? -1 : (*x == *y ? 0 : notANumber));
    }
    return loose(a, b) ? 0 : notANumber;
}

const Json* member(const Json& object, const char* key)
{
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

bool testInEquality(const Json& example, const Json* value)
{
    if (const Json* bound = member(example, "gt"))
        return compare(value, bound) > 0;
    if (const Json* bound = member(example, "gte"))
        return compare(value, bound) >= 0;
    if (const Json* bound = member(example, "lt"))
        return compare(value, bound) < 0;
    if (const Json* bound = member(example, "lte"))
        return compare(value, bound) <= 0;
    return false;
}

bool testLike(RegExpCache& cache, const Json& example, const Json* value)
{
    static const char* const operators[] = {"like", "nlike", "ilike", "nilike"};
    for (const char* op : operators) {
        if (!json::truthyMember(example, op))
            continue;
        const Json& pattern = *member(example, op);
        // The first truthy one gives the pattern; which test runs follows the same order.
        const std::string source = isRegExp(pattern) ? pattern["$regexp"].get<std::string>()
                                                     : likePattern(js::toString(pattern));
        const bool insensitive = std::string(op) == "ilike" || std::string(op) == "nilike";
        const bool found = compiled(cache, source, insensitive ? "i" : "").test(subject(value));
        const bool negated = std::string(op) == "nlike" || std::string(op) == "nilike";
        return negated ? !found : found;
    }
    return false;
}

bool test(RegExpCache& cache, const Json& example, const Json* value)
{
    if (value && value->is_string() && isRegExp(example))
        return regexpTest(cache, example, value);
    if (example.is_null())
        return isNullish(value);
    if (example.is_object() && !isRegExp(example)) {
        if (const Json* pattern = member(example, "regexp"); pattern && js::truthy(*pattern))
            return value && js::truthy(*value) ? regexpTest(cache, *pattern, value) : false;
        if (json::truthyMember(example, "near"))
            return true;
        if (const Json* list = member(example, "inq"); list && js::truthy(*list)) {
            for (const Json& candidate : *list) {
                if (loose(&candidate, value))
                    return true;
            }
            return false;
        }
        if (const Json* list = member(example, "nin"); list && js::truthy(*list)) {
            for (const Json& candidate : *list) {
                if (loose(&candidate, value))
                    return false;
            }
            return true;
        }
        if (const Json* other = member(example, "neq"))
            return compare(other, value) != 0;
        if (const Json* range = member(example, "between")) {
            const Json low = range->is_array() && !range->empty() ? (*range)[0] : Json();
            const Json high = range->is_array() && range->size() > 1 ? (*range)[1] : Json();
            return compare(value, &low) >= 0 && compare(value, &high) <= 0;
        }
        if (json::truthyMember(example, "like") || json::truthyMember(example, "nlike") || json::truthyMember(example, "ilike")
            || json::truthyMember(example, "nilike"))
            return testLike(cache, example, value);
        if (testInEquality(example, value))
            return true;
    }
    return loose(&example, value);
}

const Json* valueAt(const Json& object, const std::string& path)
{
    const Json* value = &object;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = path.find('.', start);
        const std::string key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (value->is_object()) {
            value = member(*value, key.c_str());
        } else if (value->is_array()) {
            const std::optional<double> index = js::toNumber(Json(key));
            value = (index && *index >= 0 && *index < double(value->size()) && std::trunc(*index) == *index)
                        ? &(*value)[std::size_t(*index)]
                        : nullptr;
        } else {
            value = nullptr;
        }
        if (!value || value->is_null() || dot == std::string::npos)
            return value;
        start = dot + 1;
    }
}

bool matchesKey(RegExpCache& cache, const Json& where, const std::string& key, const Json& item);

bool matchesAll(RegExpCache& cache, const Json& where, const Json& item)
{
    if (!where.is_object())
        return true;
    for (auto it = where.begin(); it != where.end(); ++it) {
        if (!matchesKey(cache, where, it.key(), item))
            return false;
    }
    return true;
}

bool matchesKey(RegExpCache& cache, const Json& where, const std::string& key, const Json& item)
{
    const Json& matcher = where[key];
    if ((key == "and" || key == "or") && matcher.is_array()) {
        for (const Json& clause : matcher) {
            const bool matched = matchesAll(cache, clause, item);
            if (key == "and" && !matched)
                return false;
            if (key == "or" && matched)
                return true;
        }
        return key == "and";
    }
    const Json* value = item.is_null() ? nullptr : valueAt(item, key);
    // An array value matches when one of its elements does (Mongo-style).
    if (value && value->is_array()) {
        if (matcher.is_object() && matcher.contains("neq") && value->empty())
            return true;
        for (std::size_t i = 0; i < value->size(); ++i) {
            Json single = Json::object();
            single[std::to_string(i)] = matcher;
            if (matchesAll(cache, single, *value))
                return true;
        }
        return false;
    }
    if (test(cache, matcher, value))
        return true;
    const std::size_t dot = key.find('.');
    if (dot == std::string::npos || !item.is_object())
        return false;
    const Json* outer = member(item, key.substr(0, dot).c_str());
    Json sub = Json::object();
    sub[key.substr(dot + 1)] = matcher;
    if (outer && outer->is_array()) {
        for (const Json& element : *outer) {
            if (matchesAll(cache, sub, element))
                return true;
        }
        return false;
    }
    if (outer && outer->is_object())
        return matchesAll(cache, sub, *outer);
    return false;
}

} // namespace

MemoryMatcher::MemoryMatcher(Json where) : m_where(std::move(where)) {}

bool MemoryMatcher::matches(const Json& item)
{
    return matchesAll(m_cache, m_where, item);
}

bool memoryMatches(const Json& where, const Json& item)
{
    return MemoryMatcher(where).matches(item);
}

} // namespace relata::query
