#include "document/document.h"
#include "lb4/sources.h"
#include "lb4/ts_text.h"
#include "schema/settings.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace relata::lb4 {
namespace {

using schema::ValueType;

// LoopBack 4's property type names (the `lb4 model` prompt's list).
std::string lb4Type(ValueType type)
{
    switch (type) {
    case ValueType::String:
        return "string";
    case ValueType::Number:
        return "number";
    case ValueType::Boolean:
        return "boolean";
    case ValueType::Date:
        return "date";
    case ValueType::Buffer:
        return "buffer";
    case ValueType::Array:
        return "array";
    case ValueType::Any:
        return "any";
    case ValueType::GeoPoint:
        return "geopoint";
    case ValueType::Object:
    case ValueType::Model:
        return "object";
    }
    return "any";
}

// The TypeScript type lb4 gives each (a date is a string, as `lb4 model` writes it).
std::string tsType(ValueType type, ValueType itemType)
{
    switch (type) {
    case ValueType::String:
    case ValueType::Date:
        return "string";
    case ValueType::Number:
        return "number";
    case ValueType::Boolean:
        return "boolean";
    case ValueType::Buffer:
        return "Buffer";
    case ValueType::Array:
        return (itemType == ValueType::Array ? std::string("unknown") : tsType(itemType, ValueType::Any)) + "[]";
    case ValueType::Any:
        return "any";
    case ValueType::Object:
    case ValueType::Model:
    case ValueType::GeoPoint:
        return "object";
    }
    return "any";
}

// The @property definition: LoopBack 4's type, then what LoopBack 3 resolved
// (id, generated, required, default, hidden), then every other key as declared
// (index, length, connector column settings, …), so nothing is lost.
Json propertyDefinition(const schema::Property& property, bool withType)
{
    static const std::array<std::string_view, 7> handled = {"type",    "itemType", "id",    "generated",
                                                            "required", "default", "hidden"};
    Json out = Json::object();
    if (withType) {
        out["type"] = lb4Type(property.type);
        if (property.type == ValueType::Array)
            out["itemType"] = lb4Type(property.itemType);
    }
    const Json& declared = property.definition.is_object() ? property.definition : Json::object();
    if (property.id) {
        const Json id = declared.value("id", Json(true));
        out["id"] = id.is_number() || id.is_boolean() ? id : Json(true);
    }
    if (property.generated)
        out["generated"] = true;
    if (property.required)
        out["required"] = true;
    if (declared.contains("default"))
        out["default"] = declared["default"];
    if (property.hidden)
        out["hidden"] = true;
    for (const auto& [name, value] : declared.items()) {
        if (std::find(handled.begin(), handled.end(), name) == handled.end())
            out[name] = value;
    }
    return out;
}

// The model's own settings as LoopBack reads them (options flattened in), less
// what LoopBack 4 keeps elsewhere or not at all (MIGRATION.md lists those).
// LoopBack 3's resolved `strict: false` is not written: LoopBack 4's juggler
// turns strict on for relational datasources whatever the model says.
Json modelSettings(const Document& document, const schema::Model& model)
{
    static const std::array<std::string_view, 16> dropped = {
        "name",   "base",       "properties", "relations", "acls",   "methods",    "scopes", "mixins",
        "hidden", "validations", "plural",    "http",      "remoting", "public",   "dataSource", "super"};
    Json settings = Json::object();
    if (model.id != ModelId::None && document.contains(model.id))
        settings = schema::settings::modelSettings(document.model(model.id));
    Json out = Json::object();
    for (const auto& [name, value] : settings.items()) {
        if (std::find(dropped.begin(), dropped.end(), name) == dropped.end())
            out[name] = value;
    }
    return out;
}

std::string relationDecorator(const Lb4Relation& relation, const schema::Property* property)
{
    const std::string resolver = "() => " + relation.target;
    ts::Members options;
    std::string name;
    switch (relation.kind) {
    case Lb4Kind::BelongsTo:
    case Lb4Kind::ReferencesMany: {
        name = relation.kind == Lb4Kind::BelongsTo ? "belongsTo" : "referencesMany";
        options = {{"name", ts::quote(relation.name)}, {"keyTo", ts::quote(relation.keyTo)}};
        std::string head = "  @" + name + "(" + resolver + ", ";
        const std::string definition = ts::object(options, 2, static_cast<int>(head.size()));
        const Json propertyOptions = propertyDefinition(*property, false);
        if (propertyOptions.empty())
            return head + definition + ")\n";
        const std::size_t lastLine = definition.rfind('\n');
        const int column = static_cast<int>(lastLine == std::string::npos ? head.size() + definition.size()
                                                                          : definition.size() - lastLine);
        return head + definition + ", " + ts::literal(propertyOptions, 2, column + 3) + ")\n";
    }
    case Lb4Kind::HasOne:
    case Lb4Kind::HasMany:
        name = relation.kind == Lb4Kind::HasOne ? "hasOne" : "hasMany";
        options = {{"keyTo", ts::quote(relation.keyTo)}, {"keyFrom", ts::quote(relation.keyFrom)}};
        break;
    case Lb4Kind::HasManyThrough: {
        name = "hasMany";
        const ts::Members through = {{"model", "() => " + relation.through},
                                     {"keyFrom", ts::quote(relation.throughKeyFrom)},
                                     {"keyTo", ts::quote(relation.throughKeyTo)}};
        options = {{"through", ts::object(through, 4, 15)},
                   {"keyFrom", ts::quote(relation.keyFrom)},
                   {"keyTo", ts::quote(relation.keyTo)}};
        break;
    }
    }
    const std::string head = "  @" + name + "(" + resolver + ", ";
    return head + ts::object(options, 2, static_cast<int>(head.size())) + ")\n";
}

} // namespace

std::string importLine(std::vector<std::string> names, const std::string& module)
{
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        std::string la = ts::lowerFirst(a), lb = ts::lowerFirst(b);
        std::transform(la.begin(), la.end(), la.begin(), ::tolower);
        std::transform(lb.begin(), lb.end(), lb.begin(), ::tolower);
        return la != lb ? la < lb : a < b;
    });
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::string list;
    for (const std::string& name : names)
        list += (list.empty() ? "" : ", ") + name;
    const std::string line = "import {" + list + "} from '" + module + "';\n";
    if (line.size() <= 81)
        return line;
    std::string out = "import {\n";
    for (const std::string& name : names)
        out += "  " + name + ",\n";
    return out + "} from '" + module + "';\n";
}

std::string modelSource(const Plan& plan, const ModelPlan& entry, const Document& document)
{
    const schema::Model& model = *entry.model;
    std::vector<std::string> loopback = {"model", entry.entity ? "Entity" : "Model"};
    std::map<std::string, std::set<std::string>> imports; // file stem -> names
    const auto use = [&](const std::string& target, bool withRelations) {
        if (target == model.name)
            return;
        const ModelPlan* other = plan.model(target);
        imports[other->fileStem].insert(target);
        if (withRelations)
            imports[other->fileStem].insert(target + "WithRelations");
    };
    std::string body;
    bool anyProperty = false;
    for (const schema::Property& property : model.properties) {
        const bool optional = !property.required;
        const std::string field = "  " + ts::key(property.name) + (optional ? "?: " : ": ")
                                  + tsType(property.type, property.itemType) + ";\n";
        if (const Lb4Relation* relation = entry.decorating(property.name)) {
            loopback.push_back(relation->kind == Lb4Kind::BelongsTo ? "belongsTo" : "referencesMany");
            use(relation->target, true);
            body += relationDecorator(*relation, &property) + field + "\n";
            continue;
        }
        anyProperty = true;
        body += "  @property(" + ts::literal(propertyDefinition(property, true), 2, 12) + ")\n" + field + "\n";
    }
    if (anyProperty)
        loopback.push_back("property");
    for (const Lb4Relation& relation : entry.relations) {
        if (relation.kind == Lb4Kind::BelongsTo || relation.kind == Lb4Kind::ReferencesMany)
            continue;
        loopback.push_back(relation.kind == Lb4Kind::HasOne ? "hasOne" : "hasMany");
        use(relation.target, true);
        if (relation.kind == Lb4Kind::HasManyThrough)
            use(relation.through, false);
        const bool many = relation.kind != Lb4Kind::HasOne;
        body += relationDecorator(relation, nullptr) + "  " + relation.name + ": " + relation.target
                + (many ? "[]" : "") + ";\n\n";
    }
    std::string relations;
    for (const Lb4Relation& relation : entry.relations) {
        const bool many = relation.kind != Lb4Kind::HasOne && relation.kind != Lb4Kind::BelongsTo;
        if (relation.target != model.name)
            use(relation.target, true);
        relations += "  " + relation.name + "?: " + relation.target + "WithRelations" + (many ? "[]" : "") + ";\n";
    }

    std::string out = importLine(loopback, "@loopback/repository");
    for (const auto& [stem, names] : imports)
        out += importLine({names.begin(), names.end()}, "./" + stem + ".model");
    const Json settings = modelSettings(document, model);
    out += "\n@model(" + ts::object({{"settings", ts::literal(settings, 2, 19)}}, 0, 7) + ")\n";
    out += "export class " + model.name + " extends " + (entry.entity ? "Entity" : "Model") + " {\n";
    out += body;
    out += "  constructor(data?: Partial<" + model.name + ">) {\n    super(data);\n  }\n}\n\n";
    out += "export interface " + model.name + "Relations {\n" + relations + "}\n\n";
    out += "export type " + model.name + "WithRelations = " + model.name + " & " + model.name + "Relations;\n";
    return out;
}

} // namespace relata::lb4
