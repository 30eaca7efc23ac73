#pragma once

#include "document/diagnostic.h"
#include "edit/edit_controller.h"

#include <QString>

#include <array>
#include <string>

namespace relata {

class Document;

namespace schema {
class Schema;
}

// The nine kinds of SEMANTICS.md §2 as the New Relation dialog offers them.
enum class RelationChoice {
    BelongsTo,
    HasOne,
    HasMany,
    HasManyThrough,
    HasAndBelongsToMany,
    ReferencesMany,
    PolymorphicBelongsTo,
    EmbedsOne,
    EmbedsMany,
};

const std::array<RelationChoice, 9>& relationChoices();
QString relationChoiceLabel(RelationChoice choice);
bool takesForeignKey(RelationChoice choice);
bool takesPrimaryKey(RelationChoice choice);
bool takesThrough(RelationChoice choice);
bool takesPolymorphic(RelationChoice choice); // the owning side's selector
bool takesProperty(RelationChoice choice);    // embeds

// What the user chose; empty strings mean LoopBack's default.
struct RelationSpec {
    RelationChoice kind = RelationChoice::HasMany;
    ModelId source = ModelId::None;
    std::string target; // ignored by a polymorphic belongsTo
    std::string name;
    std::string foreignKey;
    std::string primaryKey;
    std::string through;        // hasMany through (required) / HABTM (optional)
    bool createThrough = false; // create `through` with its two belongsTo
    std::string keyThrough;
    std::string throughTable; // HABTM without through
    std::string selector;     // polymorphic owning side; a polymorphic belongsTo's own name
    std::string discriminator;
    std::string polymorphicForeignKey;
    std::string idType; // polymorphic belongsTo
    bool invert = false;
    std::string property; // embeds
    Json scope;           // null: none
    Json properties;      // null: none
    Json options = Json::object();
};

// The entry written under "relations" (keys in LoopBack's tooling order).
Json relationEntry(const RelationSpec& spec);
// The entry and, for a through model to create, that model with its belongsTo pair.
RelationPlan relationPlan(const Document& document, const RelationSpec& spec);
// The relation name LoopBack's generator and relation builders default to.
// A polymorphic belongsTo takes the selector an owner already uses for `source`.
std::string defaultRelationName(const schema::Schema& schema, RelationChoice kind,
                                const std::string& source, const std::string& target);
// `Source` + `Target`, the name HABTM gives a generated through model.
std::string defaultThroughName(const std::string& source, const std::string& target);

// What LoopBack would resolve for the spec, and what core/check says about it:
// compiled on a scratch copy of the document with the relation added.
struct RelationPreview {
    std::string foreignKey; // the key the relation adds or reads (FK, id array, embed property)
    std::string keyThrough;
    std::string primaryKey;
    Diagnostics problems; // about this relation only
    bool hasErrors() const;
};
RelationPreview previewRelation(const Document& document, const RelationSpec& spec);

} // namespace relata
