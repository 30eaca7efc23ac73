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
    std::string value = ts::lowerFirst(name);
    if (!ts::isBindingName(value) || value == "id" || value == "filter" || value == "where")
        value = "data";
    const std::string repository = "this." + ts::lowerFirst(name) + "Repository";
    const std::string path = model.httpPath;
    const std::string idKey = ts::quote(id.name);
    const std::string newType = id.generated ? "Omit<" + name + ", " + idKey + ">" : name;
    const std::string newSchema = id.generated
                                      ? "getModelSchemaRef(" + name +
                                            ", {\n            title: " + ts::quote("New" + name) +
                                            ",\n            exclude: [" + idKey + "],\n          })"
                                      : "getModelSchemaRef(" + name + ")";
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
    out += "  async create(\n" + body(newSchema, value, newType) + "  ): Promise<" + name + "> {\n";
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

} // namespace relata::lb4
