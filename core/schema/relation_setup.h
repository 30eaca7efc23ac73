#pragma once

#include "json/json_text.h"
#include "schema/schema.h"

#include <string>

// juggler's relation definitions (relation-definition.js) as they name keys and
// add properties; private to core/schema.
namespace relata::schema {

class ModelRegistry;
struct ModelDef;

// DataSource validateRelation: false (and a fatal finding) where juggler throws.
bool validateRelation(ModelRegistry& registry, const ModelDef& model, const std::string& name,
                      const Json& definition);

// modelClass[type](name, params): the RelationDefinition and the properties it adds.
void setUpRelation(ModelRegistry& registry, ModelDef& owner, const std::string& name,
                   const Json& definition, ModelDef* target, ModelDef* through);

// A relation LoopBack never set up, with the keys it would have had.
Relation unresolvedRelation(const ModelDef& owner, const std::string& name, const Json& definition);

// normalizePolymorphic(polymorphic, relationName).
Polymorphic normalizePolymorphic(const Json& polymorphic, const std::string& relationName);

} // namespace relata::schema
