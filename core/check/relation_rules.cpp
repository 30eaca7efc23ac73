// Rules on one relation entry as written: what juggler's validateRelation
// rejects (SEMANTICS.md §6.1), what the generator refuses (§6.3), and keys
// LoopBack reads for other relation types only.
#include "check/check_text.h"
#include "check/context.h"
#include "check/names.h"
#include "check/rules.h"
#include "document/document.h"
#include "schema/schema.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace relata::check {

namespace {

const std::vector<std::string>& knownRelationKeys() {
    static const std::vector<std::string> keys = {
        "type",       "model",      "as",           "foreignKey",  "primaryKey", "idName",
        "through",    "keyThrough", "throughTable", "polymorphic", "invert",     "scope",
        "properties", "options",    "property",     "default",     "methods",    "scopeMethods",
    };
    return keys;
}

// Keys LoopBack reads only for some relation types (the acceptance matrix of
// SEMANTICS.md §1.7.2); HABTM's foreignKey/keyThrough have their own rule.
const std::vector<std::pair<std::string, std::vector<std::string>>>& keyUsers() {
    static const std::vector<std::pair<std::string, std::vector<std::string>>> users = {
        {"through", {"hasMany", "hasAndBelongsToMany"}},
        {"keyThrough", {"hasMany", "hasAndBelongsToMany"}},
        {"throughTable", {"hasAndBelongsToMany"}},
        {"foreignKey", {"belongsTo", "hasOne", "hasMany", "referencesMany", "hasAndBelongsToMany"}},
        {"primaryKey", {"belongsTo", "hasOne", "hasMany"}},
        {"idName", {"belongsTo"}},
        {"property", {"embedsOne", "embedsMany"}},
        {"default", {"embedsOne"}},
        {"polymorphic", {"belongsTo", "hasOne", "hasMany", "hasAndBelongsToMany", "embedsMany"}},
    };
    return users;
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

const Json& keyOf(const Json& entry, std::string_view key) {
    static const Json null;
    const auto found = entry.find(key);
    return found == entry.end() ? null : *found;
}

class EntryRules {
public:
    EntryRules(Context& context, const RelationEntry& entry)
        : m_context(context)
        , m_entry(entry)
        , m_value(*entry.value) {}

    void run() {
        if (!m_value.is_object()) {
            report(Severity::Error, "relation-not-object",
                   say(Check::tr("Relation %1 must be an object with a `type` and a `model`; "
                                 "LoopBack cannot define it from %2."),
                       ticked(m_entry.name), shortJson(m_value)));
            return;
        }
        checkName();
        checkUnknownKeys();
        if (!checkType())
            return;
        m_type = m_value["type"].get<std::string>();
        checkModelParam();
        checkPolymorphic();
        checkIgnoredKeys();
        checkForeignKeyName();
    }

private:
    void report(Severity severity, std::string code, std::string message, std::string_view key = {},
                std::string_view subkey = {}) {
        m_context.report(severity, std::move(code), std::move(message), m_entry.site(key, subkey));
    }

    std::string qualifiedName() const { return ticked(m_entry.model + "." + m_entry.name); }

    bool checkType() {
        const Json& type = keyOf(m_value, "type");
        if (type.is_string() && isRelationType(type.get<std::string>()))
            return true;
        std::string message;
        if (type.is_null()) {
            message = say(Check::tr("Relation %1 has no `type`; LoopBack stops with \"Invalid "
                                    "relation type: undefined\". Set it to belongsTo, hasMany, "
                                    "hasOne, hasAndBelongsToMany, referencesMany, embedsOne or "
                                    "embedsMany."),
                          qualifiedName());
        } else if (type == "hasManyThrough") {
            message = say(Check::tr("Relation %1 has type `hasManyThrough`, which LoopBack "
                                    "rejects: use \"type\": \"hasMany\" with \"through\": "
                                    "\"<through model>\"."),
                          qualifiedName());
        } else {
            const std::string text = type.is_string() ? type.get<std::string>() : shortJson(type);
            std::string hint = type.is_string() ? didYouMean(text, relationTypeNames()) : "";
            if (hint.empty())
                hint = " " + say(Check::tr("Use belongsTo, hasMany, hasOne, hasAndBelongsToMany, "
                                           "referencesMany, embedsOne or embedsMany."));
            message = say(Check::tr("Relation %1 has the invalid type %2; LoopBack stops the app "
                                    "at boot."),
                          qualifiedName(), ticked(text)) +
                      hint;
        }
        report(Severity::Error, "relation-type-invalid", message, type.is_null() ? "" : "type");
        return false;
    }

    void checkName() {
        const std::string& name = m_entry.name;
        if (name == "trigger") {
            report(Severity::Error, "relation-name-trigger",
                   say(Check::tr("LoopBack rejects the relation name `trigger` (\"Invalid "
                                 "relation name: trigger\"); rename the relation.")));
        } else if (name == "constructor") {
            report(Severity::Error, "relation-name-reserved",
                   say(Check::tr("`constructor` is a reserved word: a relation of that name "
                                 "replaces the model's constructor and breaks every instance. "
                                 "Rename the relation.")));
        }
        // The generator requires encodeURIComponent(name) == name and no '.'.
        const bool urlSafe = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u < 0x80 && (std::isalnum(u) ||
                                std::string_view("-_!~*'()").find(c) != std::string_view::npos);
        });
        if (!urlSafe) {
            report(Severity::Warning, "relation-name-invalid",
                   say(Check::tr("Relation name %1 is not a plain URL segment (it is empty or has "
                                 "a space, `.`, `/`, `@`, `+`, `%`, `:` or a character URLs must "
                                 "encode); LoopBack's generator refuses it and its REST routes "
                                 "break. Rename it."),
                       ticked(name)));
        }
        checkNameIsProperty();
    }

    void checkNameIsProperty() {
        const std::string& name = m_entry.name;
        const std::string foreignKey = stringAt(m_value, "foreignKey");
        if (foreignKey == name)
            return; // reported as relation-foreign-key-is-name
        bool declared = false;
        const schema::Model* model = m_context.schema().model(m_entry.file);
        if (model) {
            const schema::Property* property = model->property(name);
            declared = property && property->origin != schema::PropertyOrigin::Relation;
        } else {
            const Json& properties = keyOf(m_context.document().model(m_entry.file), "properties");
            declared = properties.is_object() && properties.contains(name);
        }
        if (declared) {
            report(Severity::Warning, "relation-name-is-property",
                   say(Check::tr("Relation %1 has the name of a property of %2: the relation "
                                 "accessor hides the property value in code. Rename the relation "
                                 "or the property."),
                       ticked(name), ticked(m_entry.model)));
        }
    }

    void checkUnknownKeys() {
        for (const auto& item : m_value.items()) {
            const std::string& key = item.key();
            if (contains(knownRelationKeys(), key))
                continue;
            const std::string hint = didYouMean(key, knownRelationKeys());
            report(hint.empty() ? Severity::Info : Severity::Warning, "relation-unknown-key",
                   say(Check::tr("LoopBack ignores the key %1 in relation %2."), ticked(key),
                       ticked(m_entry.name)) +
                       (hint.empty() ? " " + say(Check::tr("Only your own code can give it a "
                                                           "meaning."))
                                     : hint),
                   key);
        }
    }

    void checkModelParam() {
        const bool polymorphic = truthy(keyOf(m_value, "polymorphic"));
        const bool hasModel = truthy(keyOf(m_value, "model"));
        const bool belongsTo = m_type == "belongsTo";
        if (!polymorphic && belongsTo && !hasModel) {
            report(Severity::Error, "belongs-to-missing-model",
                   say(Check::tr("%1 relation %2 has no `model` (LoopBack: \"requires param "
                                 "`model`\"); name the target model, or make it polymorphic."),
                       m_type, qualifiedName()));
        }
        if (polymorphic && belongsTo && hasModel) {
            report(Severity::Error, "polymorphic-belongs-to-model",
                   say(Check::tr("Polymorphic %1 relation %2 must not have a `model` (LoopBack: "
                                 "\"does not expect param `model`\"); the discriminator names "
                                 "the target. Remove `model`."),
                       m_type, qualifiedName()),
                   "model");
        }
        if (polymorphic && !belongsTo && !hasModel) {
            report(Severity::Error, "polymorphic-missing-model",
                   say(Check::tr("Polymorphic %1 relation %2 has no `model` (LoopBack: "
                                 "\"requires param `model`\"); name the model that holds the "
                                 "polymorphic key."),
                       m_type, qualifiedName()));
        }
        if (polymorphic && m_type == "hasAndBelongsToMany" && !truthy(keyOf(m_value, "through"))) {
            report(Severity::Error, "polymorphic-habtm-missing-through",
                   say(Check::tr("Polymorphic %1 relation %2 has no `through` model; LoopBack "
                                 "stops with \"Polymorphic relations need a through model\". "
                                 "Add \"through\"."),
                       m_type, qualifiedName()),
                   "polymorphic");
        }
    }

    void checkPolymorphic() {
        const Json& polymorphic = keyOf(m_value, "polymorphic");
        if (!polymorphic.is_object())
            return;
        const bool foreignKey = truthy(keyOf(polymorphic, "foreignKey"));
        const bool discriminator = truthy(keyOf(polymorphic, "discriminator"));
        const std::string& type = m_type;
        const std::string name = qualifiedName();
        if (foreignKey && !discriminator) {
            report(Severity::Error, "polymorphic-missing-discriminator",
                   say(Check::tr("Polymorphic %1 relation %2 gives `polymorphic.foreignKey` "
                                 "without `polymorphic.discriminator`; LoopBack requires both or "
                                 "neither. Add the discriminator property name."),
                       type, name),
                   "polymorphic", "foreignKey");
        }
        if (discriminator && !foreignKey) {
            report(Severity::Error, "polymorphic-missing-foreign-key",
                   say(Check::tr("Polymorphic %1 relation %2 gives `polymorphic.discriminator` "
                                 "without `polymorphic.foreignKey`; LoopBack requires both or "
                                 "neither. Add the foreign key property name."),
                       type, name),
                   "polymorphic", "discriminator");
        }
        const bool as = truthy(keyOf(polymorphic, "as"));
        if (as && foreignKey) {
            report(Severity::Error, "polymorphic-extraneous-as",
                   say(Check::tr("Polymorphic %1 relation %2 gives `polymorphic.as` together "
                                 "with a custom foreignKey; LoopBack rejects that. Remove `as`."),
                       type, name),
                   "polymorphic", "as");
        }
        if (truthy(keyOf(polymorphic, "selector")) && foreignKey) {
            report(Severity::Error, "polymorphic-extraneous-selector",
                   say(Check::tr("Polymorphic %1 relation %2 gives `polymorphic.selector` "
                                 "together with a custom foreignKey; LoopBack rejects that. "
                                 "Remove `selector`."),
                       type, name),
                   "polymorphic", "selector");
        }
        if (as) {
            report(Severity::Info, "polymorphic-as-deprecated",
                   say(Check::tr("Polymorphic %1 relation %2 uses `polymorphic.as`, which "
                                 "LoopBack deprecates; write `polymorphic.selector` instead."),
                       type, name),
                   "polymorphic", "as");
        }
    }

    void checkIgnoredKeys() {
        for (const auto& [key, users] : keyUsers()) {
            if (!truthy(keyOf(m_value, key)))
                continue;
            if (m_type == "hasAndBelongsToMany" && (key == "foreignKey" || key == "keyThrough")) {
                checkHabtmKey(key);
            } else if (!contains(users, m_type) && !isDefaultKey(key)) {
                report(Severity::Warning, "relation-key-ignored",
                       say(Check::tr("LoopBack ignores %1 on a %2 relation (%3); remove it or "
                                     "change the relation type."),
                           ticked(key), m_type, ticked(m_entry.name)),
                       key);
            }
        }
        if (truthy(keyOf(m_value, "invert")) &&
            !(m_type == "hasMany" && truthy(keyOf(m_value, "through")) &&
              truthy(keyOf(m_value, "polymorphic")))) {
            report(Severity::Warning, "relation-key-ignored",
                   say(Check::tr("LoopBack reads `invert` only on a polymorphic hasMany with "
                                 "`through`; it has no effect on %1."),
                       ticked(m_entry.name)),
                   "invert");
        }
    }

    // An ignored key naming what LoopBack uses anyway (the id a relation
    // joins on by default) changes nothing, and is not worth a warning.
    bool isDefaultKey(const std::string& key) const {
        if (key != "primaryKey" || !keyOf(m_value, key).is_string())
            return false;
        const std::string value = keyOf(m_value, key).get<std::string>();
        const schema::Model* model = m_context.schema().model(m_entry.file);
        const schema::Relation* relation = model ? model->relation(m_entry.name) : nullptr;
        const schema::Model* target = relation ? m_context.schema().model(relation->modelTo) : nullptr;
        return (model && value == model->idName()) || (target && value == target->idName());
    }

    void checkHabtmKey(const std::string& key) {
        std::string used;
        if (const schema::Model* model = m_context.schema().model(m_entry.file)) {
            if (const schema::Relation* relation = model->relation(m_entry.name))
                used = key == "foreignKey" ? relation->keyTo : relation->keyThrough;
        }
        // Naming the key LoopBack would use anyway does no harm.
        if (!used.empty() && keyOf(m_value, key) == Json(used))
            return;
        report(Severity::Warning, "habtm-foreign-key-ignored",
               used.empty() ? say(Check::tr("hasAndBelongsToMany ignores %1. Remove it, or use "
                                            "hasMany with `through` to choose the key."),
                                  ticked(key))
                            : say(Check::tr("hasAndBelongsToMany ignores %1; LoopBack uses %2. "
                                            "Remove it, or use hasMany with `through` to choose "
                                            "the key."),
                                  ticked(key), ticked(used)),
               key);
    }

    void checkForeignKeyName() {
        if (m_type != "belongsTo" && m_type != "referencesMany")
            return;
        std::string foreignKey = stringAt(m_value, "foreignKey");
        bool inPolymorphic = false;
        const Json& polymorphic = keyOf(m_value, "polymorphic");
        if (m_type == "belongsTo" && truthy(polymorphic)) {
            foreignKey = stringAt(polymorphic, "foreignKey");
            inPolymorphic = true;
        }
        if (foreignKey != m_entry.name)
            return;
        report(Severity::Warning, "relation-foreign-key-is-name",
               say(Check::tr("Relation %1 stores its key in a property of the same name: the "
                             "relation accessor hides the key value. Name the foreign key "
                             "differently (e.g. %2)."),
                   ticked(m_entry.name),
                   ticked(m_entry.name + (m_type == "belongsTo" ? "Id" : "Ids"))),
               inPolymorphic ? "polymorphic" : "foreignKey", inPolymorphic ? "foreignKey" : "");
    }

    Context& m_context;
    const RelationEntry& m_entry;
    const Json& m_value;
    std::string m_type;
};

} // namespace

void checkRelationEntries(Context& context) {
    for (const RelationEntry& entry : relationEntries(context.document()))
        EntryRules(context, entry).run();
}

} // namespace relata::check
