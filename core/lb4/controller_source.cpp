#include "lb4/sources.h"
#include "lb4/ts_text.h"

#include <algorithm>
#include <array>

namespace relata::lb4 {
namespace {

// What the controller imports: a model of one of these names would shadow one.
constexpr std::array<std::string_view, 15> controllerImports = {
    "Count", "CountSchema", "Filter",  "FilterExcludingWhere", "repository", "Where",
    "post",  "param",       "get",     "getModelSchemaRef",    "patch",      "put",
    "del",   "requestBody", "response"};

// `@param.path.number('id') id: number`: LoopBack 4 takes a path id of a
// number or a string; a model with another id type (or none) gets no controller.
std::string idParameter(const schema::Property& id) {
    const std::string type = id.type == schema::ValueType::Number ? "number" : "string";
    return "@param.path." + type + "('id') id: " + type;
}

std::string jsonContent(const std::string& schema, const std::string& indent) {
    return "content: {\n" + indent + "  'application/json': {\n" + indent +
           "    schema: " + schema + ",\n" + indent + "  },\n" + indent + "},";
}

std::string body(const std::string& schema, const std::string& name, const std::string& type) {
    return "    @requestBody({\n      " + jsonContent(schema, "      ") + "\n    })\n    " + name +
           ": " + type + ",\n";
}

std::string response(int status, const std::string& description, const std::string& schema = {}) {
    if (schema.empty())
        return "  @response(" + std::to_string(status) +
               ", {description: " + ts::quote(description) + "})\n";
    return "  @response(" + std::to_string(status) +
           ", {\n    description: " + ts::quote(description) + ",\n    " +
           jsonContent(schema, "    ") + "\n  })\n";
}

// The body of a create: the model without its id when the database generates it.
struct NewBody {
    std::string type;
    std::string schema;
};

NewBody newBody(const schema::Model& model, const std::string& title) {
    const schema::Property* id = model.idProperty();
    if (!id || !id->generated)
        return {model.name, "getModelSchemaRef(" + model.name + ")"};
    const std::string key = ts::quote(id->name);
    return {"Omit<" + model.name + ", " + key + ">",
            "getModelSchemaRef(" + model.name + ", {\n            title: " + ts::quote(title) +
                ",\n            exclude: [" + key + "],\n          })"};
}

// A variable for a body of `model`, clear of the parameters beside it.
std::string valueName(const std::string& model) {
    std::string value = ts::lowerFirst(model);
    if (!ts::isBindingName(value) || value == "id" || value == "filter" || value == "where" ||
        value == "source")
        value = "data";
    return value;
}

// What the endpoints of one relation's controller share.
struct RelationEndpoints {
    std::string path;     // "/Customers/{id}/orders"
    std::string subject;  // "Customer.orders"
    std::string id;       // the path's id parameter
    std::string accessor; // statements up to `return this.customerRepository.orders(id)`
    std::string target;   // the target model's name
};

// GET, POST, (PUT for a hasOne) and DELETE: what LoopBack 3's hasMany,
// hasManyThrough and hasOne remoting expose, less count and /{fk}.
std::string targetEndpoints(const RelationEndpoints& r, const NewBody& created, bool many) {
    const std::string& name = r.target;
    const std::string value = valueName(name);
    const std::string one = "getModelSchemaRef(" + name + ")";
    const std::string where = "    @param.query.object('where', getWhereSchemaFor(" + name +
                              "))\n    where?: Where<" + name + ">,\n";
    const std::string head = "\n  @";
    const std::string at = "(" + ts::quote(r.path) + ")\n";
    std::string out = head + "get" + at;
    out += response(200, r.subject,
                    many ? "{\n          type: 'array',\n          items: " + one + ",\n        }"
                         : one);
    out += "  async " + std::string(many ? "find" : "get") + "(\n    " + r.id +
           ",\n    @param.query.object('filter') filter?: Filter<" + name + ">,\n  ): Promise<" +
           name + (many ? "[]" : "") + "> {\n" + r.accessor +
           (many ? ".find(filter);\n  }\n" : ".get(filter);\n  }\n");
    out += head + "post" + at + response(200, r.subject + ": the new " + name, one);
    out += "  async create(\n    " + r.id + ",\n" + body(created.schema, value, created.type) +
           "  ): Promise<" + name + "> {\n" + r.accessor + ".create(" + value + ");\n  }\n";
    if (!many) {
        // LoopBack 3 updates a hasOne target with PUT.
        out +=
            head + "put" + at + response(200, r.subject + ": PATCH success count", "CountSchema");
        out += "  async patch(\n    " + r.id + ",\n" +
               body("getModelSchemaRef(" + name + ", {partial: true})", value,
                    "Partial<" + name + ">") +
               where + "  ): Promise<Count> {\n" + r.accessor + ".patch(" + value +
               ", where);\n  }\n";
    }
    out += head + "del" + at + response(200, r.subject + ": DELETE success count", "CountSchema");
    out += "  async delete(\n    " + r.id + ",\n" + where + "  ): Promise<Count> {\n" + r.accessor +
           ".delete(where);\n  }\n";
    return out;
}

} // namespace

const schema::Property* controllerId(const ModelPlan& entry) {
    const schema::Model& model = *entry.model;
    const schema::Property* id = model.idProperty();
    const bool named = std::find(controllerImports.begin(), controllerImports.end(), model.name) ==
                       controllerImports.end();
    if (!entry.entity || !model.isPublic || !id || !named ||
        (id->type != schema::ValueType::Number && id->type != schema::ValueType::String))
        return nullptr;
    return id;
}

std::string controllerSource(const ModelPlan& entry) {
    const schema::Model& model = *entry.model;
    const schema::Property& id = *controllerId(entry);
    const std::string& name = model.name;
    const std::string value = valueName(name);
    const std::string repository = "this." + ts::lowerFirst(name) + "Repository";
    const std::string path = model.httpPath;
    const NewBody created = newBody(model, "New" + name);
    const std::string withRelations = "getModelSchemaRef(" + name + ", {includeRelations: true})";
    const std::string partial = "getModelSchemaRef(" + name + ", {partial: true})";

    std::string out = importLine(
        {"Count", "CountSchema", "Filter", "FilterExcludingWhere", "repository", "Where"},
        "@loopback/repository");
    out += importLine({"post", "param", "get", "getModelSchemaRef", "patch", "put", "del",
                       "requestBody", "response"},
                      "@loopback/rest");
    out += importLine({name}, "../models");
    out += importLine({name + "Repository"}, "../repositories");
    out += "\n// LoopBack 3's CRUD endpoints of " + name + ", at its paths (" + path + ").\n";
    out += "export class " + name + "Controller {\n  constructor(\n    @repository(" + name +
           "Repository)\n" + "    public " + ts::lowerFirst(name) + "Repository: " + name +
           "Repository,\n  ) {}\n\n";

    out += "  @post(" + ts::quote(path) + ")\n" +
           response(200, name + " model instance", "getModelSchemaRef(" + name + ")");
    out += "  async create(\n" + body(created.schema, value, created.type) + "  ): Promise<" +
           name + "> {\n";
    out += "    return " + repository + ".create(" + value + ");\n  }\n\n";

    out += "  @get(" + ts::quote(path + "/count") + ")\n" +
           response(200, name + " model count", "CountSchema");
    out +=
        "  async count(@param.where(" + name + ") where?: Where<" + name + ">): Promise<Count> {\n";
    out += "    return " + repository + ".count(where);\n  }\n\n";

    out +=
        "  @get(" + ts::quote(path) + ")\n" +
        response(200, "Array of " + name + " model instances",
                 "{\n          type: 'array',\n          items: " + withRelations + ",\n        }");
    out += "  async find(\n    @param.filter(" + name + ") filter?: Filter<" + name +
           ">,\n  ): Promise<" + name + "[]> {\n";
    out += "    return " + repository + ".find(filter);\n  }\n\n";

    out += "  @patch(" + ts::quote(path) + ")\n" +
           response(200, name + " PATCH success count", "CountSchema");
    out += "  async updateAll(\n" + body(partial, value, name) + "    @param.where(" + name +
           ") where?: Where<" + name + ">,\n  ): Promise<Count> {\n";
    out += "    return " + repository + ".updateAll(" + value + ", where);\n  }\n\n";

    out += "  @get(" + ts::quote(path + "/{id}") + ")\n" +
           response(200, name + " model instance", withRelations);
    out += "  async findById(\n    " + idParameter(id) + ",\n    @param.filter(" + name +
           ", {exclude: 'where'})\n    filter?: FilterExcludingWhere<" + name +
           ">,\n  ): Promise<" + name + "> {\n";
    out += "    return " + repository + ".findById(id, filter);\n  }\n\n";

    out += "  @patch(" + ts::quote(path + "/{id}") + ")\n" + response(204, name + " PATCH success");
    out += "  async updateById(\n    " + idParameter(id) + ",\n" + body(partial, value, name) +
           "  ): Promise<void> {\n";
    out += "    await " + repository + ".updateById(id, " + value + ");\n  }\n\n";

    out += "  @put(" + ts::quote(path + "/{id}") + ")\n" + response(204, name + " PUT success");
    out += "  async replaceById(\n    " + idParameter(id) + ",\n    @requestBody() " + value +
           ": " + name + ",\n  ): Promise<void> {\n";
    out += "    await " + repository + ".replaceById(id, " + value + ");\n  }\n\n";

    out += "  @del(" + ts::quote(path + "/{id}") + ")\n" + response(204, name + " DELETE success");
    out += "  async deleteById(" + idParameter(id) + "): Promise<void> {\n";
    out += "    await " + repository + ".deleteById(id);\n  }\n}\n";
    return out;
}

bool hasRelationController(const ModelPlan& source, const Lb4Relation& relation) {
    return controllerId(source) && relation.kind != Lb4Kind::ReferencesMany;
}

std::string relationControllerSource(const Plan& plan, const ModelPlan& source,
                                     const Lb4Relation& relation, const std::string& className) {
    const schema::Model& model = *source.model;
    const schema::Property& id = *controllerId(source);
    const schema::Model& target = *plan.model(relation.target)->model;
    const std::string repository = ts::lowerFirst(model.name) + "Repository";
    // The factories of hasMany, hasOne and hasManyThrough take the source's
    // keyFrom value, the belongsTo accessor its id; LoopBack 3's path names the id.
    const bool byId = relation.kind == Lb4Kind::BelongsTo || relation.keyFrom == id.name;
    const std::string lookUp =
        byId ? std::string() : "    const source = await this." + repository + ".findById(id);\n";
    RelationEndpoints r;
    r.path = model.httpPath + "/{id}/" + relation.source->httpPath();
    r.subject = model.name + "." + relation.name;
    r.id = idParameter(id);
    r.accessor = lookUp + "    return this." + repository + "." + relation.name + "(" +
                 (byId ? "id" : "source" + ts::member(relation.keyFrom)) + ")";
    r.target = target.name;

    std::vector<std::string> loopback = {"repository"};
    std::vector<std::string> rest = {"get", "getModelSchemaRef", "param", "response"};
    std::string endpoints;
    if (relation.kind == Lb4Kind::BelongsTo) {
        endpoints = "\n  @get(" + ts::quote(r.path) + ")\n" +
                    response(200, r.subject + ": the " + r.target + " it belongs to",
                             "getModelSchemaRef(" + r.target + ")") +
                    "  async get(" + r.id + "): Promise<" + r.target + "> {\n" + r.accessor +
                    ";\n  }\n";
    } else {
        const bool many = relation.kind != Lb4Kind::HasOne;
        loopback.insert(loopback.end(), {"Count", "CountSchema", "Filter", "Where"});
        rest.insert(rest.end(), {"del", "getWhereSchemaFor", "post", "requestBody"});
        if (!many)
            rest.push_back("put");
        endpoints = targetEndpoints(r, newBody(target, "New" + r.target + "In" + model.name), many);
    }
    std::string out = importLine(loopback, "@loopback/repository");
    out += importLine(rest, "@loopback/rest");
    out += importLine({r.target}, "../models");
    out += importLine({model.name + "Repository"}, "../repositories");
    out += "\n// LoopBack 3's endpoints of " + r.subject + ", at its paths (" + r.path + ").\n";
    out += "export class " + className + " {\n  constructor(\n    @repository(" + model.name +
           "Repository)\n    protected " + repository + ": " + model.name + "Repository,\n  ) {}\n";
    return out + endpoints + "}\n";
}

} // namespace relata::lb4
