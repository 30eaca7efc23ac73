#include "document/document.h"
#include "json/message_text.h"
#include "schema/boot_plan.h"
#include "schema/builtin_models.h"
#include "schema/inflection.h"
#include "schema/model_registry.h"
#include "schema/naming.h"
#include "schema/relation_setup.h"
#include "schema/schema.h"
#include "schema/settings.h"

#include <unordered_map>
#include <QCoreApplication>

#include <unordered_set>

namespace relata::schema {
namespace {

using settings::stringMember;
using settings::truthy;

// Relata's own findings translate in this context (LoopBack's errors that
// boot reproduces stay as LoopBack writes them).
struct Compile {
    Q_DECLARE_TR_FUNCTIONS(relata::schema)
};

struct SourceModel {
    ModelId id = ModelId::None;
    std::string name;
    std::string file;
    const Json* json = nullptr;
};

// The definition's base as loopback-boot reads it (`base`, else `options.base`).
std::string declaredBase(const Json& definition)
{
    std::string base = stringMember(definition, "base");
    if (base.empty())
        base = stringMember(definition.value("options", Json()), "base");
    return base;
}

class Compiler {
public:
    explicit Compiler(const Document& document)
        : m_document(document)
    {
    }

    Schema run();

private:
    void readModels();
    std::vector<std::pair<std::string, Json>> configEntries();
    std::vector<std::pair<std::string, Json>> implicitConfig();
    void boot(const std::vector<std::pair<std::string, Json>>& config);
    void defineStep(const BootStep& step);
    void configure(ModelDef& model, const Json& config);
    void defineUnloaded(const SourceModel& source, std::unordered_set<std::string>& visiting);
    Model output(ModelDef& def);
    std::vector<Relation> outputRelations(const ModelDef& def);
    void reportDeferred(const ModelDef& def, const Relation& relation);
    std::string collect(const Relation& relation) const;
    // The model-config file findings point at.
    std::string modelConfigFile() const
    {
        const SourceFile* config = m_document.modelConfig();
        return config ? config->relativePath().toStdString() : std::string("server/model-config.json");
    }

    const Document& m_document;
    ModelRegistry m_registry;
    std::vector<SourceModel> m_sources; // one per name, the last file LoopBack reads wins
    std::unordered_map<std::string, std::size_t> m_byName;
    std::unordered_map<std::string, const Json*> m_builtins;
};

void Compiler::readModels()
{
    for (const Json& definition : builtinModelDefinitions()) {
        const std::string name = definition["name"].get<std::string>();
        m_builtins.emplace(name, &definition);
        m_registry.createModel(definition, ModelId::None, std::string(), true);
    }
    for (const ModelId id : m_document.modelIds()) {
        const Json& json = m_document.model(id);
        const std::string name = stringMember(json, "name");
        if (name.empty())
            continue;
        SourceModel source{id, name, m_document.modelFile(id).relativePath().toStdString(), &json};
        if (const auto it = m_byName.find(name); it != m_byName.end()) {
            m_registry.addFinding({false, "model-duplicate",
                                   say(Compile::tr("two files define the model `%1`; LoopBack uses the last one, %2"),
                                       name, source.file),
                                   name, m_sources[it->second].file, "/name"});
            m_sources[it->second] = source;
            continue;
        }
        m_byName.emplace(name, m_sources.size());
        m_sources.push_back(source);
    }
}

std::vector<std::pair<std::string, Json>> Compiler::configEntries()
{
    const SourceFile* file = m_document.modelConfig();
    if (!file || !file->value().is_object())
        return implicitConfig();
    std::vector<std::pair<std::string, Json>> entries;
    for (const auto& [name, entry] : file->value().items()) {
        if (name != "_meta")
            entries.emplace_back(name, entry);
    }
    return entries;
}

// A folder of models: all of them on one datasource, after the built-in models
// they name (and the built-ins those name in turn).
std::vector<std::pair<std::string, Json>> Compiler::implicitConfig()
{
    std::unordered_set<std::string> wanted;
    std::vector<const Json*> pending;
    for (const SourceModel& source : m_sources)
        pending.push_back(source.json);
    while (!pending.empty()) {
        const Json* definition = pending.back();
        pending.pop_back();
        std::vector<std::string> names = {declaredBase(*definition)};
        const Json relations = definition->value("relations", Json());
        if (relations.is_object()) {
            for (const auto& [_, relation] : relations.items()) {
                names.push_back(stringMember(relation, "model"));
                names.push_back(stringMember(relation, "through"));
            }
        }
        for (const std::string& name : names) {
            const auto builtin = m_builtins.find(name);
            if (builtin != m_builtins.end() && !m_byName.contains(name) && wanted.insert(name).second)
                pending.push_back(builtin->second);
        }
    }
    const Json attached = {{"dataSource", "db"}};
    std::vector<std::pair<std::string, Json>> entries;
    for (const Json& definition : builtinModelDefinitions()) {
        const std::string name = definition["name"].get<std::string>();
        if (wanted.contains(name))
            entries.emplace_back(name, attached);
    }
    for (const SourceModel& source : m_sources)
        entries.emplace_back(source.name, attached);
    return entries;
}

void Compiler::boot(const std::vector<std::pair<std::string, Json>>& config)
{
    const BootPlan plan = planBoot(config, [this](const std::string& name) -> std::optional<std::string> {
        if (const auto it = m_byName.find(name); it != m_byName.end())
            return declaredBase(*m_sources[it->second].json);
        if (const auto it = m_builtins.find(name); it != m_builtins.end())
            return declaredBase(*it->second);
        return std::nullopt;
    });
    if (!plan.cycle.empty()) {
        const auto it = m_byName.find(plan.cycle);
        m_registry.addFinding({true, "base-cycle", "Cyclic dependency, node was:\"" + plan.cycle + "\"",
                               plan.cycle, it == m_byName.end() ? std::string() : m_sources[it->second].file,
                               "/base"});
    }
    for (const BootStep& step : plan.steps)
        defineStep(step);
    for (const BootStep& step : plan.steps) {
        ModelDef* model = m_registry.find(step.name);
        if (step.config && model && model->defined)
            configure(*model, *step.config);
    }
}

void Compiler::defineStep(const BootStep& step)
{
    if (const auto it = m_byName.find(step.name); it != m_byName.end()) {
        const SourceModel& source = m_sources[it->second];
        m_registry.createModel(*source.json, source.id, source.file, false);
        return;
    }
    if (m_builtins.contains(step.name))
        return;
    m_registry.addFinding({true, "model-unknown", "Cannot configure unknown model " + step.name,
                           std::string(), modelConfigFile(), "/" + step.name});
}

void Compiler::configure(ModelDef& model, const Json& config)
{
    model.configured = true;
    settings::applyModelConfig(model.settings, config);
    model.isPublic = !config.is_object() || config.value("public", Json()) != false;
    const Json dataSource = config.is_object() ? config.value("dataSource", Json()) : Json();
    if (!truthy(dataSource))
        return;
    model.dataSource = dataSource.is_string() ? dataSource.get<std::string>() : dataSource.dump();
    m_registry.attach(model);
}

// LoopBack never loads an app model that model-config neither lists nor needs as
// a base; Relata still shows it, defined but not attached.
void Compiler::defineUnloaded(const SourceModel& source, std::unordered_set<std::string>& visiting)
{
    const ModelDef* existing = m_registry.find(source.name);
    if ((existing && existing->defined && !existing->builtin) || !visiting.insert(source.name).second)
        return;
    const std::string base = declaredBase(*source.json);
    if (const auto it = m_byName.find(base); it != m_byName.end())
        defineUnloaded(m_sources[it->second], visiting);
    m_registry.createModel(*source.json, source.id, source.file, false);
    m_registry.addFinding({false, "model-not-configured",
                           "LoopBack does not load `" + source.name + "`: " + modelConfigFile()
                               + " does not list it",
                           source.name, source.file, std::string()});
}

// SQLite column names ignore case. Ids and explicitly named columns keep theirs
// (two of those on one column stay, and migrate says so); any other property
// whose column is taken moves to the first free "<column>_N".
void separateColumns(std::vector<Property>& properties)
{
    std::unordered_set<std::string> taken;
    const auto implicit = [](const Property& property) {
        return !property.id && property.column == naming::lowerCase(property.name);
    };
    for (const Property& property : properties) {
        if (!implicit(property))
            taken.insert(naming::lowerCase(property.column));
    }
    for (Property& property : properties) {
        if (!implicit(property))
            continue;
        std::string column = property.column;
        for (int n = 2; taken.contains(naming::lowerCase(column)); ++n)
            column = property.column + "_" + std::to_string(n);
        property.column = column;
        taken.insert(naming::lowerCase(column));
    }
}

// A list setting as juggler reads it: an array of names or a {name: true} map.
std::vector<std::string> nameList(const Json& value)
{
    std::vector<std::string> names;
    if (value.is_array()) {
        for (const Json& name : value) {
            if (name.is_string())
                names.push_back(name.get<std::string>());
        }
    } else if (value.is_object()) {
        for (const auto& [name, flag] : value.items()) {
            if (truthy(flag))
                names.push_back(name);
        }
    }
    return names;
}

Model Compiler::output(ModelDef& def)
{
    Model model;
    model.relations = outputRelations(def);
    model.name = def.name;
    model.id = def.id;
    model.base = def.declaredBase;
    for (const ModelDef* base = def.base; base; base = base->base) {
        model.bases.push_back(base->name);
        model.persisted = model.persisted || base->name == "PersistedModel";
    }
    if (def.generated)
        model.bases = {"PersistedModel", "Model"};
    model.builtin = def.builtin;
    model.generated = def.generated;
    model.persisted = model.persisted || def.generated;
    model.configured = def.configured || def.generated;
    model.attached = def.attached;
    model.table = naming::tableName(def.name, def.settings);
    model.plural = def.plural;
    model.httpPath = def.httpPath;
    model.idInjection = def.settings.value("idInjection", Json()) != false;
    model.strict = truthy(def.settings.value("strict", Json()));
    model.isPublic = def.isPublic;
    model.dataSource = def.dataSource;
    model.hidden = nameList(def.settings.value("hidden", Json()));
    const std::unordered_set<std::string> hidden(model.hidden.begin(), model.hidden.end());
    const std::vector<std::string> protectedList = nameList(def.settings.value("protected", Json()));
    const std::unordered_set<std::string> isProtected(protectedList.begin(), protectedList.end());
    model.properties = std::move(def.properties);
    for (Property& property : model.properties) {
        property.column = naming::columnName(property.name, property.definition);
        property.hidden = hidden.contains(property.name);
        property.isProtected = isProtected.contains(property.name);
    }
    separateColumns(model.properties);
    const Json scope = def.settings.value("scope", Json());
    model.defaultScope = scope.is_object() ? scope : Json();
    const Json scopes = def.settings.value("scopes", Json());
    model.scopes = scopes.is_object() ? scopes : Json::object();
    model.settings = std::move(def.settings);
    return model;
}

std::vector<Relation> Compiler::outputRelations(const ModelDef& def)
{
    std::vector<Relation> relations = def.relations;
    for (Relation& relation : relations) {
        if (!relation.modelThrough.empty())
            relation.collect = collect(relation);
    }
    const Json* declared = declaredRelations(def.settings);
    if (!declared)
        return relations;
    for (const auto& [name, definition] : declared->items()) {
        if (def.relationIndex.contains(name))
            continue;
        relations.push_back(unresolvedRelation(def, name, definition));
        if (def.attached)
            reportDeferred(def, relations.back());
    }
    return relations;
}

// Why juggler never set a relation up: it waits for a model that never attaches.
void Compiler::reportDeferred(const ModelDef& def, const Relation& relation)
{
    for (const std::string& name : {relation.modelTo, relation.modelThrough}) {
        if (name.empty())
            continue;
        const ModelDef* other = m_registry.find(name);
        QString why;
        if (!other || other->placeholder)
            why = Compile::tr("LoopBack never sets up the relation `%1` of %2: there is no model named `%3` "
                              "(names are case-sensitive)");
        else if (!other->attached)
            why = Compile::tr("LoopBack never sets up the relation `%1` of %2: `%3` is not attached to a datasource");
        if (why.isEmpty())
            continue;
        m_registry.addFinding({false, "relation-deferred", say(why, relation.name, def.name, name),
                               def.name, relation.pointer.empty() ? std::string() : def.file, relation.pointer});
        return;
    }
}

// The through model's belongsTo that hasMany-through reads its targets with
// (juggler's `collect`): the first that points at the target by keyThrough.
std::string Compiler::collect(const Relation& relation) const
{
    if (relation.polymorphic && relation.polymorphic->invert)
        return relation.polymorphic->selector;
    if (const ModelDef* through = m_registry.find(relation.modelThrough)) {
        for (const Relation& link : through->relations) {
            const bool target = (link.polymorphic && link.modelTo.empty()) || link.modelTo == relation.modelTo;
            if (link.kind == RelationKind::BelongsTo && target && link.keyFrom == relation.keyThrough)
                return link.name;
        }
    }
    return inflection::camelize(relation.modelTo, true);
}

// The built-in models that are part of the app: those it attaches, then the
// bases of every model that is part of it, and the relation targets of those
// that are its own or attached (an unattached model's relations are never set up).
void markUsedBuiltins(std::vector<Model>& models)
{
    std::unordered_map<std::string, Model*> builtins;
    std::vector<const Model*> pending;
    for (Model& model : models) {
        if (model.builtin && !model.attached) {
            model.used = false;
            builtins.emplace(model.name, &model);
        } else {
            pending.push_back(&model);
        }
    }
    const auto use = [&](const std::string& name) {
        const auto found = builtins.find(name);
        if (found == builtins.end() || found->second->used)
            return;
        found->second->used = true;
        pending.push_back(found->second);
    };
    while (!pending.empty()) {
        const Model* model = pending.back();
        pending.pop_back();
        for (const std::string& base : model->bases)
            use(base);
        if (model->builtin && !model->attached)
            continue;
        for (const Relation& relation : model->relations) {
            use(relation.modelTo);
            use(relation.modelThrough);
        }
    }
}

Schema Compiler::run()
{
    readModels();
    boot(configEntries());
    std::unordered_set<std::string> visiting;
    for (const SourceModel& source : m_sources)
        defineUnloaded(source, visiting);
    std::vector<Model> models;
    for (const auto& def : m_registry.models()) {
        if (def->defined && !def->root && !def->placeholder)
            models.push_back(output(*def));
    }
    markUsedBuiltins(models);
    return Schema(std::move(models), m_registry.takeFindings());
}

} // namespace

Schema compile(const Document& document)
{
    return Compiler(document).run();
}

} // namespace relata::schema
