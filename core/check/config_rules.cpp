// model-config.json against the model files (app layout only).
// loopback-boot creates the models the config lists plus their bases, and
// stops with "Cannot configure unknown model X" for a listed model that has no
// definition (loopback-boot lib/plugins/model.js).
#include "check/check_text.h"
#include "check/context.h"
#include "check/names.h"
#include "check/rules.h"
#include "document/document.h"

namespace relata::check {

namespace {

Site configSite(const std::string& name, std::string pointer) {
    Site site;
    site.inModelConfig = true;
    site.pointer = std::move(pointer);
    site.model = name;
    return site;
}

void checkEntry(Context& context, const std::string& name, const Json& entry,
                const std::string& external) {
    const std::string pointer = pointerTo("", name);
    if (!entry.is_object()) {
        context.report(Severity::Error, "model-config-entry-invalid",
                       say(Check::tr("The model-config entry of %1 must be an object such as "
                                     "{\"dataSource\": \"db\"}, not %2."),
                           ticked(name), shortJson(entry)),
                       configSite(name, pointer));
        return;
    }
    if (!entry.contains("dataSource")) {
        const std::string hint = entry.contains("datasource")
                                     ? say(Check::tr("The key is spelled `dataSource`."))
                                     : say(Check::tr("Name its data source, or set null to leave "
                                                     "it unattached on purpose."));
        context.report(Severity::Warning, "model-config-missing-datasource",
                       say(Check::tr("The configuration of %1 is missing the `dataSource` "
                                     "property; LoopBack warns and attaches the model nowhere."),
                           ticked(name)) +
                           " " + hint,
                       configSite(name, pointer));
    }
    if (context.isDefined(name))
        return;
    const std::string config = context.modelConfigPath();
    if (context.sourcesInCode()) {
        context.report(Severity::Warning, "model-config-unknown-model",
                       say(Check::tr("%3 configures %1, which no model file of the app defines; the "
                                     "boot script gives LoopBack its model sources in code (%3 has "
                                     "no _meta.sources), and unless one of them provides it, "
                                     "LoopBack's boot stops with \"Cannot configure unknown model "
                                     "%2\"."),
                           ticked(name), name, config) +
                           didYouMean(name, context.knownNames()),
                       configSite(name, pointer));
    } else if (external.empty()) {
        context.report(Severity::Error, "model-config-unknown-model",
                       say(Check::tr("%3 configures %1, but no model file defines it; LoopBack's boot "
                                     "stops with \"Cannot configure unknown model %2\"."),
                           ticked(name), name, config) +
                           didYouMean(name, context.knownNames()),
                       configSite(name, pointer));
    } else {
        context.report(Severity::Warning, "model-config-unknown-model",
                       say(Check::tr("%4 configures %1, which no model file of the app defines; "
                                     "unless %2 provides it, LoopBack's boot stops with \"Cannot "
                                     "configure unknown model %3\"."),
                           ticked(name), ticked(external), name, config) +
                           didYouMean(name, context.knownNames()),
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
                       say(Check::tr("Model %1 is not listed in %3 (nor the base of a model "
                                     "there), so LoopBack never loads it. Add \"%2\": "
                                     "{\"dataSource\": \"db\"} to model-config."),
                           ticked(name), name, context.modelConfigPath()),
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
                       say(Check::tr("%1 must hold one object keyed by model name."),
                           context.modelConfigPath()),
                       configSite({}, ""));
        return;
    }
    const std::string external = context.externalSource();
    for (const auto& item : config.items()) {
        if (item.key() != "_meta")
            checkEntry(context, item.key(), item.value(), external);
    }
    checkUnregistered(context);
}

} // namespace relata::check
