#pragma once

#include "json/json_text.h"
#include "query/key_set.h"
#include "query/rows.h"
#include "query/sql_builder.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace relata::schema {
struct Model;
struct Relation;
class Schema;
} // namespace relata::schema

namespace relata::query {

class StatementCache;

// The juggler's query machinery on rows read from SQLite: DataAccessObject's
// find family, include.js, the relation accessors and scopes. Rows are model
// instances before toJSON (hidden properties still present, included
// relations under their names, kept in the flat row store of rows.h);
// Shaper::shaped and Shaper::stringified turn them into what LoopBack prints.
// Failures throw QueryFailure.
class Executor {
public:
    Executor(const schema::Schema& schema, StatementCache& statements);

    // DataAccessObject.find: normalize, default scope, SELECT, include.
    Rows find(const schema::Model& model, Json filter);
    std::optional<Json> findOne(const schema::Model& model, Json filter);
    // findById uses only `include` and `fields` of the filter.
    std::optional<Json> findById(const schema::Model& model, const Json& id, const Json& filter);
    // Ids order unless the query has an order.
    Rows findByIds(const schema::Model& model, const Json& ids, const Json& query);

    // What Inclusion.include runs on. A connector passes the plain rows it read
    // (find), and DataAccessObject's buildResult then promotes every truthy
    // cached relation value, so an empty to-many list shows as []. Sub-includes
    // and the embedsMany accessor pass model instances, which get the relation
    // key only from processTargetObj: a hasManyThrough or referencesMany parent
    // linked to no target has no key at all.
    enum class Parents { Rows, Instances };

    // Inclusion.include on rows of `model`.
    void include(Rows& parents, const schema::Model& model, const Json& include, Parents kind = Parents::Rows);

    // The relation accessor called on `parent` (SEMANTICS.md §2). No filter is
    // the call REST makes without one (a hasManyThrough then gives one target
    // per through row); any filter object, even {}, is a filtered call.
    Json related(const schema::Model& model, const Json& parent, const schema::Relation& relation,
                 const std::optional<Json>& filter);
    // The same accessor's targets as rows, for the kinds a find answers
    // (hasMany, referencesMany); nullopt for the others.
    std::optional<Rows> relatedRows(const schema::Relation& relation, const Json& parent,
                                    const std::optional<Json>& filter);
    // Model[name](filter) for a named scope of `model`.
    Rows scoped(const schema::Model& model, const std::string& name, const Json& filter);

    const schema::Schema& schema() const { return m_schema; }
    const schema::Model& targetModel(const schema::Relation& relation) const;

    // RelationDefinition.applyScope: the polymorphic discriminator and the relation's scope.
    static void applyScope(const schema::Relation& relation, Json& filter);

    // include.js findWithForeignKeysByPage: `filter.where[keyName]` holds
    // {inq: keys}. With limit/skip/offset one query runs per key; with
    // `pagedByKey` (through relations, whose target order shows the pages)
    // pages of 256 keys as LoopBack's; otherwise one query for all keys.
    Rows findByKeys(const schema::Model& model, Json filter, const std::string& keyName, bool pagedByKey);

private:
    // Rows the scan keeps in C++: those whose `property` holds one of `keys`.
    struct KeyScan {
        const KeySet& keys;
        const schema::Property& property;
    };
    Rows find(const schema::Model& model, Json filter, TableAccess access, const KeyScan* scan = nullptr);
    // Whether `keys` keys name a quarter of `model`'s rows or more.
    bool keysCoverTable(const schema::Model& model, std::size_t keys);
    // The key list `listed` (filter.where's condition on `keyName`) as a set the
    // scan can test rows against, when leaving it out of the SQL keeps the same rows.
    std::optional<KeySet> keySetForScan(const schema::Model& model, const Json& filter, const std::string& keyName,
                                        const Json& listed);

    Json throughAccessor(const schema::Relation& relation, const Json& parent, const std::optional<Json>& filter);
    Json belongsToAccessor(const schema::Model& model, const schema::Relation& relation, const Json& parent,
                           const std::optional<Json>& filter);
    Json hasOneAccessor(const schema::Model& model, const schema::Relation& relation, const Json& parent);
    Json embedsManyAccessor(const schema::Relation& relation, const Json& parent, const std::optional<Json>& filter);

    const schema::Schema& m_schema;
    StatementCache& m_statements;
};

// The String() form the juggler keys its maps with (`1` and `"1"` meet).
std::string keyString(const Json& value);

// keyString() as a map key: a text that is an integer's (of magnitude below
// 2^53, as whole numbers and their strings give it) is held as that integer,
// so that the usual keys are hashed without being written out first.
class LinkKey {
public:
    explicit LinkKey(const Json& value);
    static LinkKey ofText(std::string text);

    bool operator==(const LinkKey& other) const = default;
    struct Hash {
        std::size_t operator()(const LinkKey& key) const;
    };

private:
    LinkKey() = default;
    bool m_isInteger = false;
    std::int64_t m_integer = 0;
    std::string m_text;
};

template<typename Value>
using LinkMap = std::unordered_map<LinkKey, Value, LinkKey::Hash>;
// utils.uniq: strict equality, first occurrence kept.
Json uniqueValues(const Json& values);
// utils.sortObjectsByIds: rows whose `idName` is (===) one of `ids` first, in
// the order of its first occurrence there, then the others as they came.
Rows sortedByIds(Rows rows, const std::string& idName, const Json& ids);

} // namespace relata::query
