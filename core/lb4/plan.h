#pragma once

#include "lb4/lb4_export.h"
#include "schema/schema.h"

#include <QString>

#include <string>
#include <vector>

// What the generator writes for each model and relation, decided once from the
// compiled schema; the source writers only render it. Private to core/lb4.
namespace relata::lb4 {

enum class Lb4Kind { BelongsTo, HasOne, HasMany, HasManyThrough, ReferencesMany };

// A LoopBack 3 relation in its LoopBack 4 form, keys named as LoopBack 4 names
// them (HasManyThroughDefinition: keyFrom/keyTo on the ends, through.keyFrom /
// through.keyTo on the through model).
struct Lb4Relation {
    Lb4Kind kind = Lb4Kind::BelongsTo;
    std::string name;
    std::string target;  // model (class) name
    std::string through; // HasManyThrough only
    std::string keyFrom;
    std::string keyTo;
    std::string throughKeyFrom;
    std::string throughKeyTo;
    bool include = true; // LoopBack 3's options.disableInclude turns the inclusion resolver off
    const schema::Relation* source = nullptr;
};

struct ModelPlan {
    const schema::Model* model = nullptr;
    std::string fileStem; // "customer-profile": lb4's file name rule, the one `lb model` uses
    bool entity = false;  // an Entity with a repository; else a Model (embedded, transient)
    std::string dataSource;
    std::vector<Lb4Relation> relations;

    const Lb4Relation* decorating(std::string_view property) const; // @belongsTo / @referencesMany on it
};

struct DataSourcePlan {
    std::string name;
    std::string className; // "DbDataSource"
    std::string fileStem;  // "db"
    Json config;           // server/datasources.json's entry
};

struct Plan {
    QString appName;
    std::vector<ModelPlan> models;
    std::vector<DataSourcePlan> dataSources;
    std::vector<MigrationItem> items;
    Figures figures;

    const ModelPlan* model(std::string_view name) const;
};

Plan makePlan(const Document& document, const schema::Schema& schema);

// The relations of `model`: written ones into plan.relations, the rest (and what
// a written one loses) into items. Called by makePlan once every model is known.
void planRelations(const Plan& plan, ModelPlan& model, const Document& document,
                   std::vector<MigrationItem>& items);

// The LoopBack 3 file of a model, relative to the app root; empty for a
// generated or built-in model.
QString modelFile(const Document& document, const schema::Model& model);

} // namespace relata::lb4
