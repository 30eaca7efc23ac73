#include "lb4/sources.h"
#include "lb4/ts_text.h"

#include <algorithm>
#include <set>

namespace relata::lb4 {
namespace {

constexpr std::size_t lineWidth = 80;

// `head<a, b>` on one line, or one argument a line, the way prettier breaks it.
std::string generic(const std::string& head, const std::vector<std::string>& arguments, const std::string& indent,
                    const std::string& tail)
{
    std::string flat = head + "<";
    for (std::size_t i = 0; i < arguments.size(); ++i)
        flat += (i ? ", " : "") + arguments[i];
    flat += ">" + tail;
    if (indent.size() + flat.size() <= lineWidth)
        return indent + flat + "\n";
    std::string out = indent + head + "<\n";
    for (std::size_t i = 0; i < arguments.size(); ++i)
        out += indent + "  " + arguments[i] + (i + 1 < arguments.size() ? ",\n" : "\n");
    return out + indent + ">" + tail + "\n";
}

std::string call(const std::string& head, const std::vector<std::string>& arguments, const std::string& indent)
{
    std::string flat = head + "(";
    for (std::size_t i = 0; i < arguments.size(); ++i)
        flat += (i ? ", " : "") + arguments[i];
    flat += ");";
    if (indent.size() + flat.size() <= lineWidth)
        return indent + flat + "\n";
    std::string out = indent + head + "(\n";
    for (const std::string& argument : arguments)
        out += indent + "  " + argument + ",\n";
    return out + indent + ");\n";
}

std::string keyType(const schema::Model& model, const std::string& key)
{
    return "typeof " + model.name + ".prototype" + ts::member(key);
}

std::string idType(const schema::Model& model)
{
    const schema::Property* id = model.idProperty();
    return id ? keyType(model, id->name) : std::string("undefined");
}

struct RelationApi {
    const char* type;    // the accessor's type
    const char* factory; // the DefaultCrudRepository method that makes it
};

RelationApi api(Lb4Kind kind)
{
    switch (kind) {
    case Lb4Kind::BelongsTo:
        return {"BelongsToAccessor", "createBelongsToAccessorFor"};
    case Lb4Kind::HasOne:
        return {"HasOneRepositoryFactory", "createHasOneRepositoryFactoryFor"};
    case Lb4Kind::HasMany:
        return {"HasManyRepositoryFactory", "createHasManyRepositoryFactoryFor"};
    case Lb4Kind::HasManyThrough:
        return {"HasManyThroughRepositoryFactory", "createHasManyThroughRepositoryFactoryFor"};
    case Lb4Kind::ReferencesMany:
        return {"ReferencesManyAccessor", "createReferencesManyAccessorFor"};
    }
    return {"", ""};
}

} // namespace

std::string repositorySource(const Plan& plan, const ModelPlan& entry)
{
    const schema::Model& model = *entry.model;
    // makePlan gives every repository's datasource a plan.
    const DataSourcePlan& dataSource = *std::find_if(plan.dataSources.begin(), plan.dataSources.end(),
                                                     [&](const DataSourcePlan& d) { return d.name == entry.dataSource; });
    std::vector<std::string> loopback = {"DefaultCrudRepository"};
    std::set<std::string> models = {model.name, model.name + "Relations"};
    std::vector<std::string> getters; // other repositories, in first-use order
    const auto getter = [&](const std::string& target) {
        if (target == model.name)
            return std::string("Getter.fromValue(this)");
        if (std::find(getters.begin(), getters.end(), target) == getters.end())
            getters.push_back(target);
        return ts::lowerFirst(target) + "RepositoryGetter";
    };

    std::string fields;
    std::string setup;
    for (const Lb4Relation& relation : entry.relations) {
        const RelationApi relationApi = api(relation.kind);
        loopback.push_back(relationApi.type);
        models.insert(relation.target);
        // belongsTo and referencesMany accessors take the source's id; the
        // factories of hasMany, hasOne and hasManyThrough take its keyFrom value.
        const bool byId = relation.kind == Lb4Kind::BelongsTo || relation.kind == Lb4Kind::ReferencesMany;
        const std::string sourceKey = byId ? idType(model) : keyType(model, relation.keyFrom);
        std::vector<std::string> typeArguments = {relation.target, sourceKey};
        std::vector<std::string> arguments = {ts::quote(relation.name), getter(relation.target)};
        if (relation.kind == Lb4Kind::HasManyThrough) {
            models.insert(relation.through);
            typeArguments = {relation.target, idType(*plan.model(relation.target)->model), relation.through, sourceKey};
            arguments.push_back(getter(relation.through));
        }
        fields += generic("public readonly " + relation.name + ": " + relationApi.type, typeArguments, "  ", ";");
        setup += call("this." + relation.name + " = this." + relationApi.factory, arguments, "    ");
        if (relation.include) {
            setup += call("this.registerInclusionResolver",
                          {ts::quote(relation.name), "this." + relation.name + ".inclusionResolver"}, "    ");
        }
    }

    std::string parameters = "    @inject('datasources." + entry.dataSource + "') dataSource: "
                             + dataSource.className + ",\n";
    for (const std::string& target : getters) {
        parameters += "    @repository.getter('" + target + "Repository')\n    protected " + ts::lowerFirst(target)
                      + "RepositoryGetter: Getter<" + target + "Repository>,\n";
    }
    std::vector<std::string> core = {"inject"};
    if (!entry.relations.empty())
        core.push_back("Getter");
    if (!getters.empty())
        loopback.push_back("repository");

    std::string out = importLine(core, "@loopback/core");
    out += importLine(loopback, "@loopback/repository");
    out += importLine({dataSource.className}, "../datasources");
    out += importLine({models.begin(), models.end()}, "../models");
    for (const std::string& target : getters)
        out += importLine({target + "Repository"}, "./" + plan.model(target)->fileStem + ".repository");
    out += "\n";
    out += generic("export class " + model.name + "Repository extends DefaultCrudRepository",
                   {model.name, idType(model), model.name + "Relations"}, "", " {");
    if (!fields.empty())
        out += fields + "\n";
    out += "  constructor(\n" + parameters + "  ) {\n";
    out += "    super(" + model.name + ", dataSource);\n" + setup + "  }\n}\n";
    return out;
}

} // namespace relata::lb4
