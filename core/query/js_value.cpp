#include "query/js_value.h"

#include "json/json_depth.h"
#include "query/query_error.h"
#include "store/js_values.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace relata::query::js {

namespace {

bool isJsSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string trimmed(const std::string& text)
{
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isJsSpace(text[begin]))
        ++begin;
    while (end > begin && isJsSpace(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

std::optional<double> radixNumber(const std::string& digits, int radix)
{
    if (digits.empty())
        return std::nullopt;
    double result = 0;
    for (char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'z')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z')
            digit = c - 'A' + 10;
        if (digit < 0 || digit >= radix)
            return std::nullopt;
        result = result * radix + digit;
    }
    return result;
}

// StringNumericLiteral of ECMAScript: an optional sign, digits with at most one
// dot and an optional exponent, or Infinity; nothing else (no "1_0", no "1e").
bool isDecimalLiteral(const std::string& text)
{
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        ++i;
    if (text.compare(i, std::string::npos, "Infinity") == 0)
        return true;
    bool digits = false;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
        ++i;
        digits = true;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
            ++i;
            digits = true;
        }
    }
    if (!digits)
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        bool exponentDigits = false;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
            ++i;
            exponentDigits = true;
        }
        if (!exponentDigits)
            return false;
    }
    return i == text.size();
}

std::optional<double> stringToNumber(const std::string& raw)
{
    const std::string text = trimmed(raw);
    if (text.empty())
        return 0.0;
    if (text.size() > 2 && text[0] == '0') {
        const char prefix = static_cast<char>(std::tolower(static_cast<unsigned char>(text[1])));
        if (prefix == 'x')
            return radixNumber(text.substr(2), 16);
        if (prefix == 'o')
            return radixNumber(text.substr(2), 8);
        if (prefix == 'b')
            return radixNumber(text.substr(2), 2);
    }
    if (!isDecimalLiteral(text))
        return std::nullopt;
    const std::size_t unsignedStart = (text[0] == '+' || text[0] == '-') ? 1 : 0;
    if (text.compare(unsignedStart, std::string::npos, "Infinity") == 0) {
        const double infinity = std::numeric_limits<double>::infinity();
        return text[0] == '-' ? -infinity : infinity;
    }
    return std::strtod(text.c_str(), nullptr);
}

} // namespace

std::optional<double> toNumber(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return 0.0;
    case Json::value_t::boolean:
        return value.get<bool>() ? 1.0 : 0.0;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return value.get<double>();
    case Json::value_t::string:
        return stringToNumber(value.get_ref<const std::string&>());
    case Json::value_t::array:
        return stringToNumber(toString(value));
    default:
        return std::nullopt;
    }
}

Json number(double value)
{
    if (std::isinf(value))
        return value;
    return store::numberJson(value);
}

std::string toString(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case Json::value_t::number_integer:
        return std::to_string(value.get<std::int64_t>());
    case Json::value_t::number_unsigned:
        return std::to_string(value.get<std::uint64_t>());
    case Json::value_t::number_float: {
        const double number = value.get<double>();
        if (std::isinf(number))
            return number < 0 ? "-Infinity" : "Infinity";
        return std::isnan(number) ? "NaN" : store::jsNumber(number);
    }
    case Json::value_t::string:
        return value.get<std::string>();
    case Json::value_t::array: {
        std::string out;
        bool first = true;
        for (const Json& item : value) {
            if (!first)
                out += ',';
            first = false;
            if (!item.is_null())
                out += toString(item);
        }
        return out;
    }
    default:
        return "[object Object]";
    }
}

bool strictEquals(const Json& a, const Json& b)
{
    if (a.is_number() && b.is_number())
        return a.get<double>() == b.get<double>();
    if (a.type() != b.type())
        return false;
    if (a.is_structured())
        return false; // objects are equal only to themselves
    return a == b;
}

bool looseEquals(const Json& a, const Json& b)
{
    if (a.is_null() || b.is_null())
        return a.is_null() && b.is_null();
    if (a.type() == b.type() || (a.is_number() && b.is_number()))
        return strictEquals(a, b);
    if (a.is_structured() && b.is_structured())
        return false;
    // Mixed primitives (and an object against a primitive, through its
    // String() form) compare as numbers unless both end up strings.
    const Json left = a.is_structured() ? Json(toString(a)) : a;
    const Json right = b.is_structured() ? Json(toString(b)) : b;
    if (left.is_string() && right.is_string())
        return left == right;
    const std::optional<double> x = toNumber(left);
    const std::optional<double> y = toNumber(right);
    return x && y && *x == *y;
}

std::optional<double> dateValue(const Json& value)
{
    constexpr double maxTime = 8.64e15; // ECMAScript's TimeClip
    std::optional<double> ms;
    if (value.is_string()) {
        if (const auto parsed = store::parseDate(value.get_ref<const std::string&>()))
            ms = static_cast<double>(*parsed);
    } else if (!value.is_structured()) {
        ms = toNumber(value);
    }
    if (!ms || !std::isfinite(*ms) || std::fabs(*ms) > maxTime)
        return std::nullopt;
    return std::trunc(*ms);
}

// Nesting deeper than json::maxDepth fails the query: the value could not be walked safely.
std::optional<Json> parse(const std::string& text)
{
    if (json::nestedTooDeeply(text))
        failPlain(json::nestedTooDeeplyMessage());
    Json value = Json::parse(text, nullptr, false);
    if (value.is_discarded())
        return std::nullopt;
    return value;
}

} // namespace relata::query::js
