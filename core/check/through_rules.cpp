// A hasMany with `through` works only when the through model carries the two
// belongsTo relations LoopBack looks for: writes take the link keys from them
// (relation-definition.js#throughKeys, exact model and key match) and reads
// "collect" the target through the one keyed like keyThrough (SEMANTICS.md §2.4).
#include "check/check_text.h"
#include "check/context.h"
#include "check/names.h"
#include "check/rules.h"
#include "document/document.h"
#include "schema/schema.h"

#include <cctype>
#include <string_view>

namespace relata::check {

namespace {

using schema::Model;
using schema::Relation;
using schema::RelationKind;

struct Side {
    std::string model;    // the model the belongsTo must point at
    std::string key;      // the foreign key it must use (on the through model)
    std::string otherKey; // the key of the other side, never a candidate for this one
    const char* code;
};

bool isBelongsTo(const Relation& relation) {
    return relation.kind == RelationKind::BelongsTo && !relation.polymorphic;
}

std::string suggestedRelation(const Side& side) {
    std::string name = side.model;
    if (!name.empty())
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    return "\"" + name + "\": {\"type\": \"belongsTo\", \"model\": \"" + side.model +
           "\", \"foreignKey\": \"" + side.key + "\"}";
}

void checkSide(Context& context, const RelationEntry& entry, const Model& through,
               const Side& side) {
    const Relation* other = nullptr;
    for (const Relation& candidate : through.relations) {
        if (!isBelongsTo(candidate) || candidate.modelTo != side.model)
            continue;
        if (candidate.keyFrom == side.key)
            return;
        if (candidate.keyFrom != side.otherKey && !other)
            other = &candidate;
    }
    const std::string owner = ticked(entry.model + "." + entry.name);
    const bool source = std::string_view(side.code) == "through-missing-source-relation";
    if (other) {
        // Writes take both link keys from the through model's belongsTo
        // relations (relation-definition.js#throughKeys); the accessor filters
        // on the relation's foreignKey and collects the target through the
        // belongsTo; include.js#includeHasManyThrough reads foreignKey and
        // keyThrough as they are.
        const std::string message =
            source ? say(Check::tr("Through model %1 links %2 by %3 (relation %4), but %5 uses "
                                   "%6: create, add, remove and exists write and test %3, while "
                                   "the accessor filters on %6, which they never set (LoopBack "
                                   "drops that condition when %1 has no property %6, so every "
                                   "%2 lists every link), and include finds nothing. Use one key "
                                   "name on both relations."),
                         ticked(through.name), ticked(side.model), ticked(other->keyFrom),
                         ticked(other->name), owner, ticked(side.key))
                   : say(Check::tr("Through model %1 links %2 by %3 (relation %4), but %5 reads "
                                   "%6 (its keyThrough): create, add, remove, exists and the "
                                   "accessor go through %4 and work, but include reads %6, which "
                                   "they never set, and finds no %2. Set \"keyThrough\": \"%7\" "
                                   "on %5 or rename the key of %4."),
                         ticked(through.name), ticked(side.model), ticked(other->keyFrom),
                         ticked(other->name), owner, ticked(side.key), other->keyFrom);
        context.report(Severity::Error, "through-key-mismatch", message, entry.site("through"));
        return;
    }
    // Reads use foreignKey and keyThrough as they are, except that the accessor
    // collects the targets through the belongsTo; writes look both keys up
    // among the belongsTo (checked with LoopBack).
    const std::string message =
        source ? say(Check::tr("Through model %1 has no belongsTo to %2 keyed %3. Reading %4 "
                               "works, but create and add write links without %3 (LoopBack "
                               "takes the link keys from the through model's belongsTo "
                               "relations), and remove and exists then act on links of any %2. "
                               "Add %5 to the relations of %1."),
                     ticked(through.name), ticked(side.model), ticked(side.key), owner,
                     suggestedRelation(side))
               : say(Check::tr("Through model %1 has no belongsTo to %2 keyed %3. Include of %4 "
                               "works, but its accessor fails (LoopBack collects the %2 through "
                               "that belongsTo), create and add write links without %3, and "
                               "remove and exists then act on links to any %2. Add %5 to the "
                               "relations of %1."),
                     ticked(through.name), ticked(side.model), ticked(side.key), owner,
                     suggestedRelation(side));
    context.report(Severity::Error, side.code, message, entry.site("through"));
}

void checkInvertedCollect(Context& context, const RelationEntry& entry, const Relation& relation,
                          const Model& through) {
    const std::string& selector = relation.polymorphic->selector;
    const Relation* collect = through.relation(selector);
    if (collect && collect->kind == RelationKind::BelongsTo)
        return;
    context.report(Severity::Error, "through-missing-target-relation",
                   say(Check::tr("Through model %1 has no belongsTo named %2, which the inverted "
                                 "polymorphic relation %3 reads its targets through. Add \"%4\": "
                                 "{\"type\": \"belongsTo\", \"polymorphic\": true}."),
                       ticked(through.name), ticked(selector),
                       ticked(entry.model + "." + entry.name), selector),
                   entry.site("through"));
}

void checkThrough(Context& context, const RelationEntry& entry, const Relation& relation) {
    const Model* through = context.schema().model(relation.modelThrough);
    if (!through || (through->builtin && through->id == ModelId::None))
        return; // LoopBack's own through models (RoleMapping) are not ours to fix
    if (relation.polymorphic && relation.polymorphic->invert) {
        checkInvertedCollect(context, entry, relation, *through);
        return;
    }
    if (!relation.polymorphic) {
        checkSide(context, entry, *through,
                  {relation.modelFrom, relation.keyTo, relation.keyThrough,
                   "through-missing-source-relation"});
    }
    checkSide(
        context, entry, *through,
        {relation.modelTo, relation.keyThrough, relation.keyTo, "through-missing-target-relation"});
}

} // namespace

void checkThroughModels(Context& context) {
    for (const RelationEntry& entry : relationEntries(context.document())) {
        const Model* model = context.schema().model(entry.file);
        const Relation* relation = model ? model->relation(entry.name) : nullptr;
        if (!relation || relation->kind != RelationKind::HasManyThrough || !relation->resolved ||
            relation->generated)
            continue;
        checkThrough(context, entry, *relation);
    }
}

} // namespace relata::check
