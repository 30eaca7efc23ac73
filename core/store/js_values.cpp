#include "store/js_values.h"

#include "json/json_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <utility>
#include <vector>

namespace relata::store {

void appendJsStringified(std::string& out, const Json& value)
{
    switch (value.type()) {
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (const auto& [key, item] : value.items()) {
            if (!first)
                out += ',';
            first = false;
            appendJsString(out, key);
            out += ':';
            appendJsStringified(out, item);
        }
        out += '}';
        break;
    }
    case Json::value_t::array: {
        out += '[';
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i)
                out += ',';
            appendJsStringified(out, value[i]);
        }
        out += ']';
        break;
    }
    case Json::value_t::string: appendJsString(out, value.get_ref<const std::string&>()); break;
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; break;
    case Json::value_t::number_integer: appendInteger(out, value.get<std::int64_t>()); break;
    case Json::value_t::number_unsigned: appendInteger(out, value.get<std::uint64_t>()); break;
    case Json::value_t::number_float: appendJsNumber(out, value.get<double>()); break;
    default: out += "null"; break;
    }
}

namespace {

// A number of one to three decimals (prices, measures) without the general
// shortest-digits search: when d / 10^k is the double nearest to the decimal
// d·10^-k for the first k that has one, that decimal is the shortest that reads
// back as the value. Below 10^12 the doubles lie closer together than 10^-3,
// so no other decimal of k places reads back too, and d is the rounded product.
bool appendShortDecimal(std::string& out, double value)
{
    constexpr double scales[] = {10.0, 100.0, 1000.0};
    if (!(std::abs(value) < 1e12))
        return false;
    for (int places = 1; places <= 3; ++places) {
        const double scale = scales[places - 1];
        const double digits = std::nearbyint(value * scale);
        if (digits / scale != value)
            continue;
        const auto integer = static_cast<std::int64_t>(std::abs(digits));
        if (value < 0)
            out += '-';
        appendInteger(out, integer / static_cast<std::int64_t>(scale));
        out += '.';
        char fraction[4];
        std::int64_t rest = integer % static_cast<std::int64_t>(scale);
        for (int i = places - 1; i >= 0; --i, rest /= 10)
            fraction[i] = char('0' + rest % 10);
        out.append(fraction, std::size_t(places));
        return true;
    }
    return false;
}

} // namespace

void appendJsString(std::string& out, std::string_view text)
{
    json::writeString(out, text);
}

void appendJsNumber(std::string& out, double value)
{
    if (std::isnan(value) || std::isinf(value)) {
        out += "null";
        return;
    }
    if (value == 0) {
        out += '0';
        return;
    }
    // A whole number below 2^53 is its own shortest digits.
    constexpr double exactIntegers = 9'007'199'254'740'992.0;
    if (std::abs(value) < exactIntegers) {
        if (const std::optional<std::int64_t> whole = wholeNumber(value)) {
            appendInteger(out, *whole);
            return;
        }
    }
    // Between 1e-6 and 1e15 JavaScript writes the shortest round-trip digits
    // without an exponent, as to_chars does in fixed notation.
    if (appendShortDecimal(out, value))
        return;
    std::array<char, 40> buffer{};
    const double magnitude = std::abs(value);
    if (magnitude >= 1e-6 && magnitude < 1e15) {
        const auto fixed = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
        out.append(buffer.data(), fixed.ptr);
        return;
    }
    // Otherwise the same digits, laid out by ECMAScript's Number::toString rules.
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                      std::abs(value), std::chars_format::scientific);
    const std::string_view text(buffer.data(), std::size_t(result.ptr - buffer.data()));
    const std::size_t e = text.find('e');
    std::array<char, 24> digitBuffer{};
    std::size_t k = 0;
    for (const char c : text.substr(0, e)) {
        if (c != '.')
            digitBuffer[k++] = c;
    }
    const std::string_view digits(digitBuffer.data(), k);
    int exponent = 0;
    std::from_chars(text.data() + e + 1 + (text[e + 1] == '+'), text.data() + text.size(), exponent);
    const int n = exponent + 1;
    if (value < 0)
        out += '-';
    if (int(k) <= n && n <= 21) {
        out += digits;
        out.append(std::size_t(n) - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, std::size_t(n));
        out += '.';
        out += digits.substr(std::size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(std::size_t(-n), '0');
        out += digits;
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out += digits.substr(1);
        }
        out += n - 1 >= 0 ? "e+" : "e-";
        appendInteger(out, std::abs(n - 1));
    }
}

std::string jsNumber(double value)
{
    std::string out;
    appendJsNumber(out, value);
    return out;
}

std::optional<std::int64_t> wholeNumber(double value)
{
    constexpr double limit = 9'223'372'036'854'775'808.0; // 2^63
    if (!(value > -limit && value < limit))
        return std::nullopt; // also NaN
    // In range the conversion truncates exactly: it gives the value back only when it is whole.
    const auto whole = static_cast<std::int64_t>(value);
    if (static_cast<double>(whole) != value)
        return std::nullopt;
    return whole;
}

Json numberJson(double value)
{
    if (std::isnan(value) || std::isinf(value))
        return nullptr;
    if (const std::optional<std::int64_t> whole = wholeNumber(value))
        return *whole;
    return value;
}

std::string jsStringify(const Json& value)
{
    std::string out;
    appendJsStringified(out, value);
    return out;
}

std::string wtf8Unit(char16_t unit)
{
    return {char(0xe0 | (unit >> 12)), char(0x80 | ((unit >> 6) & 0x3f)), char(0x80 | (unit & 0x3f))};
}

Json jsObjectAssign(const Json& value)
{
    if (value.is_object())
        return value;
    Json object = Json::object();
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            object[std::to_string(i)] = value[i];
    } else if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        std::size_t index = 0;
        for (std::size_t at = 0; at < text.size();) {
            const auto lead = static_cast<unsigned char>(text[at]);
            const std::size_t length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
            if (length == 4 && at + 4 <= text.size()) {
                const char32_t code = (char32_t(lead & 0x07) << 18) | (char32_t(text[at + 1] & 0x3f) << 12)
                                      | (char32_t(text[at + 2] & 0x3f) << 6) | char32_t(text[at + 3] & 0x3f);
                object[std::to_string(index++)] = wtf8Unit(char16_t(0xd800 + ((code - 0x10000) >> 10)));
                object[std::to_string(index++)] = wtf8Unit(char16_t(0xdc00 + ((code - 0x10000) & 0x3ff)));
            } else {
                object[std::to_string(index++)] = text.substr(at, length);
            }
            at += length;
        }
    }
    return object;
}

std::optional<std::uint32_t> arrayIndex(const std::string& key)
{
    if (key.empty() || key.size() > 10 || (key.size() > 1 && key[0] == '0'))
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : key) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + std::uint64_t(c - '0');
    }
    if (value > 0xfffffffeULL)
        return std::nullopt;
    return std::uint32_t(value);
}

void jsKeyOrder(Json& object)
{
    if (!object.is_object())
        return;
    std::vector<std::pair<std::uint32_t, std::string>> indices;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const auto index = arrayIndex(it.key()))
            indices.emplace_back(*index, it.key());
    }
    if (indices.empty())
        return;
    std::sort(indices.begin(), indices.end());
    Json ordered = Json::object();
    for (const auto& [index, key] : indices)
        ordered[key] = std::move(object[key]);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!arrayIndex(it.key()))
            ordered[it.key()] = std::move(it.value());
    }
    object = std::move(ordered);
}

} // namespace relata::store
