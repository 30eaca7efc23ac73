#pragma once

#include "lb4/plan.h"

#include <string>
#include <vector>

// The text of each generated file; private to core/lb4.
namespace relata::lb4 {

// src/models/<stem>.model.ts
std::string modelSource(const Plan& plan, const ModelPlan& model, const Document& document);
// src/repositories/<stem>.repository.ts
std::string repositorySource(const Plan& plan, const ModelPlan& model);
// The id a model's controller takes in its paths; null when it gets none (not
// public in LoopBack 3, not an entity, no id of a number or a string).
const schema::Property* controllerId(const ModelPlan& model);
// src/controllers/<stem>.controller.ts: LoopBack 3's CRUD endpoints at its paths
std::string controllerSource(const ModelPlan& model);
// Whether a relation of a model gets a controller (src/controllers/<stem>.<relation>.controller.ts),
// with LoopBack 3's endpoints of the relation at its paths.
bool hasRelationController(const ModelPlan& source, const Lb4Relation& relation);
std::string relationControllerSource(const Plan& plan, const ModelPlan& source, const Lb4Relation& relation,
                                     const std::string& className);
// src/datasources/<stem>.datasource.ts
std::string dataSourceSource(const DataSourcePlan& dataSource);
// export * from './<module>'; for each module, sorted
std::string indexSource(std::vector<std::string> modules);
std::string migrationReport(const Plan& plan); // MIGRATION.md

// `import {a, b} from 'module';`, names sorted as organize-imports sorts them.
std::string importLine(std::vector<std::string> names, const std::string& module);

} // namespace relata::lb4
