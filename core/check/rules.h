#pragma once

// The rule groups check() runs, one file each. Every group reports through the
// Context; RULES.md lists the codes each one emits.
namespace relata::check {

class Context;

void checkModels(Context& context);          // model_rules.cpp
void checkModelConfig(Context& context);     // config_rules.cpp
void checkRelationEntries(Context& context); // relation_rules.cpp
void checkRelationTargets(Context& context); // target_rules.cpp
void checkThroughModels(Context& context);   // through_rules.cpp
void checkForeignKeys(Context& context);     // foreign_key_rules.cpp
void checkScopes(Context& context);          // scope_rules.cpp

} // namespace relata::check
