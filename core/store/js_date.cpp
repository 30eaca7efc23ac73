#include "store/js_date.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdlib>
#include <cstring>
#include <limits>

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

// Date.parse as V8 (Node) runs it: first the ECMAScript Date Time String
// Format (ISO 8601), and where that stops, V8's legacy parser takes the rest
// of the tokens: month names, `Thu, 04 Mar 2021 10:00:00 GMT`, `3/4/2021`,
// `GMT+0100 (CET)`, am/pm and US zone names. Each rule below is V8's
// (src/date/dateparser*.{h,cc} in V8).
namespace v8date {

constexpr int none = std::numeric_limits<int>::min();
constexpr std::int64_t smiMax = (std::int64_t(1) << 30) - 1;

bool between(std::int64_t x, std::int64_t low, std::int64_t high) { return x >= low && x <= high; }
bool isMonth(std::int64_t x) { return between(x, 1, 12); }
bool isDay(std::int64_t x) { return between(x, 1, 31); }
bool isHour(std::int64_t x) { return between(x, 0, 23); }
bool isHour12(std::int64_t x) { return between(x, 0, 12); }
bool isMinute(std::int64_t x) { return between(x, 0, 59); }
bool isSecond(std::int64_t x) { return between(x, 0, 59); }
bool isMillisecond(std::int64_t x) { return between(x, 0, 999); }

enum class Word { Invalid, Month, AmPm, Zone, TimeSeparator };

struct Token {
    enum Kind { End, Number, Symbol, Keyword, Space, Unknown, Invalid } kind = End;
    std::int64_t number = 0; // a Number's value, a keyword's value
    int length = 0;          // digits of a Number, letters of a Keyword
    char symbol = 0;
    Word word = Word::Invalid;

    bool isNumber() const { return kind == Number; }
    bool isFixedLengthNumber(int n) const { return kind == Number && length == n; }
    bool isSymbol(char c) const { return kind == Symbol && symbol == c; }
    bool isSign() const { return kind == Symbol && (symbol == '+' || symbol == '-'); }
    int sign() const { return symbol == '-' ? -1 : 1; }
    bool isKeyword(Word w) const { return kind == Keyword && word == w; }
    bool isZ() const { return kind == Keyword && word == Word::Zone && length == 1 && number == 0; }
};

struct KeywordEntry {
    const char* prefix;
    Word word;
    int value;
};

// The first three letters name a keyword; only month names may be longer.
constexpr KeywordEntry keywords[] = {
    {"jan", Word::Month, 1},  {"feb", Word::Month, 2},  {"mar", Word::Month, 3},
    {"apr", Word::Month, 4},  {"may", Word::Month, 5},  {"jun", Word::Month, 6},
    {"jul", Word::Month, 7},  {"aug", Word::Month, 8},  {"sep", Word::Month, 9},
    {"oct", Word::Month, 10}, {"nov", Word::Month, 11}, {"dec", Word::Month, 12},
    {"am", Word::AmPm, 0},    {"pm", Word::AmPm, 12},   {"ut", Word::Zone, 0},
    {"utc", Word::Zone, 0},   {"z", Word::Zone, 0},     {"gmt", Word::Zone, 0},
    {"cdt", Word::Zone, -5},  {"cst", Word::Zone, -6},  {"edt", Word::Zone, -4},
    {"est", Word::Zone, -5},  {"mdt", Word::Zone, -6},  {"mst", Word::Zone, -7},
    {"pdt", Word::Zone, -7},  {"pst", Word::Zone, -8},  {"t", Word::TimeSeparator, 0},
};

bool isSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

class Tokenizer {
public:
    explicit Tokenizer(std::string_view text) : m_text(text) { m_next = scan(); }
    Token next()
    {
        Token token = m_next;
        m_next = scan();
        return token;
    }
    const Token& peek() const { return m_next; }
    bool skipSymbol(char c)
    {
        if (!m_next.isSymbol(c))
            return false;
        next();
        return true;
    }

private:
    unsigned char at() const { return static_cast<unsigned char>(m_text[m_pos]); }
    bool atEnd() const { return m_pos >= m_text.size(); }

    Token scan()
    {
        Token token;
        if (atEnd())
            return token;
        const unsigned char c = at();
        if (c >= '0' && c <= '9') {
            token.kind = Token::Number;
            for (; !atEnd() && at() >= '0' && at() <= '9'; ++m_pos, ++token.length) {
                if (token.length < 9) // V8 keeps nine significant digits
                    token.number = token.number * 10 + (at() - '0');
            }
            return token;
        }
        if (c == ':' || c == '-' || c == '+' || c == '.' || c == ')') {
            ++m_pos;
            token.kind = Token::Symbol;
            token.symbol = char(c);
            return token;
        }
        if (c >= 'A' && !isSpace(c)) { // a "word" is any run of characters from 'A' up
            char prefix[3] = {0, 0, 0};
            for (; !atEnd() && at() >= 'A' && !isSpace(at()); ++m_pos, ++token.length) {
                if (token.length < 3)
                    prefix[token.length] = char(at() | 0x20);
            }
            token.kind = Token::Keyword;
            for (const KeywordEntry& entry : keywords) {
                const std::size_t size = std::strlen(entry.prefix);
                if (std::string_view(prefix, size) == entry.prefix && (size == 3 || prefix[size] == 0)
                    && (token.length <= 3 || entry.word == Word::Month)) {
                    token.word = entry.word;
                    token.number = entry.value;
                    break;
                }
            }
            return token;
        }
        if (isSpace(c)) {
            token.kind = Token::Space;
            while (!atEnd() && isSpace(at()))
                ++m_pos;
            return token;
        }
        token.kind = Token::Unknown;
        if (c == '(') { // a comment, nested parentheses included
            int depth = 0;
            do {
                if (at() == ')')
                    --depth;
                else if (at() == '(')
                    ++depth;
                ++m_pos;
            } while (!atEnd() && depth > 0);
            return token;
        }
        ++m_pos;
        return token;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    Token m_next;
};

struct DayParts {
    std::int64_t comp[3] = {0, 0, 0};
    int index = 0;
    int namedMonth = none;
    bool iso = false;

    bool empty() const { return index == 0; }
    bool add(std::int64_t n)
    {
        if (index >= 3)
            return false;
        comp[index++] = n;
        return true;
    }
    // Year, month (1-based) and day, or false.
    bool write(std::int64_t& year, std::int64_t& month, std::int64_t& day)
    {
        if (index < 1)
            return false;
        while (index < 3)
            comp[index++] = 1; // day and month default to 1 (and so, in M/D, the year to 2001)
        year = 0;
        if (namedMonth == none) {
            if (iso || !isDay(comp[0])) {
                year = comp[0];
                month = comp[1];
                day = comp[2];
            } else {
                month = comp[0];
                day = comp[1];
                year = comp[2];
            }
        } else {
            month = namedMonth;
            if (!isDay(comp[0])) {
                year = comp[0];
                day = comp[1];
            } else {
                day = comp[0];
                year = comp[1];
            }
        }
        if (!iso) {
            if (between(year, 0, 49))
                year += 2000;
            else if (between(year, 50, 99))
                year += 1900;
        }
        return year <= smiMax && year >= -smiMax - 1 && isMonth(month) && isDay(day);
    }
};

struct TimeParts {
    std::int64_t comp[4] = {0, 0, 0, 0};
    int index = 0;
    int hourOffset = none;

    bool empty() const { return index == 0; }
    bool add(std::int64_t n)
    {
        if (index >= 4)
            return false;
        comp[index++] = n;
        return true;
    }
    bool addFinal(std::int64_t n)
    {
        if (!add(n))
            return false;
        while (index < 4)
            comp[index++] = 0;
        return true;
    }
    bool expecting(std::int64_t n) const
    {
        return (index == 1 && isMinute(n)) || (index == 2 && isSecond(n)) || (index == 3 && isMillisecond(n));
    }
    // Milliseconds into the day, or nullopt.
    std::optional<std::int64_t> write()
    {
        while (index < 4)
            comp[index++] = 0;
        std::int64_t hour = comp[0];
        if (hourOffset != none) {
            if (!isHour12(hour))
                return std::nullopt;
            hour = hour % 12 + hourOffset;
        }
        if (!isHour(hour) || !isMinute(comp[1]) || !isSecond(comp[2]) || !isMillisecond(comp[3])) {
            if (hour != 24 || comp[1] != 0 || comp[2] != 0 || comp[3] != 0)
                return std::nullopt;
        }
        return ((hour * 60 + comp[1]) * 60 + comp[2]) * 1000 + comp[3];
    }
};

struct ZoneParts {
    int sign = none;
    std::int64_t hour = none;
    std::int64_t minute = none;

    bool empty() const { return sign == none; }
    void set(int offsetHours)
    {
        sign = offsetHours < 0 ? -1 : 1;
        hour = offsetHours < 0 ? -offsetHours : offsetHours;
        minute = 0;
    }
    bool isUtc() const { return hour == 0 && minute == 0; }
    bool expecting(std::int64_t n) const { return hour != none && minute == none && isMinute(n); }
    // The offset in seconds; nullopt for local time; false when out of range.
    bool write(std::optional<std::int64_t>& offsetSeconds)
    {
        if (sign == none) {
            offsetSeconds.reset();
            return true;
        }
        const std::int64_t seconds = (hour == none ? 0 : hour) * 3600 + (minute == none ? 0 : minute) * 60;
        if (seconds > smiMax)
            return false;
        offsetSeconds = sign * seconds;
        return true;
    }
};

// V8's three significant digits of a fraction: "5" is 500 ms, "1234" is 123.
std::int64_t milliseconds(const Token& token)
{
    std::int64_t number = token.number;
    int length = token.length;
    if (length == 1)
        return number * 100;
    if (length == 2)
        return number * 10;
    length = std::min(length, 9);
    for (; length > 3; --length)
        number /= 10;
    return number;
}

// ES5 ISO form; returns the first token it did not take (End when it took all, Invalid when it failed).
Token parseIso(Tokenizer& scan, DayParts& day, TimeParts& time, ZoneParts& zone)
{
    if (scan.peek().isSign()) {
        const Token signToken = scan.next();
        if (!scan.peek().isFixedLengthNumber(6))
            return signToken;
        const std::int64_t year = scan.next().number;
        if (signToken.sign() < 0 && year == 0)
            return signToken;
        day.add(signToken.sign() * year);
    } else if (scan.peek().isFixedLengthNumber(4)) {
        day.add(scan.next().number);
    } else {
        return scan.next();
    }
    if (scan.skipSymbol('-')) {
        if (!scan.peek().isFixedLengthNumber(2) || !isMonth(scan.peek().number))
            return scan.next();
        day.add(scan.next().number);
        if (scan.skipSymbol('-')) {
            if (!scan.peek().isFixedLengthNumber(2) || !isDay(scan.peek().number))
                return scan.next();
            day.add(scan.next().number);
        }
    }
    Token invalid;
    invalid.kind = Token::Invalid;
    if (!scan.peek().isKeyword(Word::TimeSeparator)) {
        if (scan.peek().kind != Token::End)
            return scan.next();
    } else {
        scan.next();
        if (!scan.peek().isFixedLengthNumber(2) || !between(scan.peek().number, 0, 24))
            return invalid;
        const bool hour24 = scan.peek().number == 24;
        time.add(scan.next().number);
        if (!scan.skipSymbol(':'))
            return invalid;
        if (!scan.peek().isFixedLengthNumber(2) || !isMinute(scan.peek().number)
            || (hour24 && scan.peek().number > 0))
            return invalid;
        time.add(scan.next().number);
        if (scan.skipSymbol(':')) {
            if (!scan.peek().isFixedLengthNumber(2) || !isSecond(scan.peek().number)
                || (hour24 && scan.peek().number > 0))
                return invalid;
            time.add(scan.next().number);
            if (scan.skipSymbol('.')) {
                if (!scan.peek().isNumber() || (hour24 && scan.peek().number > 0))
                    return invalid;
                time.add(milliseconds(scan.next()));
            }
        }
        if (scan.peek().isZ()) {
            scan.next();
            zone.set(0);
        } else if (scan.peek().isSign()) {
            zone.sign = scan.next().sign();
            if (scan.peek().isFixedLengthNumber(4)) {
                const std::int64_t hourMinute = scan.next().number;
                if (!isHour(hourMinute / 100) || !isMinute(hourMinute % 100))
                    return invalid;
                zone.hour = hourMinute / 100;
                zone.minute = hourMinute % 100;
            } else {
                if (!scan.peek().isFixedLengthNumber(2) || !isHour(scan.peek().number))
                    return invalid;
                zone.hour = scan.next().number;
                if (!scan.skipSymbol(':'))
                    return invalid;
                if (!scan.peek().isFixedLengthNumber(2) || !isMinute(scan.peek().number))
                    return invalid;
                zone.minute = scan.next().number;
            }
        }
        if (scan.peek().kind != Token::End)
            return invalid;
    }
    // A date alone is UTC; a date-time without an offset is local time.
    if (zone.empty() && time.empty())
        zone.set(0);
    day.iso = true;
    return Token{};
}

struct Parsed {
    std::int64_t year, month, day, timeMs;
    std::optional<std::int64_t> offsetSeconds; // nullopt: local time
};

std::optional<Parsed> parse(std::string_view text)
{
    Tokenizer scan(text);
    DayParts day;
    TimeParts time;
    ZoneParts zone;
    Token token = parseIso(scan, day, time, zone);
    if (token.kind == Token::Invalid)
        return std::nullopt;
    bool hasReadNumber = !day.empty();
    for (; token.kind != Token::End; token = scan.next()) {
        if (token.isNumber()) {
            hasReadNumber = true;
            const std::int64_t n = token.number;
            if (scan.skipSymbol(':')) {
                if (scan.skipSymbol(':')) {
                    if (!time.empty())
                        return std::nullopt;
                    time.add(n);
                    time.add(0);
                } else {
                    if (!time.add(n))
                        return std::nullopt;
                    if (scan.peek().isSymbol('.'))
                        scan.next();
                }
            } else if (scan.skipSymbol('.') && time.expecting(n)) {
                time.add(n);
                if (!scan.peek().isNumber())
                    return std::nullopt;
                time.addFinal(milliseconds(scan.next()));
            } else if (zone.expecting(n)) {
                zone.minute = n;
            } else if (time.expecting(n)) {
                time.addFinal(n);
                const Token& after = scan.peek();
                if (after.kind != Token::End && after.kind != Token::Space && !after.isZ() && !after.isSign())
                    return std::nullopt;
            } else {
                if (!day.add(n))
                    return std::nullopt;
                scan.skipSymbol('-');
            }
        } else if (token.kind == Token::Keyword) {
            if (token.word == Word::AmPm && !time.empty()) {
                time.hourOffset = int(token.number);
            } else if (token.word == Word::Month) {
                day.namedMonth = int(token.number);
                scan.skipSymbol('-');
            } else if (token.word == Word::Zone && hasReadNumber) {
                zone.set(int(token.number));
            } else {
                // Other words may come only before the first number, and apart from it.
                if (hasReadNumber || scan.peek().isNumber())
                    return std::nullopt;
            }
        } else if (token.isSign() && (zone.isUtc() || !time.empty())) {
            zone.sign = token.sign();
            std::int64_t n = 0;
            int length = 0;
            if (scan.peek().isNumber()) {
                const Token digits = scan.next();
                length = digits.length;
                n = digits.number;
            }
            hasReadNumber = true;
            if (scan.peek().isSymbol(':')) {
                zone.hour = n;
                zone.minute = none;
            } else if (length == 1 || length == 2) {
                zone.hour = n;
                zone.minute = 0;
            } else if (length == 3 || length == 4) {
                zone.hour = n / 100;
                zone.minute = n % 100;
            } else {
                return std::nullopt;
            }
        } else if ((token.isSign() || token.isSymbol(')')) && hasReadNumber) {
            return std::nullopt;
        }
        // Anything else (spaces, commas, slashes, comments) is skipped.
    }
    Parsed parsed{};
    const std::optional<std::int64_t> timeMs = time.write();
    if (!day.write(parsed.year, parsed.month, parsed.day) || !timeMs || !zone.write(parsed.offsetSeconds))
        return std::nullopt;
    parsed.timeMs = *timeMs;
    return parsed;
}

} // namespace v8date

// Local wall-clock milliseconds (days since the epoch and time of day) to UTC, in the system time zone.
std::optional<std::int64_t> localToUtc(std::int64_t days, std::int64_t timeMs)
{
    constexpr std::int64_t julianDayOfEpoch = 2'440'588;
    if (days < -maxTime / msPerDay - 20 || days > maxTime / msPerDay + 20)
        return std::nullopt;
    const QDateTime local(QDate::fromJulianDay(days + julianDayOfEpoch), QTime(0, 0), QTimeZone::systemTimeZone());
    if (!local.isValid())
        return std::nullopt;
    return local.toMSecsSinceEpoch() + timeMs;
}

} // namespace

std::optional<std::int64_t> parseDate(std::string_view text)
{
    const std::optional<v8date::Parsed> parsed = v8date::parse(text);
    if (!parsed)
        return std::nullopt;
    // MakeDay: a day past the month's end rolls over (2021-02-31 is March 3rd), as in V8.
    const std::int64_t days = daysFromCivil(parsed->year, unsigned(parsed->month), 1) + parsed->day - 1;
    if (days > maxTime / msPerDay + 20 || days < -maxTime / msPerDay - 20)
        return std::nullopt;
    std::optional<std::int64_t> ms;
    if (parsed->offsetSeconds)
        ms = days * msPerDay + parsed->timeMs - *parsed->offsetSeconds * 1000;
    else
        ms = localToUtc(days, parsed->timeMs);
    if (!ms || *ms > maxTime || *ms < -maxTime)
        return std::nullopt;
    return ms;
}

std::size_t writeIsoDate(std::int64_t ms, char (&buffer)[isoDateSize])
{
    if (ms > maxTime || ms < -maxTime)
        return 0;
    std::int64_t days = ms / msPerDay;
    std::int64_t inDay = ms % msPerDay;
    if (inDay < 0) {
        inDay += msPerDay;
        --days;
    }
    const Civil civil = civilFromDays(days);
    char* at = buffer;
    auto digits = [&at](std::int64_t value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
        at += width;
    };
    if (civil.year >= 0 && civil.year <= 9999) {
        digits(civil.year, 4);
    } else {
        *at++ = civil.year < 0 ? '-' : '+';
        digits(std::abs(civil.year), 6);
    }
    *at++ = '-';
    digits(civil.month, 2);
    *at++ = '-';
    digits(civil.day, 2);
    *at++ = 'T';
    digits(inDay / 3'600'000, 2);
    *at++ = ':';
    digits(inDay / 60'000 % 60, 2);
    *at++ = ':';
    digits(inDay / 1000 % 60, 2);
    *at++ = '.';
    digits(inDay % 1000, 3);
    *at++ = 'Z';
    return std::size_t(at - buffer);
}

std::optional<std::string> isoDate(std::int64_t ms)
{
    char buffer[isoDateSize];
    const std::size_t size = writeIsoDate(ms, buffer);
    if (size == 0)
        return std::nullopt;
    return std::string(buffer, size);
}

} // namespace relata::store
