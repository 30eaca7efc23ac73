#pragma once

#include "document/model_id.h"
#include "json/json_text.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace relata {
class Document;
}

namespace relata::schema {

// The nine kinds of SEMANTICS.md §2; polymorphism is a flag on top of them.
enum class RelationKind {
    BelongsTo,
    HasOne,
    HasMany,
    HasManyThrough,
    HasAndBelongsToMany,
    ReferencesMany,
    EmbedsOne,
    EmbedsMany,
};

// A property's type after LoopBack's resolution (names are case-insensitive in JSON).
// Text and DateString are String, JSON is Object; typeName keeps LoopBack's name.
enum class ValueType { String, Number, Boolean, Date, Buffer, Object, Array, Any, GeoPoint, Model };

enum class PropertyOrigin {
    Declared,   // in the model's own "properties"
    Inherited,  // from a base model
    InjectedId, // idInjection's `id`
    Relation,   // added by a relation: FK, discriminator, embed property, id array
};

struct Property {
    std::string name;
    ValueType type = ValueType::String;
    std::string typeName;  // as LoopBack prints it: "String", "Number", "[Number]", "Address", …
    ValueType itemType = ValueType::Any; // for Array
    // Embedded model name for Model, or the item model of an array; empty for an
    // anonymous model (a property declared as an object without "type").
    std::string modelType;
    // SQLite column: the lower-cased name or sqlite3.columnName. SQLite column names
    // ignore case, so a property whose implicit column an id or an earlier property
    // already has gets "<column>_2" (then _3, …): LoopBack's connector cannot store
    // such a model at all ("duplicate column name").
    std::string column;
    bool id = false;
    int idIndex = 0;
    bool generated = false;
    bool required = false;
    bool index = false;
    bool hidden = false;
    bool isProtected = false;
    PropertyOrigin origin = PropertyOrigin::Declared;
    std::string originName; // relation (Relation) or base model (Inherited) that brought it
    std::string pointer;    // JSON pointer in the declaring file, empty when generated
    // The declaration as normalized ({"type": …} for shorthand); for a relation's
    // property what LoopBack defines ({"type": "Number"}, {"type": ["Number"], "default": []}).
    Json definition;
};

struct Polymorphic {
    std::string selector;
    std::string foreignKey;
    std::string discriminator;
    std::string idType; // polymorphic belongsTo only, empty when not given
    bool invert = false;
    // The object as juggler's normalizePolymorphic leaves it (the declared object's
    // keys, then selector, foreignKey, discriminator, invert): what toJSON prints.
    Json json = Json::object();
};

// One relation as LoopBack resolves it (RelationDefinition).
struct Relation {
    std::string name;
    RelationKind kind = RelationKind::BelongsTo;
    std::string type; // the JSON "type" ("hasMany" for HasManyThrough)
    std::string modelFrom;
    std::string keyFrom;
    std::string modelTo; // empty for a polymorphic belongsTo
    std::string keyTo;
    bool multiple = false;
    std::string modelThrough;
    std::string keyThrough;
    std::optional<Polymorphic> polymorphic;
    std::string collect;       // through: the through model's belongsTo that reads the targets
    std::string embedProperty; // embedsOne/embedsMany: where the data lives
    Json scope;                // null when none
    Json properties;           // null when none
    Json options = Json::object();
    // LoopBack set the relation up. False when its target or through model is never
    // attached (LoopBack defers it forever) or when LoopBack rejects it; the keys are
    // then the defaults it would have had, and no property was added for it.
    bool resolved = true;
    bool generated = false; // added by LoopBack (HABTM's belongsTo on its through model)
    std::string pointer;   // "/relations/<name>" in the declaring file, empty when generated

    bool disableInclude() const;
    std::string httpPath() const; // options.http.path or the name
    // LoopBack's RelationDefinition.prototype.toJSON().
    Json toJson() const;
};

struct Model {
    std::string name;
    ModelId id = ModelId::None; // None for built-in and generated models
    std::string base;           // as declared, "PersistedModel" when absent
    std::vector<std::string> bases; // the chain up to the root, nearest first
    bool builtin = false;   // LoopBack's own (User, AccessToken, …)
    // Part of the app: always for the app's own models; for a built-in one, when
    // the app attaches it to a datasource, extends it, or relates to it (from a
    // model that is part of the app). `graph` and the canvas show these.
    bool used = true;
    bool generated = false; // HABTM's through model
    bool persisted = false; // has a table (base chain ends in PersistedModel)
    // Listed in model-config (always for a folder of models); LoopBack never loads
    // an app's model that is neither listed nor a base of a listed one.
    bool configured = true;
    bool attached = false; // attached to a datasource, so its relations are set up
    std::string table;
    std::string plural;
    std::string httpPath; // "/Customers"
    bool idInjection = true;
    bool strict = false; // settings.strict truthy (true, "filter", "throw", "validate")
    bool isPublic = true;
    std::string dataSource; // model-config's name, empty when not attached
    std::vector<Property> properties; // declared, inherited, injected id, then relation-added
    std::vector<Relation> relations;
    std::vector<std::string> hidden;
    Json defaultScope; // "scope", null when none
    Json scopes = Json::object();
    // All settings as LoopBack holds them: `options` flattened in, merged with the
    // base model's (mergeSettings), model-config `options` and `relations` applied.
    Json settings = Json::object();

    const Property* property(std::string_view name) const;
    const Relation* relation(std::string_view name) const;
    // The id property (a property literally named "id" with id set wins, else the lowest idIndex).
    const Property* idProperty() const;
    std::string idName() const; // "id" when there is none
};

// Something LoopBack rejects while it boots the app (fatal: it throws and the app
// does not start) or silently ignores (a relation it never sets up).
struct Finding {
    bool fatal = false;
    std::string code;    // stable: "base-unknown", "relation-target-missing", …
    std::string message; // LoopBack's own message where it has one
    std::string model;   // the model concerned, empty for model-config entries
    std::string file;    // relative path of the file to fix
    std::string pointer; // JSON pointer in that file
};

// Immutable, compiled from the Document after every change.
class Schema {
public:
    Schema() = default;
    explicit Schema(std::vector<Model> models, std::vector<Finding> findings = {});

    const std::vector<Model>& models() const { return m_models; }
    const Model* model(std::string_view name) const;           // exact, as LoopBack
    const Model* modelIgnoringCase(std::string_view name) const; // polymorphic lookups
    const Model* model(ModelId id) const;
    // Relations of any model whose target (or through model) is `name`.
    std::vector<std::pair<const Model*, const Relation*>> incoming(std::string_view name) const;
    const std::vector<Finding>& findings() const { return m_findings; }

private:
    std::vector<Model> m_models;
    std::vector<Finding> m_findings;
    std::unordered_map<std::string, std::size_t> m_byName;
    std::unordered_map<std::string, std::size_t> m_byLowerName; // first model of each lower-cased name
    std::unordered_map<ModelId, std::size_t> m_byId;
    std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> m_incoming;
};

// Sets the app up the way LoopBack 3's boot does (model-config order, bases
// first, define every model then attach each, relations deferred until their
// target attaches) and records the result. A folder of models behaves like an app
// whose model-config lists every model, and the built-in models they refer to,
// on one datasource.
Schema compile(const Document& document);

// `relata-cli graph`: {"models": {NAME: {"table", "idProperty", "properties", "relations"}}},
// the built-in models that are part of the app included (with "builtin": true).
Json graphJson(const Schema& schema);

const char* relationKindName(RelationKind kind); // "hasManyThrough" for HasManyThrough

} // namespace relata::schema
