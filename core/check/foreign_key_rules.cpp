// Foreign keys as the relations resolve them: a declared type LoopBack
// overwrites (datasource.js#defineForeignKey), and one property written by two
// relations that mean different things by it.
#include "check/check_text.h"
#include "check/context.h"
#include "check/names.h"
#include "check/rules.h"
#include "document/document.h"
#include "schema/schema.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace relata::check {

namespace {

using schema::Model;
using schema::Relation;
using schema::RelationKind;
using schema::ValueType;

const char* typeName(ValueType type) {
    switch (type) {
    case ValueType::String:
        return "String";
    case ValueType::Number:
        return "Number";
    case ValueType::Boolean:
        return "Boolean";
    case ValueType::Date:
        return "Date";
    default:
        return "";
    }
}

// Only the scalar types: other declarations (arrays, models, connector types
// such as ObjectID) are not compared.
std::optional<ValueType> declaredScalarType(const Json& declaration) {
    const Json* type = &declaration;
    if (declaration.is_object()) {
        const auto found = declaration.find("type");
        if (found == declaration.end())
            return std::nullopt;
        type = &*found;
    }
    if (!type->is_string())
        return std::nullopt;
    std::string name = type->get<std::string>();
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name == "string" || name == "text")
        return ValueType::String;
    if (name == "number")
        return ValueType::Number;
    if (name == "boolean")
        return ValueType::Boolean;
    if (name == "date")
        return ValueType::Date;
    return std::nullopt;
}

bool isScalar(ValueType type) {
    return type == ValueType::String || type == ValueType::Number || type == ValueType::Boolean ||
           type == ValueType::Date;
}

// What one relation stores in one property: a key of `target`, or (for
// polymorphic relations) the id of whatever model the discriminator names.
struct KeyWrite {
    std::string holder;
    std::string property;
    std::string target;
    std::string targetKey;
    std::string discriminator; // polymorphic when set
    bool array = false;
    const RelationEntry* entry = nullptr;
    bool hasMany = false;
};

bool related(const schema::Schema& schema, const std::string& a, const std::string& b) {
    if (a == b)
        return true;
    const auto inChain = [&schema](const std::string& model, const std::string& ancestor) {
        const Model* found = schema.model(model);
        return found &&
               std::find(found->bases.begin(), found->bases.end(), ancestor) != found->bases.end();
    };
    return inChain(a, b) || inChain(b, a);
}

// Where the connector of the model's data source stores it when the settings
// name it (`"mongodb": {"collection": …}`, `"mysql": {"table": …}`, inherited
// by subclasses), empty when they do not.
std::string storageOf(const Context& context, const Model& model) {
    const std::string connector = context.appFiles().connectorOf(model.dataSource);
    const auto settings =
        model.settings.is_object() ? model.settings.find(connector) : model.settings.end();
    if (connector.empty() || settings == model.settings.end() || !settings->is_object())
        return {};
    for (const char* key : {"collection", "table", "tableName"}) {
        const std::string name = stringAt(*settings, key);
        if (!name.empty())
            return connector + ":" + name;
    }
    return {};
}

bool sameMeaning(const Context& context, const KeyWrite& a, const KeyWrite& b) {
    if (!a.discriminator.empty() || !b.discriminator.empty())
        return a.discriminator == b.discriminator;
    if (a.array != b.array || a.targetKey != b.targetKey)
        return false;
    const schema::Schema& schema = context.schema();
    if (related(schema, a.target, b.target))
        return true;
    // Models stored in one table or collection (a shared sqlite3.table or
    // mongodb.collection, inherited by subclasses) take their ids from one
    // sequence: the key means the same row.
    const schema::Model* first = schema.model(a.target);
    const schema::Model* second = schema.model(b.target);
    if (!first || !second)
        return false;
    if (!first->table.empty() && first->table == second->table)
        return true;
    const std::string storage = storageOf(context, *first);
    return !storage.empty() && storage == storageOf(context, *second);
}

// What a key holds, as the object of "holds …" in the sentences below.
std::string meaning(const KeyWrite& write) {
    if (!write.discriminator.empty()) {
        //: What a foreign key holds: the object of "… holds %1 …".
        return say(relata::check::Check::tr("the id of the model named in %1"),
                   ticked(write.discriminator));
    }
    const std::string key = ticked(write.target + "." + write.targetKey);
    //: What a foreign key holds: the object of "… holds %1 …".
    return write.array ? say(relata::check::Check::tr("an array of %1"), key) : key;
}

std::vector<KeyWrite> writesOf(const schema::Schema& schema, const RelationEntry& entry,
                               const Relation& relation) {
    const std::string discriminator =
        relation.polymorphic ? relation.polymorphic->discriminator : std::string();
    switch (relation.kind) {
    case RelationKind::BelongsTo:
        return {{relation.modelFrom, relation.keyFrom, relation.modelTo, relation.keyTo,
                 discriminator, false, &entry}};
    case RelationKind::HasOne:
    case RelationKind::HasMany:
        return {{relation.modelTo, relation.keyTo, relation.modelFrom, relation.keyFrom,
                 discriminator, false, &entry, relation.kind == RelationKind::HasMany}};
    case RelationKind::ReferencesMany:
        return {{relation.modelFrom,
                 relation.keyFrom,
                 relation.modelTo,
                 relation.keyTo,
                 {},
                 true,
                 &entry}};
    case RelationKind::HasManyThrough:
    case RelationKind::HasAndBelongsToMany: {
        const Model* target = schema.model(relation.modelTo);
        const bool invert = relation.polymorphic && relation.polymorphic->invert;
        return {{relation.modelThrough, relation.keyTo, relation.modelFrom, relation.keyFrom,
                 invert ? std::string() : discriminator, false, &entry},
                {relation.modelThrough, relation.keyThrough, relation.modelTo,
                 target ? target->idName() : std::string("id"), invert ? discriminator : "", false,
                 &entry}};
    }
    default:
        return {};
    }
}

void checkDeclaredType(Context& context, const KeyWrite& write, std::set<std::string>& reported) {
    if (!write.discriminator.empty() || write.array)
        return;
    const ModelId holder = context.fileOf(write.holder);
    const Model* target = context.schema().model(write.target);
    const schema::Property* key = target ? target->property(write.targetKey) : nullptr;
    if (holder == ModelId::None || !key || !isScalar(key->type))
        return;
    const Json& properties = context.document().model(holder).value("properties", Json());
    if (!properties.is_object() || !properties.contains(write.property))
        return;
    const Json& declaration = properties[write.property];
    const auto declared = declaredScalarType(declaration);
    if (!declared || *declared == key->type)
        return;
    // An injected id takes the connector's id type: strings on MongoDB, so a
    // String key only differs on SQL databases and is left alone.
    if (key->origin == schema::PropertyOrigin::InjectedId && *declared == ValueType::String)
        return;
    if (!reported.insert(write.holder + "." + write.property).second)
        return;
    Site site;
    site.file = holder;
    site.pointer = pointerTo("/properties", write.property);
    if (declaration.is_object())
        site.pointer = pointerTo(site.pointer, "type");
    site.model = write.holder;
    site.relation = write.entry->name;
    context.report(Severity::Warning, "foreign-key-type-mismatch",
                   //: %2 and %4 are LoopBack type names (String, Number, Boolean, Date).
                   say(Check::tr("%1 is declared %2 but holds %3, a %4 (relation %5); LoopBack "
                                 "silently retypes it to %4. Declare it %4."),
                       ticked(write.holder + "." + write.property), typeName(*declared),
                       meaning(write), typeName(key->type),
                       ticked(write.entry->model + "." + write.entry->name)),
                   std::move(site));
}

void reportConflict(Context& context, const KeyWrite& write, const KeyWrite& earlier) {
    const RelationEntry& entry = *write.entry;
    const bool hasKey = truthy(entry.value->value("foreignKey", Json()));
    context.report(Severity::Warning, "foreign-key-conflict",
                   say(Check::tr("%1 holds %2 for relation %3 but %4 for %5: each relation then "
                                 "also sees the other's rows. Give one of them its own "
                                 "foreignKey."),
                       ticked(write.holder + "." + write.property), meaning(earlier),
                       ticked(earlier.entry->model + "." + earlier.entry->name), meaning(write),
                       ticked(entry.model + "." + entry.name)),
                   entry.site(hasKey ? "foreignKey" : ""));
}

// A hasMany reading the id array of its inverse referencesMany: on MongoDB an
// equality or `inq` on an array field matches its elements, so the accessor
// finds the right rows.
bool readsInverseArray(const Context& context, const KeyWrite& a, const KeyWrite& b) {
    const KeyWrite& hasMany = a.hasMany ? a : b;
    const KeyWrite& array = a.hasMany ? b : a;
    if (!hasMany.hasMany || !array.array || !hasMany.discriminator.empty() ||
        hasMany.target != array.target || hasMany.targetKey != array.targetKey)
        return false;
    const Model* holder = context.schema().model(array.holder);
    return holder && context.appFiles().connectorOf(holder->dataSource) == "mongodb";
}

void reportInverseArray(Context& context, const KeyWrite& a, const KeyWrite& b) {
    const KeyWrite& hasMany = a.hasMany ? a : b;
    const KeyWrite& array = a.hasMany ? b : a;
    const RelationEntry& entry = *hasMany.entry;
    const std::string relation = ticked(entry.model + "." + entry.name);
    const std::string key = ticked(hasMany.holder + "." + hasMany.property);
    const std::string inverse = ticked(array.entry->model + "." + array.entry->name);
    // Each relation types the key when it is set up, in model-config order:
    // hasMany retypes it to one id (datasource.js#defineForeignKey), and
    // referencesMany makes it an id array again. The one set up last wins.
    const int hasManyAt = context.configIndex(entry.model);
    const int arrayAt = context.configIndex(array.entry->model);
    const bool arrayLost = hasManyAt >= 0 && arrayAt >= 0 && hasManyAt < arrayAt;
    const bool hasKey = truthy(entry.value->value("foreignKey", Json()));
    if (arrayLost) {
        context.report(Severity::Warning, "has-many-array-key",
                       say(Check::tr("%1 reads %2, the id array of %3, but model-config lists %4 "
                                     "after %5: LoopBack sets %1 up last and retypes %2 to a "
                                     "single id, so the id arrays no longer read back. List %4 "
                                     "before %5 in %6."),
                           relation, key, inverse, ticked(array.entry->model), ticked(entry.model),
                           context.modelConfigPath()),
                       entry.site(hasKey ? "foreignKey" : ""));
        return;
    }
    context.report(Severity::Info, "has-many-array-key",
                   say(Check::tr("On MongoDB %1 finds the rows whose %2 (the id array of %3) "
                                 "contains the id: its accessor and an include with a "
                                 "sub-include work, but a plain include leaves out rows holding "
                                 "more than one id, and create or build through %1 fail with "
                                 "\"Items must be an array\"."),
                       relation, key, inverse),
                   entry.site(hasKey ? "foreignKey" : ""));
}

} // namespace

void checkForeignKeys(Context& context) {
    const std::vector<RelationEntry> entries = relationEntries(context.document());
    std::vector<KeyWrite> writes;
    for (const RelationEntry& entry : entries) {
        const Model* model = context.schema().model(entry.file);
        const Relation* relation = model ? model->relation(entry.name) : nullptr;
        if (!relation || !relation->resolved || relation->generated)
            continue;
        for (KeyWrite& write : writesOf(context.schema(), entry, *relation)) {
            if (!write.property.empty())
                writes.push_back(std::move(write));
        }
    }
    std::set<std::string> typeReported;
    std::set<const RelationEntry*> conflictReported;
    for (std::size_t i = 0; i < writes.size(); ++i) {
        checkDeclaredType(context, writes[i], typeReported);
        for (std::size_t j = 0; j < i; ++j) {
            const KeyWrite& earlier = writes[j];
            if (earlier.holder != writes[i].holder || earlier.property != writes[i].property ||
                earlier.entry == writes[i].entry || sameMeaning(context, earlier, writes[i]))
                continue;
            if (!conflictReported.insert(writes[i].entry).second)
                break;
            if (readsInverseArray(context, earlier, writes[i]))
                reportInverseArray(context, earlier, writes[i]);
            else
                reportConflict(context, writes[i], earlier);
            break;
        }
    }
}

} // namespace relata::check
