#pragma once

#include "json/json_text.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

// loopback-boot 2's model instructions; private to core/schema.
namespace relata::schema {

struct BootStep {
    std::string name;
    std::optional<Json> config; // the model-config entry; none for a base added for its children
};

struct BootPlan {
    std::vector<BootStep> steps;
    std::string cycle; // a model on a base-model cycle (boot fails), empty when none
};

// compiler.buildAllModelInstructions: the model-config entries, then the bases
// they need that have definitions (breadth first), ordered by toposort(base ->
// model) exactly as the `toposort` package orders them. `baseOf` returns a
// definition's `base` (or `options.base`), or nothing when there is no
// definition of that name.
BootPlan planBoot(const std::vector<std::pair<std::string, Json>>& config,
                  const std::function<std::optional<std::string>(const std::string&)>& baseOf);

} // namespace relata::schema
