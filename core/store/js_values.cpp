#include "store/js_values.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace relata::store {

namespace {

constexpr std::int64_t msPerDay = 86'400'000;
constexpr std::int64_t maxTime = 8'640'000'000'000'000; // ECMAScript's TimeClip bound

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<std::int64_t>(dayOfEra) - 719468;
}

struct Civil {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(yearOfEra) + era * 400 + (month <= 2), month, day};
}

unsigned daysInMonth(std::int64_t year, unsigned month)
{
    static constexpr std::array<unsigned, 12> days = {31, 28, 31, 30, 31, 30,
                                                      31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

class Scanner {
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos == m_text.size(); }
    bool accept(char c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    // Between min and max decimal digits.
    std::optional<std::int64_t> number(int min, int max)
    {
        std::int64_t value = 0;
        int count = 0;
        while (count < max && !atEnd() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            value = value * 10 + (m_text[m_pos++] - '0');
            ++count;
        }
        if (count < min)
            return std::nullopt;
        return value;
    }
    // A fraction of a second in milliseconds; digits past the third are dropped, as V8 does.
    std::int64_t fractionMs()
    {
        std::int64_t ms = 0;
        int count = 0;
        while (!atEnd() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            if (count < 3)
                ms = ms * 10 + (m_text[m_pos] - '0');
            ++count;
            ++m_pos;
        }
        for (; count < 3; ++count)
            ms *= 10;
        return ms;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

struct DateTimeParts {
    std::int64_t year = 1970;
    unsigned month = 1;
    unsigned day = 1;
    std::int64_t hour = 0, minute = 0, second = 0, ms = 0;
    bool hasTime = false;
    std::optional<std::int64_t> offsetMinutes; // set when Z or ±hh:mm was given
};

bool parseTimeAndZone(Scanner& scan, DateTimeParts& parts)
{
    const auto hour = scan.number(2, 2);
    if (!hour || !scan.accept(':'))
        return false;
    const auto minute = scan.number(2, 2);
    if (!minute)
        return false;
    parts.hasTime = true;
    parts.hour = *hour;
    parts.minute = *minute;
    if (scan.accept(':')) {
        const auto second = scan.number(2, 2);
        if (!second)
            return false;
        parts.second = *second;
        if (scan.accept('.') || scan.accept(','))
            parts.ms = scan.fractionMs();
    }
    if (scan.accept('Z') || scan.accept('z')) {
        parts.offsetMinutes = 0;
    } else if (bool plus = scan.accept('+'); plus || scan.accept('-')) {
        const auto hours = scan.number(2, 2);
        scan.accept(':');
        const auto minutes = scan.number(2, 2);
        if (!hours || !minutes)
            return false;
        parts.offsetMinutes = (plus ? 1 : -1) * (*hours * 60 + *minutes);
    }
    return scan.atEnd();
}

// ISO 8601 as ECMAScript's Date Time String Format, plus V8's looser `Y-M-D`
// and `Y/M/D` with a space before the time (those are local time, as in V8).
std::optional<DateTimeParts> parseParts(std::string_view text)
{
    Scanner scan(text);
    DateTimeParts parts;
    const bool extendedSign = !text.empty() && (text[0] == '+' || text[0] == '-');
    const bool negative = scan.accept('-');
    if (!negative)
        scan.accept('+');
    const auto year = extendedSign ? scan.number(6, 6) : scan.number(4, 4);
    if (!year)
        return std::nullopt;
    parts.year = negative ? -*year : *year;
    const char separator = scan.accept('-') ? '-' : (scan.accept('/') ? '/' : '\0');
    bool loose = separator == '/';
    if (separator) {
        const auto month = scan.number(1, 2);
        if (!month)
            return std::nullopt;
        parts.month = unsigned(*month);
        if (scan.accept(separator)) {
            const auto day = scan.number(1, 2);
            if (!day)
                return std::nullopt;
            parts.day = unsigned(*day);
            loose = loose || text.size() < 10 || text[7] != separator;
        }
    }
    if (!scan.atEnd()) {
        const bool t = scan.accept('T') || scan.accept('t');
        if (!t && !scan.accept(' '))
            return std::nullopt;
        if (!parseTimeAndZone(scan, parts))
            return std::nullopt;
    } else if (loose) {
        parts.hasTime = true; // V8 reads a loose date alone as local midnight
    }
    if (parts.month < 1 || parts.month > 12 || parts.day < 1
        || parts.day > daysInMonth(parts.year, parts.month))
        return std::nullopt;
    const bool endOfDay = parts.hour == 24 && parts.minute == 0 && parts.second == 0 && parts.ms == 0;
    if ((parts.hour > 23 && !endOfDay) || parts.minute > 59 || parts.second > 59)
        return std::nullopt;
    return parts;
}

std::optional<std::int64_t> localToUtc(const DateTimeParts& parts)
{
    if (parts.year < -9999 || parts.year > 9999)
        return std::nullopt;
    const QDate date(int(parts.year), int(parts.month), int(parts.day));
    const QDateTime local(date, QTime(0, 0), QTimeZone::systemTimeZone());
    const std::int64_t midnight = local.toMSecsSinceEpoch();
    return midnight + ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000 + parts.ms;
}

void appendPadded(std::string& out, std::int64_t value, int width)
{
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    const auto length = static_cast<int>(result.ptr - buffer.data());
    out.append(std::size_t(std::max(0, width - length)), '0');
    out.append(buffer.data(), result.ptr);
}

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

std::optional<std::int64_t> parseDate(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    std::optional<std::int64_t> ms;
    if (const auto parts = parseParts(text)) {
        if (!parts->hasTime || parts->offsetMinutes) {
            const std::int64_t days = daysFromCivil(parts->year, parts->month, parts->day);
            ms = days * msPerDay + ((parts->hour * 60 + parts->minute) * 60 + parts->second) * 1000
                 + parts->ms - parts->offsetMinutes.value_or(0) * 60'000;
        } else {
            ms = localToUtc(*parts);
        }
    } else {
        const QDateTime rfc = QDateTime::fromString(
            QString::fromUtf8(text.data(), qsizetype(text.size())), Qt::RFC2822Date);
        if (rfc.isValid())
            ms = rfc.toMSecsSinceEpoch();
    }
    if (!ms || *ms > maxTime || *ms < -maxTime)
        return std::nullopt;
    return ms;
}

std::optional<std::string> isoDate(std::int64_t ms)
{
    if (ms > maxTime || ms < -maxTime)
        return std::nullopt;
    std::int64_t days = ms / msPerDay;
    std::int64_t inDay = ms % msPerDay;
    if (inDay < 0) {
        inDay += msPerDay;
        --days;
    }
    const Civil civil = civilFromDays(days);
    std::string out;
    out.reserve(27);
    if (civil.year >= 0 && civil.year <= 9999) {
        appendPadded(out, civil.year, 4);
    } else {
        out += civil.year < 0 ? '-' : '+';
        appendPadded(out, std::abs(civil.year), 6);
    }
    out += '-';
    appendPadded(out, civil.month, 2);
    out += '-';
    appendPadded(out, civil.day, 2);
    out += 'T';
    appendPadded(out, inDay / 3'600'000, 2);
    out += ':';
    appendPadded(out, inDay / 60'000 % 60, 2);
    out += ':';
    appendPadded(out, inDay / 1000 % 60, 2);
    out += '.';
    appendPadded(out, inDay % 1000, 3);
    out += 'Z';
    return out;
}

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

} // namespace relata::store
