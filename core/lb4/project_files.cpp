#include "document/document.h"
#include "lb4/lb4_export.h"
#include "lb4/sources.h"
#include "lb4/ts_text.h"
#include "document/model_file_name.h"

#include <algorithm>
#include <set>

namespace relata::lb4 {

std::string dataSourceSource(const DataSourcePlan& dataSource)
{
    std::string out = importLine({"inject", "lifeCycleObserver", "LifeCycleObserver"}, "@loopback/core");
    out += importLine({"juggler"}, "@loopback/repository");
    out += "\nconst config = " + ts::literal(dataSource.config, 0, 15) + ";\n\n";
    out += "// Connects when the application starts and disconnects when it stops.\n";
    out += "@lifeCycleObserver('datasource')\n";
    out += "export class " + dataSource.className + "\n  extends juggler.DataSource\n  implements LifeCycleObserver\n{\n";
    out += "  static dataSourceName = " + ts::quote(dataSource.name) + ";\n";
    out += "  static readonly defaultConfig = config;\n\n";
    out += "  constructor(\n    @inject('datasources.config." + dataSource.name + "', {optional: true})\n";
    out += "    dsConfig: object = config,\n  ) {\n    super(dsConfig);\n  }\n}\n";
    return out;
}

std::string indexSource(std::vector<std::string> modules)
{
    std::sort(modules.begin(), modules.end());
    std::string out;
    for (const std::string& module : modules)
        out += "export * from './" + module + "';\n";
    return out;
}

Project generate(const Document& document, const schema::Schema& schema)
{
    const Plan plan = makePlan(document, schema);
    Project project;
    std::vector<std::string> models;
    std::vector<std::string> repositories;
    std::vector<std::string> dataSources;
    std::vector<std::string> controllers;
    for (const ModelPlan& model : plan.models) {
        models.push_back(model.fileStem + ".model");
        project.files.push_back({QString::fromStdString("src/models/" + model.fileStem + ".model.ts"),
                                 modelSource(plan, model, document)});
        if (!model.entity)
            continue;
        repositories.push_back(model.fileStem + ".repository");
        project.files.push_back({QString::fromStdString("src/repositories/" + model.fileStem + ".repository.ts"),
                                 repositorySource(plan, model)});
        if (!controllerId(model))
            continue;
        controllers.push_back(model.fileStem + ".controller");
        project.files.push_back({QString::fromStdString("src/controllers/" + model.fileStem + ".controller.ts"),
                                 controllerSource(model)});
    }
    // After every model's controller: a relation's controller never takes a
    // model controller's class name (Customer.profile and CustomerProfile).
    std::set<std::string> classes;
    for (const ModelPlan& model : plan.models)
        classes.insert(model.model->name + "Controller");
    for (const ModelPlan& model : plan.models) {
        for (const Lb4Relation& relation : model.relations) {
            if (!hasRelationController(model, relation))
                continue;
            // '.' never occurs in a model's stem: <model>.<relation> is no model's file.
            const std::string stem = model.fileStem + "." + naming::kebabCase(relation.name) + ".controller";
            const std::string name = model.model->name + ts::pascalCase(relation.name);
            std::string className = name + "Controller";
            if (!classes.insert(className).second && !classes.insert(className = name + "RelationController").second)
                continue;
            controllers.push_back(stem);
            project.files.push_back({QString::fromStdString("src/controllers/" + stem + ".ts"),
                                     relationControllerSource(plan, model, relation, className)});
        }
    }
    for (const DataSourcePlan& dataSource : plan.dataSources) {
        dataSources.push_back(dataSource.fileStem + ".datasource");
        project.files.push_back({QString::fromStdString("src/datasources/" + dataSource.fileStem + ".datasource.ts"),
                                 dataSourceSource(dataSource)});
    }
    project.files.push_back({QStringLiteral("src/models/index.ts"), indexSource(models)});
    if (!repositories.empty())
        project.files.push_back({QStringLiteral("src/repositories/index.ts"), indexSource(repositories)});
    if (!controllers.empty())
        project.files.push_back({QStringLiteral("src/controllers/index.ts"), indexSource(controllers)});
    if (!dataSources.empty())
        project.files.push_back({QStringLiteral("src/datasources/index.ts"), indexSource(dataSources)});
    project.files.push_back({QStringLiteral("MIGRATION.md"), migrationReport(plan)});
    project.migration = plan.items;
    project.figures = plan.figures;
    return project;
}

std::vector<MigrationItem> migrationItems(const Document& document, const schema::Schema& schema)
{
    return makePlan(document, schema).items;
}

Diagnostics diagnostics(const Document& document, const std::vector<MigrationItem>& items)
{
    Diagnostics out;
    for (const MigrationItem& item : items) {
        Diagnostic diagnostic;
        diagnostic.severity = Severity::Info;
        diagnostic.code = "lb4-export";
        std::string subject = item.model;
        if (!item.relation.empty())
            subject += "." + item.relation;
        diagnostic.message = "LoopBack 4 export: " + (subject.empty() ? std::string() : subject + ": ") + item.feature
                             + " (" + item.detail + "); " + item.replacement;
        diagnostic.file = item.file;
        diagnostic.pointer = item.pointer;
        if (const ModelId model = item.file.isEmpty() ? ModelId::None : document.modelAt(item.file);
            model != ModelId::None)
            diagnostic.at = document.modelFile(model).text().locate(item.pointer);
        diagnostic.model = item.model;
        diagnostic.relation = item.relation;
        out.push_back(std::move(diagnostic));
    }
    return out;
}

} // namespace relata::lb4
