#include "store/sample_values.h"

#include "schema/schema.h"
#include "store/js_values.h"

#include <array>
#include <cmath>

namespace relata::store {

using schema::ValueType;

namespace {

constexpr std::array firstNames = {"Ann",   "Bob",   "Chloe", "David", "Emma",  "Farid", "Grace",
                                   "Hugo",  "Ines",  "Jonas", "Kenji", "Lena",  "Marta", "Nils",
                                   "Olga",  "Pedro", "Quinn", "Rosa",  "Sven",  "Tara",  "Umar",
                                   "Vera",  "Wen",   "Xavi",  "Yara",  "Zoe"};
constexpr std::array lastNames = {"Thompson", "Garcia", "Müller", "Rossi",  "Novak",  "Silva",
                                  "Kowalski", "Dubois", "Jensen", "Tanaka", "Okafor", "Smith",
                                  "Horvat",   "Larsen", "Moreau", "Costa",  "Nagy",   "Berg"};
constexpr std::array cities = {"London", "Paris",  "Berlin", "Madrid", "Rome",   "Prague",
                               "Vienna", "Dublin", "Lisbon", "Oslo",   "Warsaw", "Athens"};
constexpr std::array countries = {"GB", "FR", "DE", "ES", "IT", "CZ", "AT", "IE", "PT", "NO"};
constexpr std::array streets = {"High St", "Church Ln", "Station Rd", "Mill Way",
                                "Park Ave", "King St",   "Elm Grove",  "Bridge Rd"};
constexpr std::array adjectives = {"Red",   "Quiet", "Swift",  "Golden", "Little", "Northern",
                                   "Plain", "Brave", "Silver", "Hidden", "Modern", "Classic"};
constexpr std::array nouns = {"Lamp",   "River",  "Garden", "Kettle", "Harbour", "Journey",
                              "Pencil", "Window", "Forest", "Bridge", "Teapot",  "Compass"};
constexpr std::array words = {"fast",   "delivery", "please", "gift",  "wrap",  "call",
                              "before", "arrival",  "leave",  "at",    "door",  "thanks",
                              "fragile", "handle",  "with",   "care",  "extra", "order"};
constexpr std::array statuses = {"pending", "paid", "shipped", "delivered", "cancelled"};
constexpr std::array colors = {"red", "green", "blue", "black", "white", "yellow", "grey"};
constexpr std::array currencies = {"EUR", "USD", "GBP", "CHF"};
constexpr std::array personModels = {"customer", "person", "user",    "employee", "author",
                                     "member",   "patient", "physician", "doctor", "student",
                                     "teacher",  "owner",  "contact", "client",   "people"};

template<typename Array>
const char* pick(const Array& items, Random& random)
{
    return items[std::size_t(random.between(0, std::int64_t(items.size()) - 1))];
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isPersonModel(std::string_view modelName)
{
    const std::string model = lowered(modelName);
    for (const char* person : personModels) {
        if (model.find(person) != std::string::npos)
            return true;
    }
    return false;
}

std::string sentence(Random& random, int minWords, int maxWords)
{
    const auto count = random.between(minWords, maxWords);
    std::string text;
    for (std::int64_t i = 0; i < count; ++i)
        text += (i ? " " : "") + std::string(pick(words, random));
    text[0] = char(std::toupper(static_cast<unsigned char>(text[0])));
    return text + ".";
}

std::string asciiLower(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (std::isalpha(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
        else if (static_cast<unsigned char>(c) >= 0x80 && out.back() != 'u')
            out += 'u'; // the only non-ASCII name letter is the ü of Müller
    }
    return out;
}

Json dateBetween(Random& random, std::int64_t fromMs, std::int64_t toMs)
{
    const std::int64_t seconds = random.between(fromMs / 1000, toMs / 1000);
    return *isoDate(seconds * 1000);
}

Json money(Random& random, std::int64_t maxCents)
{
    return numberJson(double(random.between(100, maxCents)) / 100.0);
}

Json stringValue(const std::string& name, std::string_view modelName, std::int64_t row,
                 Random& random)
{
    auto has = [&](const char* part) { return name.find(part) != std::string::npos; };
    const std::string first = pick(firstNames, random);
    const std::string last = pick(lastNames, random);
    if (has("email"))
        return asciiLower(first) + "." + asciiLower(last) + std::to_string(row) + "@example.com";
    if (has("firstname") || name == "first" || has("givenname"))
        return first;
    if (has("lastname") || has("surname") || has("familyname"))
        return last;
    if (has("username") || has("login") || has("handle"))
        return asciiLower(first) + std::to_string(row);
    if (has("password") || has("secret") || has("token"))
        return "s3cret-" + std::to_string(random.between(1000, 9999));
    if (has("phone") || has("mobile") || has("fax"))
        return "+44 20 7946 " + std::to_string(random.between(1000, 9999));
    if (has("url") || has("website") || has("homepage") || has("link"))
        return "https://example.com/" + lowered(modelName) + "/" + std::to_string(row);
    if (has("city") || has("town"))
        return pick(cities, random);
    if (has("country"))
        return pick(countries, random);
    if (has("street") || has("address") || has("line1"))
        return std::to_string(random.between(1, 250)) + " " + pick(streets, random);
    if (has("zip") || has("postcode") || has("postal"))
        return std::to_string(random.between(10000, 99999));
    if (has("status") || has("state"))
        return pick(statuses, random);
    if (has("sku") || has("code") || has("ref"))
        return "SKU-" + std::to_string(100000 + row);
    if (has("colo"))
        return pick(colors, random);
    if (has("currency"))
        return pick(currencies, random);
    if (has("slug"))
        return lowered(pick(adjectives, random)) + "-" + lowered(pick(nouns, random)) + "-"
               + std::to_string(row);
    if (has("title") || has("subject") || has("headline"))
        return std::string(pick(adjectives, random)) + " " + pick(nouns, random) + " "
               + pick(nouns, random);
    if (has("desc") || has("note") || has("comment") || has("body") || has("text")
        || has("content") || has("summary") || has("message"))
        return sentence(random, 3, 9);
    if (has("name"))
        return isPersonModel(modelName) ? first + " " + last
                                        : std::string(pick(adjectives, random)) + " "
                                              + pick(nouns, random);
    return std::string(pick(adjectives, random)) + " " + pick(nouns, random);
}

Json numberValue(const std::string& name, Random& random)
{
    auto has = [&](const char* part) { return name.find(part) != std::string::npos; };
    if (has("price") || has("amount") || has("total") || has("cost") || has("balance")
        || has("fee") || has("salary"))
        return money(random, 50000);
    if (has("stock") || has("inventory"))
        return random.between(0, 500);
    if (has("quantity") || has("qty") || has("count"))
        return random.between(1, 10);
    if (has("age"))
        return random.between(18, 90);
    if (has("rating") || has("score") || has("stars"))
        return random.between(1, 5);
    if (has("year"))
        return random.between(1990, 2025);
    if (has("lat"))
        return numberJson(double(random.between(-90000, 90000)) / 1000.0);
    if (has("lng") || has("lon"))
        return numberJson(double(random.between(-180000, 180000)) / 1000.0);
    if (has("percent") || has("discount") || has("rate"))
        return random.between(0, 50);
    if (has("weight"))
        return numberJson(double(random.between(1, 200)) / 10.0);
    return random.between(1, 1000);
}

Json booleanValue(const std::string& name, Random& random)
{
    auto has = [&](const char* part) { return name.find(part) != std::string::npos; };
    if (has("active") || has("enabled") || has("verified") || has("available"))
        return random.chance(0.8);
    if (has("vip") || has("admin") || has("deleted") || has("archived"))
        return random.chance(0.2);
    return random.chance(0.5);
}

Json scalar(ValueType type, const std::string& name, std::string_view modelName,
            std::int64_t row, Random& random)
{
    switch (type) {
    case ValueType::String: return stringValue(name, modelName, row, random);
    case ValueType::Number: return numberValue(name, random);
    case ValueType::Boolean: return booleanValue(name, random);
    case ValueType::Date:
        if (name.find("birth") != std::string::npos || name == "dob")
            return dateBetween(random, -631152000000, 1136073600000);     // 1950 – 2005
        return dateBetween(random, 1546300800000, 1735603200000);         // 2019 – 2024
    case ValueType::GeoPoint:
        return {{"lat", numberJson(double(random.between(35000, 60000)) / 1000.0)},
                {"lng", numberJson(double(random.between(-10000, 25000)) / 1000.0)}};
    case ValueType::Object:
    case ValueType::Any:
    case ValueType::Model:
        return {{"tag", pick(colors, random)}, {"weight", random.between(1, 10)}};
    case ValueType::Buffer: return std::string(pick(nouns, random));
    case ValueType::Array: break;
    }
    return nullptr;
}

} // namespace

Random::Random(std::uint64_t seed)
{
    for (std::uint64_t& word : m_state) {
        seed += 0x9e3779b97f4a7c15ULL;
        std::uint64_t z = seed;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        word = z ^ (z >> 31);
    }
}

std::uint64_t Random::next()
{
    auto rotl = [](std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

std::int64_t Random::between(std::int64_t low, std::int64_t high)
{
    if (high <= low)
        return low;
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<std::int64_t>(next() % span);
}

double Random::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

std::uint64_t hashName(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

Json sampleValue(const schema::Property& property, std::string_view modelName, std::int64_t row,
                 Random& random)
{
    const std::string name = lowered(property.name);
    if (property.type != ValueType::Array)
        return scalar(property.type, name, modelName, row, random);
    Json items = Json::array();
    const auto count = random.between(0, 3);
    for (std::int64_t i = 0; i < count; ++i) {
        if (property.itemType != ValueType::Array) {
            items.push_back(scalar(property.itemType, name, modelName, row, random));
            continue;
        }
        // ["array"]: every item is an array itself, of untyped values.
        Json inner = Json::array();
        for (std::int64_t k = random.between(1, 3); k > 0; --k)
            inner.push_back(scalar(ValueType::String, name, modelName, row, random));
        items.push_back(std::move(inner));
    }
    return items;
}

} // namespace relata::store
