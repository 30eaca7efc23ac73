#pragma once

#include "json/json_text.h"
#include "schema/schema.h"

#include <string>

// juggler ModelBuilder.resolveType for JSON declarations; private to core/schema.
namespace relata::schema {

struct PropertyType {
    ValueType type = ValueType::Any;
    std::string typeName; // "String", "[Number]", "Address", "AnonymousModel", …
    ValueType itemType = ValueType::Any;
    std::string modelType; // a model named by the type (or its items); empty when anonymous
    bool anonymous = false; // an object without "type": juggler makes an anonymous model
    bool valid = true;      // false for a falsy type, which juggler rejects
};

// The type of a declaration: "string", ["string"], {"type": …}, {"type": [{…}]},
// a model name, or an object without "type" (an anonymous embedded model).
PropertyType resolveType(const Json& declaration);

// The same for a value already in `type` position ({"type": X} -> X).
PropertyType resolveTypeValue(const Json& type);

// A declaration as a definition object: "string" -> {"type": "string"}.
Json normalizedDefinition(const Json& declaration);

// The type as a definition's "type" value: "Number", ["Number"], "Address".
Json typeJson(const PropertyType& type);

// [item], as an array declaration of `item` resolves.
PropertyType arrayOf(const PropertyType& item);

void applyType(Property& property, const PropertyType& type);
PropertyType typeOf(const Property& property);

} // namespace relata::schema
