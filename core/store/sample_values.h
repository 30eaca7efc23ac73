#pragma once

#include "json/json_text.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace relata::schema {
struct Property;
}

namespace relata::store {

// xoshiro256** seeded through splitmix64: the same numbers on every platform
// and standard library, which std:: distributions do not promise.
class Random {
public:
    explicit Random(std::uint64_t seed);

    std::uint64_t next();
    // Uniform in [low, high], both included.
    std::int64_t between(std::int64_t low, std::int64_t high);
    double unit(); // [0, 1)
    bool chance(double probability) { return unit() < probability; }

private:
    std::uint64_t m_state[4];
};

// 64-bit FNV-1a, to give every model its own stream from one --seed.
std::uint64_t hashName(std::string_view text);

// A plausible value for a scalar property (String, Number, Boolean, Date,
// GeoPoint, Object, any, arrays of those), chosen by its name and type:
// `email`, `name`, `title`, `city`, `price`, `quantity`, `createdAt`, ….
// `row` (1-based) keeps values such as e-mail addresses unique.
Json sampleValue(const schema::Property& property, std::string_view modelName, std::int64_t row,
                 Random& random);

} // namespace relata::store
