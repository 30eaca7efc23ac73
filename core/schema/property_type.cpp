#include "schema/property_type.h"

#include "schema/naming.h"
#include "schema/settings.h"

#include <array>
#include <utility>

namespace relata::schema {
namespace {

struct SchemaType {
    const char* key; // lower-cased name juggler registers (types.js registerType)
    const char* name;
    ValueType type;
};

constexpr std::array<SchemaType, 13> schemaTypes = {{
    {"text", "Text", ValueType::String},
    {"json", "JSON", ValueType::Object},
    {"any", "Any", ValueType::Any},
    {"string", "String", ValueType::String},
    {"number", "Number", ValueType::Number},
    {"boolean", "Boolean", ValueType::Boolean},
    {"date", "Date", ValueType::Date},
    {"datestring", "DateString", ValueType::String},
    {"binary", "Buffer", ValueType::Buffer},
    {"buffer", "Buffer", ValueType::Buffer},
    {"array", "Array", ValueType::Array},
    {"geopoint", "GeoPoint", ValueType::GeoPoint},
    {"object", "Object", ValueType::Object},
}};

PropertyType fromString(const std::string& name)
{
    const std::string key = naming::lowerCase(name);
    for (const SchemaType& known : schemaTypes) {
        if (key == known.key) {
            PropertyType type;
            type.type = known.type;
            type.typeName = known.name;
            return type;
        }
    }
    // Any other name is a model (juggler makes a placeholder until it is defined).
    PropertyType type;
    type.type = ValueType::Model;
    type.typeName = name;
    type.modelType = name;
    return type;
}

PropertyType anonymousModel()
{
    PropertyType type;
    type.type = ValueType::Model;
    type.typeName = "AnonymousModel";
    type.anonymous = true;
    return type;
}

// Values juggler passes through unresolved (numbers, `true`): not a constructor.
bool isConstructor(const Json& value)
{
    return value.is_string() || value.is_object() || value.is_array();
}

PropertyType resolve(const Json& value, bool isSubProperty)
{
    PropertyType type;
    if (!settings::truthy(value)) {
        type.valid = false;
        type.typeName = value.is_string() ? std::string() : value.dump();
        return type;
    }
    if (value.is_array()) {
        if (value.empty()) {
            type.type = ValueType::Array;
            type.typeName = "[]";
            return type;
        }
        const PropertyType item = resolve(value.front(), false);
        if (!isConstructor(value.front()) || !item.valid)
            return item;
        return arrayOf(item);
    }
    if (value.is_string())
        return fromString(value.get<std::string>());
    if (value.is_object()) {
        if (!isSubProperty && settings::truthyMember(value, "type"))
            return resolve(value["type"], true);
        return anonymousModel();
    }
    type.typeName = value.dump();
    return type;
}

} // namespace

PropertyType resolveType(const Json& declaration)
{
    return resolve(declaration, false);
}

PropertyType resolveTypeValue(const Json& type)
{
    return resolve(type, true);
}

Json normalizedDefinition(const Json& declaration)
{
    if (declaration.is_object())
        return declaration;
    return Json{{"type", declaration}};
}

Json typeJson(const PropertyType& type)
{
    if (type.type == ValueType::Array && type.typeName.size() > 2 && type.typeName.front() == '[')
        return Json::array({type.typeName.substr(1, type.typeName.size() - 2)});
    return type.typeName;
}

void applyType(Property& property, const PropertyType& type)
{
    property.type = type.type;
    property.typeName = type.typeName;
    property.itemType = type.itemType;
    property.modelType = type.modelType;
}

PropertyType typeOf(const Property& property)
{
    PropertyType type;
    type.type = property.type;
    type.typeName = property.typeName;
    type.itemType = property.itemType;
    type.modelType = property.modelType;
    type.anonymous = property.type == ValueType::Model && property.modelType.empty();
    return type;
}

PropertyType arrayOf(const PropertyType& item)
{
    PropertyType type;
    type.type = ValueType::Array;
    type.typeName = "[" + item.typeName + "]";
    type.itemType = item.type;
    type.modelType = item.modelType;
    return type;
}

} // namespace relata::schema
