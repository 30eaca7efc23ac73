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
    std::string modelType; // embedded model name for Model, or the item model of an array
    std::string column;    // SQLite column (lower-cased name, or sqlite3.columnName)
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
    Json definition;        // the declaration as normalized ({"type": …} for shorthand)
};

struct Polymorphic {
    std::string selector;
    std::string foreignKey;
    std::string discriminator;
    std::string idType; // polymorphic belongsTo only, empty when not given
    bool invert = false;
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
    bool resolved = true;  // target and through model exist (LoopBack defers the relation otherwise)
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
    bool generated = false; // HABTM's through model
    bool persisted = false; // has a table (base chain ends in PersistedModel)
    std::string table;
    std::string plural;
    std::string httpPath; // "/Customers"
    bool idInjection = true;
    bool strict = false;
    bool isPublic = true;
    std::string dataSource;
    std::vector<Property> properties; // declared, inherited, injected id, then relation-added
    std::vector<Relation> relations;
    std::vector<std::string> hidden;
    Json defaultScope; // "scope", null when none
    Json scopes = Json::object();
    Json settings = Json::object(); // every other top-level key, after inheritance

    const Property* property(std::string_view name) const;
    const Relation* relation(std::string_view name) const;
    // The id property (a property literally named "id" with id set wins, else the lowest idIndex).
    const Property* idProperty() const;
    std::string idName() const; // "id" when there is none
};

// Immutable, compiled from the Document after every change.
class Schema {
public:
    Schema() = default;
    explicit Schema(std::vector<Model> models);

    const std::vector<Model>& models() const { return m_models; }
    const Model* model(std::string_view name) const;           // exact, as LoopBack
    const Model* modelIgnoringCase(std::string_view name) const; // polymorphic lookups
    const Model* model(ModelId id) const;
    // Relations of any model whose target (or through model) is `name`.
    std::vector<std::pair<const Model*, const Relation*>> incoming(std::string_view name) const;

private:
    std::vector<Model> m_models;
    std::unordered_map<std::string, std::size_t> m_byName;
};

Schema compile(const Document& document);

// `relata-cli graph`: {"models": {NAME: {"table", "idProperty", "properties", "relations"}}}.
Json graphJson(const Schema& schema);

const char* relationKindName(RelationKind kind); // "hasManyThrough" for HasManyThrough

} // namespace relata::schema
