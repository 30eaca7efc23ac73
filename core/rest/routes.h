#pragma once

#include "json/json_text.h"

#include <string>
#include <string_view>
#include <vector>

namespace relata::schema {
struct Model;
class Schema;
} // namespace relata::schema

namespace relata::rest {

// One REST endpoint that LoopBack 3's remoting (lib/model.js) defines for a
// relation or a named scope (SEMANTICS.md §5).
struct Route {
    std::string verb;        // GET, POST, PUT, DELETE, HEAD
    std::string path;        // "/Customers/{id}/orders/{fk}"
    std::string method;      // "prototype.__findById__orders"; static scope methods have no prefix
    std::string accessType;  // READ or WRITE: what an ACL `accessType` matches
    std::string relation;    // the relation it serves (for a nested route: the outer one)
    std::string scope;       // the named scope it serves, else empty
    std::string description; // LoopBack's own text

    Json toJson() const;
};

// In the order LoopBack defines them: each relation's routes (and the routes
// `options.nestRemoting` re-exposes from the target), then the scope routes of
// the to-many relations and of the named scopes.
std::vector<Route> modelRoutes(const schema::Schema& schema, const schema::Model& model);

// Models as REST exposes them: each app model that is public, with its routes.
// `{"models": {NAME: {"httpPath", "routes": [...]}}}`; `modelName` picks one
// model (public or not).
Json routesJson(const schema::Schema& schema, std::string_view modelName = {});

} // namespace relata::rest
