#include "rest/routes.h"

#include "schema/schema.h"

namespace relata::rest {

using schema::Model;
using schema::Relation;
using schema::RelationKind;

namespace {

// A remote method as LoopBack defines it, its path relative to the instance
// (`/orders/{fk}`) or to the model for static methods.
struct Spec {
    std::string verb;
    std::string path;
    std::string name; // "__get__orders"
    bool write = false;
    bool isStatic = false;
    std::string relation;
    std::string scope;
    std::string description;
};

std::string pathOf(const Relation& relation)
{
    return "/" + relation.httpPath();
}

// belongsToRemoting, hasOneRemoting and hasManyRemoting of LoopBack's lib/model.js.
void relationSpecs(const Relation& relation, std::vector<Spec>& specs)
{
    const std::string& name = relation.name;
    const std::string path = pathOf(relation);
    auto add = [&](const char* verb, const std::string& suffix, const char* method, bool write,
                   std::string description) {
        specs.push_back({verb, path + suffix, std::string("__") + method + "__" + name, write,
                         false, name, {}, std::move(description)});
    };
    switch (relation.kind) {
    case RelationKind::BelongsTo:
        add("GET", "", "get", false, "Fetches belongsTo relation " + name + ".");
        return;
    case RelationKind::HasOne:
    case RelationKind::EmbedsOne:
        add("GET", "", "get", false, "Fetches hasOne relation " + name + ".");
        add("POST", "", "create", true, "Creates a new instance in " + name + " of this model.");
        add("PUT", "", "update", true, "Update " + name + " of this model.");
        add("DELETE", "", "destroy", true, "Deletes " + name + " of this model.");
        return;
    case RelationKind::HasMany:
    case RelationKind::HasManyThrough:
    case RelationKind::HasAndBelongsToMany:
    case RelationKind::ReferencesMany:
    case RelationKind::EmbedsMany:
        break;
    }
    add("GET", "/{fk}", "findById", false, "Find a related item by id for " + name + ".");
    add("DELETE", "/{fk}", "destroyById", true, "Delete a related item by id for " + name + ".");
    add("PUT", "/{fk}", "updateById", true, "Update a related item by id for " + name + ".");
    if (relation.modelThrough.empty() && relation.kind != RelationKind::ReferencesMany)
        return;
    add("PUT", "/rel/{fk}", "link", true, "Add a related item by id for " + name + ".");
    add("DELETE", "/rel/{fk}", "unlink", true, "Remove the " + name + " relation to an item by id.");
    add("HEAD", "/rel/{fk}", "exists", false,
        "Check the existence of " + name + " relation to an item by id.");
}

// scopeRemoting: the to-many relations are scopes of the instance, named scopes of the model.
void scopeSpecs(const Model& model, const std::string& scopeName, const std::string& path,
                bool isStatic, std::vector<Spec>& specs)
{
    const std::string relation = isStatic ? std::string() : scopeName;
    const std::string scope = isStatic ? scopeName : std::string();
    auto add = [&](const char* verb, const std::string& suffix, const char* method, bool write,
                   std::string description) {
        specs.push_back({verb, path + suffix, std::string("__") + method + "__" + scopeName, write,
                         isStatic, relation, scope, std::move(description)});
    };
    add("GET", "", "get", false, "Queries " + scopeName + " of " + model.name + ".");
    add("POST", "", "create", true, "Creates a new instance in " + scopeName + " of this model.");
    add("DELETE", "", "delete", true, "Deletes all " + scopeName + " of this model.");
    add("GET", "/count", "count", false, "Counts " + scopeName + " of " + model.name + ".");
}

bool exposed(const Relation& relation)
{
    return relation.resolved && !relation.generated;
}

// The instance methods of `model` that a nestRemoting source may re-expose.
std::vector<Spec> ownSpecs(const Model& model)
{
    std::vector<Spec> specs;
    for (const Relation& relation : model.relations) {
        if (exposed(relation))
            relationSpecs(relation, specs);
    }
    for (const Relation& relation : model.relations) {
        if (exposed(relation) && relation.multiple)
            scopeSpecs(model, relation.name, pathOf(relation), false, specs);
    }
    return specs;
}

// Model.nestRemoting: `__<verb>__<x>` of the target becomes `__<verb>__<relation>__<x>`,
// under `/<options.path or name>` (plus `/{nk}` for a to-many relation). Only
// names of exactly that shape qualify, so a relation name holding `_` is skipped.
void nestedSpecs(const schema::Schema& schema, const Relation& relation, std::vector<Spec>& specs)
{
    const Model* target = relation.modelTo.empty() ? nullptr : schema.model(relation.modelTo);
    if (!target)
        return;
    const Json path = relation.options.is_object() ? relation.options.value("path", Json()) : Json();
    std::string prefix = path.is_string() ? path.get<std::string>() : relation.name;
    if (prefix.empty() || prefix.front() != '/')
        prefix = "/" + prefix;
    if (relation.multiple)
        prefix += "/{nk}";
    for (const Spec& spec : ownSpecs(*target)) {
        const std::size_t split = spec.name.find("__", 2);
        const std::string verb = spec.name.substr(2, split - 2);
        const std::string rest = spec.name.substr(split + 2);
        if (verb.find('_') != std::string::npos || rest.find('_') != std::string::npos)
            continue;
        Spec nested = spec;
        nested.name = "__" + verb + "__" + relation.name + "__" + rest;
        nested.path = prefix + spec.path;
        nested.relation = relation.name;
        specs.push_back(std::move(nested));
    }
}

std::string scopePath(const std::string& name, const Json& definition)
{
    if (definition.is_object()) {
        const Json options = definition.value("options", Json::object());
        if (options.is_object() && options.contains("http") && options["http"].is_object()) {
            const Json& path = options["http"].value("path", Json());
            if (path.is_string() && !path.get<std::string>().empty())
                return "/" + path.get<std::string>();
        }
    }
    return "/" + name;
}

} // namespace

Json Route::toJson() const
{
    Json out = {{"verb", verb}, {"path", path}, {"method", method}, {"accessType", accessType}};
    if (!relation.empty())
        out["relation"] = relation;
    if (!scope.empty())
        out["scope"] = scope;
    out["description"] = description;
    return out;
}

std::vector<Route> modelRoutes(const schema::Schema& schema, const Model& model)
{
    std::vector<Spec> specs;
    for (const Relation& relation : model.relations) {
        if (!exposed(relation))
            continue;
        relationSpecs(relation, specs);
        if (relation.options.is_object() && relation.options.value("nestRemoting", false) == true)
            nestedSpecs(schema, relation, specs);
    }
    for (const Relation& relation : model.relations) {
        if (exposed(relation) && relation.multiple)
            scopeSpecs(model, relation.name, pathOf(relation), false, specs);
    }
    if (model.scopes.is_object()) {
        for (const auto& [name, definition] : model.scopes.items())
            scopeSpecs(model, name, scopePath(name, definition), true, specs);
    }
    std::vector<Route> routes;
    routes.reserve(specs.size());
    for (const Spec& spec : specs) {
        routes.push_back({spec.verb,
                          model.httpPath + (spec.isStatic ? "" : "/{id}") + spec.path,
                          (spec.isStatic ? "" : "prototype.") + spec.name,
                          spec.write ? "WRITE" : "READ", spec.relation, spec.scope,
                          spec.description});
    }
    return routes;
}

Json routesJson(const schema::Schema& schema, std::string_view modelName)
{
    Json models = Json::object();
    for (const Model& model : schema.models()) {
        if (modelName.empty() ? (!model.isPublic || model.builtin || model.generated)
                              : model.name != modelName)
            continue;
        Json routes = Json::array();
        for (const Route& route : modelRoutes(schema, model))
            routes.push_back(route.toJson());
        models[model.name] = {{"httpPath", model.httpPath}, {"public", model.isPublic},
                              {"routes", std::move(routes)}};
    }
    return {{"models", std::move(models)}};
}

} // namespace relata::rest
