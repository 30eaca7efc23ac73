#pragma once

#include "json/json_text.h"

#include <string>

// How LoopBack reads and merges model settings; private to core/schema.
namespace relata::schema::settings {

using json::truthy;
using json::truthyMember;
// The member when it is a non-empty string (what `params.x || default` keeps), else "".
std::string stringMember(const Json& object, const char* key);

// LB registry buildModelOptionsFromConfig: every top-level key except name,
// properties and options becomes a setting; a key also inside `options` is taken
// from there.
Json modelSettings(const Json& definition);

// juggler ModelClass.extend's mergeSettings with the merge policy the child's
// `configureModelMerge` selects (the legacy one by default: relations patched by
// name, hidden/protected accumulated, anything else deep-merged).
Json mergeSettings(const Json& base, Json child);

// LB registry.configureModel: model-config `relations` shallow-merged over the
// model's by name, `options` assigned (except base, super, relations, acls, dataSource).
void applyModelConfig(Json& settings, const Json& config);

} // namespace relata::schema::settings
