#include "store/js_values.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace relata::store {

namespace {

void appendQuoted(std::string& out, const std::string& text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendStringified(std::string& out, const Json& value)
{
    switch (value.type()) {
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (const auto& [key, item] : value.items()) {
            if (!first)
                out += ',';
            first = false;
            appendQuoted(out, key);
            out += ':';
            appendStringified(out, item);
        }
        out += '}';
        break;
    }
    case Json::value_t::array: {
        out += '[';
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i)
                out += ',';
            appendStringified(out, value[i]);
        }
        out += ']';
        break;
    }
    case Json::value_t::string: appendQuoted(out, value.get_ref<const std::string&>()); break;
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; break;
    case Json::value_t::number_integer: out += std::to_string(value.get<std::int64_t>()); break;
    case Json::value_t::number_unsigned: out += std::to_string(value.get<std::uint64_t>()); break;
    case Json::value_t::number_float: out += jsNumber(value.get<double>()); break;
    default: out += "null"; break;
    }
}

} // namespace

std::string jsNumber(double value)
{
    if (std::isnan(value) || std::isinf(value))
        return "null";
    if (value == 0)
        return "0";
    // Shortest round-trip digits, laid out by ECMAScript's Number::toString rules.
    std::array<char, 40> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                      std::abs(value), std::chars_format::scientific);
    const std::string_view text(buffer.data(), std::size_t(result.ptr - buffer.data()));
    const std::size_t e = text.find('e');
    std::string digits;
    for (const char c : text.substr(0, e)) {
        if (c != '.')
            digits += c;
    }
    const int k = int(digits.size());
    const int n = std::atoi(text.data() + e + 1) + 1;
    std::string out = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits;
        out.append(std::size_t(n - k), '0');
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
        out += std::to_string(std::abs(n - 1));
    }
    return out;
}

Json numberJson(double value)
{
    if (std::isnan(value) || std::isinf(value))
        return nullptr;
    constexpr double limit = 9'223'372'036'854'775'808.0; // 2^63
    if (value == std::trunc(value) && value > -limit && value < limit)
        return static_cast<std::int64_t>(value);
    return value;
}

std::string jsStringify(const Json& value)
{
    std::string out;
    appendStringified(out, value);
    return out;
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
            object[std::to_string(index)] = text.substr(at, length);
            index += length == 4 ? 2 : 1;
            at += length;
        }
    }
    return object;
}

} // namespace relata::store
