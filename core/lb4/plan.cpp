#include "lb4/plan.h"

#include "document/document.h"
#include "io/app_io.h"
#include "lb4/ts_text.h"
#include "schema/naming.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <set>
#include <variant>

namespace relata::lb4 {
namespace {

// Names the generated files import from @loopback/*: a model class of one of
// these names would shadow the import.
bool takenByLoopBack4(std::string_view name)
{
    static const std::array<std::string_view, 18> names = {
        "Entity",   "Model",        "model",  "property", "belongsTo", "hasMany",
        "hasOne",   "referencesMany", "inject", "Getter",   "juggler",   "repository",
        "DefaultCrudRepository", "BelongsToAccessor", "HasManyRepositoryFactory",
        "HasOneRepositoryFactory", "HasManyThroughRepositoryFactory", "ReferencesManyAccessor"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

MigrationItem modelItem(const Document& document, const schema::Model& model, std::string feature,
                        std::string detail, std::string replacement, std::string pointer = {})
{
    MigrationItem item;
    item.model = model.name;
    item.feature = std::move(feature);
    item.detail = std::move(detail);
    item.replacement = std::move(replacement);
    item.file = modelFile(document, model);
    if (!item.file.isEmpty())
        item.pointer = std::move(pointer);
    return item;
}

std::string compact(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void planModelSettings(const Document& document, const schema::Model& model, std::vector<MigrationItem>& items)
{
    for (const auto& [name, filter] : model.scopes.items()) {
        items.push_back(modelItem(
            document, model, "named scope",
            "`" + model.name + "." + name + "(filter)` finds with " + compact(filter) + " merged into the filter",
            "add a method `" + name + "(filter?: Filter<" + model.name + ">)` to " + model.name
                + "Repository that calls `this.find()` with that filter merged in",
            "/scopes/" + name));
    }
    const Json acls = model.settings.value("acls", Json());
    if (acls.is_array() && !acls.empty()) {
        items.push_back(modelItem(document, model, "ACLs",
                                  std::to_string(acls.size()) + " ACL entries guard the REST methods",
                                  "@loopback/authorization: `@authorize` on the controller methods, with a "
                                  "voter or role mapping for each principal",
                                  "/acls"));
    }
    const Json methods = model.settings.value("methods", Json());
    if (methods.is_object() && !methods.empty()) {
        items.push_back(modelItem(document, model, "remote methods",
                                  std::to_string(methods.size()) + " remote method definitions",
                                  "controller methods with @get/@post route decorators", "/methods"));
    }
    const Json mixins = model.settings.value("mixins", Json());
    if (mixins.is_object() && !mixins.empty()) {
        std::string names;
        for (const auto& [name, options] : mixins.items())
            names += (names.empty() ? "" : ", ") + name;
        items.push_back(modelItem(document, model, "mixins", "mixins " + names,
                                  "a TypeScript mixin on the model or repository class", "/mixins"));
    }
    const Json validations = model.settings.value("validations", Json());
    if (validations.is_array() && !validations.empty()) {
        items.push_back(modelItem(document, model, "validations", compact(validations),
                                  "`jsonSchema` constraints on the @property, or an interceptor",
                                  "/validations"));
    }
}

// server/datasources.json next to model-config.json; null when there is none
// or it does not parse (the export then says so in MIGRATION.md).
Json readDataSources(const Document& document)
{
    const SourceFile* config = document.modelConfig();
    if (!config)
        return Json();
    const QString path = QDir(document.rootPath())
                             .filePath(QFileInfo(config->relativePath()).path() + QStringLiteral("/datasources.json"));
    QString error;
    const std::optional<QByteArray> bytes = io::readJsonFile(path, &error);
    if (!bytes)
        return Json();
    auto parsed = json::parse(bytes->toStdString());
    if (const auto* text = std::get_if<json::Text>(&parsed))
        return text->value().is_object() ? text->value() : Json();
    return Json();
}

void planDataSources(Plan& plan, const Document& document)
{
    const Json declared = readDataSources(document);
    for (const ModelPlan& model : plan.models) {
        if (!model.entity)
            continue;
        const bool known = std::any_of(plan.dataSources.begin(), plan.dataSources.end(),
                                       [&](const DataSourcePlan& d) { return d.name == model.dataSource; });
        if (known)
            continue;
        DataSourcePlan dataSource;
        dataSource.name = model.dataSource;
        dataSource.className = ts::pascalCase(model.dataSource) + "DataSource";
        dataSource.fileStem = naming::kebabCase(model.dataSource);
        const auto entry = declared.is_object() ? declared.find(model.dataSource) : declared.end();
        if (declared.is_object() && entry != declared.end() && entry->is_object()) {
            dataSource.config = *entry;
            if (!dataSource.config.contains("name"))
                dataSource.config["name"] = model.dataSource;
        } else {
            dataSource.config = {{"name", model.dataSource}, {"connector", "memory"}};
            MigrationItem item;
            item.feature = "datasource";
            item.detail = "datasource `" + model.dataSource + "` is not in server/datasources.json";
            item.replacement = "set its connector and settings in src/datasources/" + dataSource.fileStem
                               + ".datasource.ts (written with the memory connector)";
            plan.items.push_back(std::move(item));
        }
        plan.dataSources.push_back(std::move(dataSource));
    }
}

// HABTM's generated link model: juggler defines it on the datasource of the
// model whose relation needs it, so it has a table there.
std::string linkDataSource(const schema::Schema& schema, const schema::Model& link)
{
    for (const auto& [owner, relation] : schema.incoming(link.name)) {
        if (relation->modelThrough == link.name && !owner->dataSource.empty())
            return owner->dataSource;
    }
    return link.dataSource;
}

} // namespace

const Lb4Relation* ModelPlan::decorating(std::string_view property) const
{
    for (const Lb4Relation& relation : relations) {
        const bool onProperty = relation.kind == Lb4Kind::BelongsTo || relation.kind == Lb4Kind::ReferencesMany;
        if (onProperty && relation.keyFrom == property)
            return &relation;
    }
    return nullptr;
}

const ModelPlan* Plan::model(std::string_view name) const
{
    for (const ModelPlan& candidate : models) {
        if (candidate.model->name == name)
            return &candidate;
    }
    return nullptr;
}

QString modelFile(const Document& document, const schema::Model& model)
{
    if (model.id == ModelId::None || !document.contains(model.id))
        return {};
    return document.modelFile(model.id).relativePath();
}

Plan makePlan(const Document& document, const schema::Schema& schema)
{
    Plan plan;
    plan.appName = QFileInfo(document.rootPath()).fileName();
    std::set<std::string> stems;
    for (const schema::Model& model : schema.models()) {
        if (model.builtin || !(model.configured || model.generated))
            continue;
        const std::string stem = naming::modelFileStem(model.name);
        std::string problem;
        if (!ts::isBindingName(model.name))
            problem = "`" + model.name + "` is not a TypeScript class name";
        else if (takenByLoopBack4(model.name))
            problem = "`" + model.name + "` is also the name of a LoopBack 4 export the generated files import";
        else if (!stems.insert(stem).second)
            problem = "another model is written to " + stem + ".model.ts already";
        if (!problem.empty()) {
            plan.items.push_back(modelItem(document, model, "model name", problem + ": the model is not written",
                                           "rename the model in the LoopBack 3 app, or write its class by hand"));
            continue;
        }
        ModelPlan entry;
        entry.model = &model;
        entry.fileStem = stem;
        entry.dataSource = model.generated ? linkDataSource(schema, model) : model.dataSource;
        entry.entity = (model.persisted || model.generated) && model.attached && !entry.dataSource.empty();
        plan.models.push_back(std::move(entry));
    }
    for (ModelPlan& model : plan.models) {
        planRelations(plan, model, document, plan.items);
        planModelSettings(document, *model.model, plan.items);
        plan.figures.relations += static_cast<int>(model.model->relations.size());
        plan.figures.lb4Relations += static_cast<int>(model.relations.size());
    }
    planDataSources(plan, document);
    std::set<std::pair<std::string, std::string>> listed;
    for (const MigrationItem& item : plan.items) {
        if (!item.relation.empty())
            listed.emplace(item.model, item.relation);
    }
    plan.figures.models = static_cast<int>(plan.models.size());
    plan.figures.relationsInReport = static_cast<int>(listed.size());
    plan.figures.items = static_cast<int>(plan.items.size());
    return plan;
}

} // namespace relata::lb4
