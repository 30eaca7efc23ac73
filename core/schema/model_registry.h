#pragma once

#include "json/json_text.h"
#include "schema/property_type.h"
#include "schema/schema.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

// What LoopBack's registry, juggler's ModelBuilder and one DataSource do while an
// app boots, reduced to what decides names, keys and property order. Private to
// core/schema; compile() drives it and copies the result into a Schema.
namespace relata::schema {

struct ModelDef;

// settings.relationships || settings.relations, when it is an object.
const Json* declaredRelations(const Json& settings);

// A relation juggler defers until its target (and through) model is attached.
struct PendingRelation {
    ModelDef* owner = nullptr;
    std::string name;
    Json definition;
    ModelDef* target = nullptr;
    ModelDef* through = nullptr;
    bool waitsForThrough = false; // registered on the through model rather than the target
};

struct ModelDef {
    std::string name;
    ModelId id = ModelId::None;
    std::string file; // the model's file, empty for built-in and generated ones
    const Json* json = nullptr; // the definition as read (the Document's), null when generated
    bool root = false;        // LoopBack's Model and PersistedModel
    bool builtin = false;
    bool generated = false;
    bool placeholder = false; // named but never defined (juggler's "unresolved" model)
    bool anonymous = false;
    bool defined = false;
    bool configured = false;
    bool attached = false;
    bool isPublic = true;
    std::string dataSource;
    std::string declaredBase;
    ModelDef* base = nullptr;
    Json settings = Json::object();
    std::string plural;
    std::string httpPath;
    std::vector<Property> properties;
    std::unordered_map<std::string, std::size_t> propertyIndex;
    std::vector<Relation> relations;
    std::unordered_map<std::string, std::size_t> relationIndex;
    std::vector<PendingRelation> waiting; // listeners for juggler's 'dataAccessConfigured'

    Property* property(const std::string& propertyName);
    const Property* property(const std::string& propertyName) const;
    // juggler ModelDefinition.idName(): `id` when it is an id, else the lowest id index.
    std::string idName() const;
    bool isAttached() const { return attached && !placeholder; }
};

class ModelRegistry {
public:
    ModelRegistry();

    // registry.createModel(json): settings, base lookup, Base.extend(…).
    ModelDef& createModel(const Json& definition, ModelId id, std::string file, bool builtin);
    // juggler DataSource.define(name) for HABTM's through model: no base, attached at once.
    ModelDef& defineGenerated(const std::string& name);
    // modelBuilder.getModel(name, true): the model, or a new placeholder.
    ModelDef& getOrCreate(const std::string& name);
    ModelDef* find(const std::string& name) const;
    // relation-definition.js lookupModel: exact name, else the first model (in
    // definition order) whose lower-cased name matches.
    ModelDef* lookup(const std::string& name) const;

    // DataSource.attach: generated id typed Number, relations set up or deferred,
    // then the deferred relations waiting for this model.
    void attach(ModelDef& model);

    // ModelBuilder.defineProperty: replaces a definition in place or appends one.
    void defineProperty(ModelDef& model, const std::string& name, const Json& definition,
                        const PropertyType& type, const std::string& relation);
    // DataSource.defineForeignKey; false when the key LoopBack would read is missing.
    bool defineForeignKey(ModelDef& model, const std::string& key, const ModelDef& foreign,
                          const std::string& primaryKey, const std::string& relation);
    void setRelation(ModelDef& model, Relation relation);

    void addFinding(Finding finding) { m_findings.push_back(std::move(finding)); }
    std::vector<Finding> takeFindings() { return std::move(m_findings); }
    const std::vector<std::unique_ptr<ModelDef>>& models() const { return m_models; }

private:
    ModelDef& slot(const std::string& name);
    void define(ModelDef& model, const Json& properties, Json settings, ModelDef* base);
    void inheritProperties(ModelDef& model, const Json& properties, const ModelDef& base);
    void addDeclaredProperties(ModelDef& model, const Json& properties);
    void injectId(ModelDef& model);
    void rebuildPropertyIndex(ModelDef& model);
    void defineRelations(ModelDef& model);
    void fire(ModelDef& model);

    std::vector<std::unique_ptr<ModelDef>> m_models; // in juggler's modelBuilder.models order
    std::unordered_map<std::string, ModelDef*> m_byName;
    std::unordered_map<std::string, ModelDef*> m_byLowerName;
    std::vector<Finding> m_findings;
};

} // namespace relata::schema
