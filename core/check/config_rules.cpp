// server/model-config.json against the model files (app layout only).
// loopback-boot creates the models the config lists plus their bases, and
// stops with "Cannot configure unknown model X" for a listed model that has no
// definition (loopback-boot lib/plugins/model.js).
#include "check/context.h"
#include "check/names.h"
#include "check/rules.h"
#include "document/document.h"

#include <QDir>
#include <QFileInfo>

namespace relata::check {

namespace {

Site configSite(const std::string& name, std::string pointer) {
    Site site;
    site.inModelConfig = true;
    site.pointer = std::move(pointer);
    site.model = name;
    return site;
}

// A `_meta.sources` folder whose models the document may lack: a package
// path other than LoopBack's own, anything in node_modules, or a folder that
// is not there.
std::string externalSource(const Document& document) {
    const SourceFile* config = document.modelConfig();
    const Json& meta = config->value().value("_meta", Json());
    const Json& sources = meta.is_object() ? meta.value("sources", Json()) : Json();
    if (!sources.is_array())
        return {};
    const QString configDir =
        QFileInfo(QDir(document.rootPath()).filePath(config->relativePath())).absolutePath();
    for (const Json& source : sources) {
        if (!source.is_string())
            continue;
        const std::string path = source.get<std::string>();
        if (path.rfind("loopback/", 0) == 0)
            continue;
        const bool packagePath = !path.empty() && path[0] != '.' && path[0] != '/';
        if (packagePath || path.find("node_modules") != std::string::npos ||
            !QDir(QDir(configDir).filePath(QString::fromStdString(path))).exists())
            return path;
    }
    return {};
}

void checkEntry(Context& context, const std::string& name, const Json& entry,
                const std::string& external) {
    const std::string pointer = pointerTo("", name);
    if (!entry.is_object()) {
        context.report(Severity::Error, "model-config-entry-invalid",
                       "The model-config entry of " + ticked(name) +
                           " must be an object such "
                           "as {\"dataSource\": \"db\"}, not " +
                           shortJson(entry) + ".",
                       configSite(name, pointer));
        return;
    }
    if (!entry.contains("dataSource")) {
        const std::string hint = entry.contains("datasource")
                                     ? " The key is spelled `dataSource`."
                                     : " Name its data source, or set null to leave it "
                                       "unattached on purpose.";
        context.report(Severity::Warning, "model-config-missing-datasource",
                       "The configuration of " + ticked(name) +
                           " is missing the `dataSource` "
                           "property; LoopBack warns and attaches the model nowhere." +
                           hint,
                       configSite(name, pointer));
    }
    if (context.isDefined(name))
        return;
    if (external.empty()) {
        context.report(Severity::Error, "model-config-unknown-model",
                       "server/model-config.json configures " + ticked(name) +
                           ", but no model "
                           "file defines it; LoopBack's boot stops with \"Cannot configure unknown "
                           "model " +
                           name + "\"." + didYouMean(name, context.knownNames()),
                       configSite(name, pointer));
    } else {
        context.report(Severity::Warning, "model-config-unknown-model",
                       "server/model-config.json configures " + ticked(name) +
                           ", which no model "
                           "file of the app defines; unless " +
                           ticked(external) +
                           " provides it, "
                           "LoopBack's boot stops with \"Cannot configure unknown model " +
                           name + "\"." + didYouMean(name, context.knownNames()),
                       configSite(name, pointer));
    }
}

void checkUnregistered(Context& context) {
    const Document& document = context.document();
    for (ModelId id : document.modelIds()) {
        const std::string name = document.modelName(id);
        if (name.empty() || context.isLoaded(name))
            continue;
        Site site;
        site.file = id;
        site.pointer = "/name";
        site.model = name;
        context.report(Severity::Warning, "model-unregistered",
                       "Model " + ticked(name) +
                           " is not listed in server/model-config.json "
                           "(nor the base of a model there), so LoopBack never loads it. Add "
                           "\"" +
                           name + "\": {\"dataSource\": \"db\"} to model-config.",
                       std::move(site));
    }
}

} // namespace

void checkModelConfig(Context& context) {
    if (!context.isAppLayout())
        return;
    const Json& config = context.document().modelConfig()->value();
    if (!config.is_object()) {
        context.report(Severity::Error, "model-config-invalid",
                       "server/model-config.json must hold one object keyed by model name.",
                       configSite({}, ""));
        return;
    }
    const std::string external = externalSource(context.document());
    for (const auto& item : config.items()) {
        if (item.key() != "_meta")
            checkEntry(context, item.key(), item.value(), external);
    }
    checkUnregistered(context);
}

} // namespace relata::check
