// Rules on a model file as a whole: its name, its base model, the shape of
// its sections and its property names (SEMANTICS.md §1.1-§1.4).
#include "check/check_text.h"
#include "check/context.h"
#include "check/names.h"
#include "check/rules.h"
#include "document/document.h"

#include <map>
#include <regex>
#include <set>

namespace relata::check {

namespace {

Site modelSite(ModelId id, const std::string& name, std::string pointer) {
    Site site;
    site.file = id;
    site.pointer = std::move(pointer);
    site.model = name;
    return site;
}

void checkName(Context& context, ModelId id, const Json& model, const std::string& name) {
    if (name.empty()) {
        context.report(Severity::Warning, "model-name-missing",
                       say(Check::tr("This model file has no `name`: LoopBack's boot invents one "
                                     "from the file name, and relations cannot rely on it. Add "
                                     "\"name\".")),
                       modelSite(id, name, model.contains("name") ? "/name" : ""));
        return;
    }
    static const std::regex valid("^[-_a-zA-Z0-9]+$");
    if (!std::regex_match(name, valid)) {
        context.report(Severity::Warning, "model-name-invalid",
                       say(Check::tr("Model name %1 has characters other than letters, digits, `-` "
                                     "and `_`; LoopBack's tooling rejects it and it makes poor "
                                     "REST paths and table names. Rename the model."),
                           ticked(name)),
                       modelSite(id, name, "/name"));
    }
}

void checkDuplicates(Context& context) {
    const Document& document = context.document();
    std::map<std::string, ModelId> first;
    for (ModelId id : document.modelIds()) {
        const std::string name = document.modelName(id);
        if (name.empty())
            continue;
        const auto [found, inserted] = first.emplace(name, id);
        if (inserted)
            continue;
        context.report(Severity::Error, "model-name-duplicate",
                       say(Check::tr("Model %1 is also defined in %2; LoopBack keeps only the "
                                     "definition it reads last and ignores the other. Rename one "
                                     "of them or delete the copy."),
                           ticked(name),
                           document.modelFile(found->second).relativePath().toStdString()),
                       modelSite(id, name, "/name"));
    }
}

std::string basePointer(const Json& model) {
    const auto options = model.find("options");
    for (const char* key : {"base", "super"}) {
        if (options != model.end() && options->is_object() && options->contains(key))
            return pointerTo("/options", key);
        if (model.contains(key))
            return pointerTo("", key);
    }
    return {};
}

void checkBase(Context& context, ModelId id, const Json& model, const std::string& name) {
    const std::string base = baseNameOf(model);
    if (base.empty())
        return;
    if (!context.isDefined(base)) {
        const std::string& external = context.externalSource();
        const std::string message =
            external.empty()
                ? say(Check::tr("Model not found: model %1 is extending an unknown model %2 "
                                "(LoopBack stops at boot)."),
                      ticked(name), ticked(base))
                : say(Check::tr("Model not found: model %1 is extending an unknown model %2 "
                                "(LoopBack stops at boot unless %3 provides it)."),
                      ticked(name), ticked(base), ticked(external));
        context.report(external.empty() ? Severity::Error : Severity::Warning, "model-base-unknown",
                       message + didYouMean(base, context.knownNames()),
                       modelSite(id, name, basePointer(model)));
        return;
    }
    std::set<std::string> seen = {name};
    for (std::string current = base; !current.empty();) {
        if (!seen.insert(current).second) {
            context.report(Severity::Error, "model-base-cycle",
                           say(Check::tr("Model %1 extends itself through %2; LoopBack's boot "
                                         "cannot order the models. Break the cycle of `base` "
                                         "names."),
                               ticked(name), ticked(current)),
                           modelSite(id, name, basePointer(model)));
            return;
        }
        const ModelId next = context.fileOf(current);
        current =
            next == ModelId::None ? std::string() : baseNameOf(context.document().model(next));
    }
}

void checkSections(Context& context, ModelId id, const Json& model, const std::string& name) {
    for (const char* key : {"properties", "relations", "scopes"}) {
        const auto found = model.find(key);
        if (found == model.end() || found->is_null() || found->is_object())
            continue;
        context.report(Severity::Error, "model-section-invalid",
                       say(Check::tr("%1 of %2 must be an object keyed by name, not %3; LoopBack "
                                     "misreads it."),
                           ticked(key), ticked(name), shortJson(*found)),
                       modelSite(id, name, pointerTo("", key)));
    }
}

void checkProperties(Context& context, ModelId id, const Json& model, const std::string& name) {
    const auto properties = model.find("properties");
    if (properties == model.end() || !properties->is_object())
        return;
    for (const auto& item : properties->items()) {
        const std::string& property = item.key();
        const std::string pointer = pointerTo("/properties", property);
        if (property.find('.') != std::string::npos) {
            context.report(Severity::Error, "property-name-dot",
                           say(Check::tr("Property %1 of %2 has a dot in its name; LoopBack stops "
                                         "with \"Property names containing dot(s) are not "
                                         "supported\". Rename it."),
                               ticked(property), ticked(name)),
                           modelSite(id, name, pointer));
        } else if (property == "constructor") {
            context.report(Severity::Info, "property-name-constructor",
                           say(Check::tr("A property named `constructor` is deprecated in "
                                         "LoopBack; rename it.")),
                           modelSite(id, name, pointer));
        }
    }
}

} // namespace

void checkModels(Context& context) {
    const Document& document = context.document();
    for (ModelId id : document.modelIds()) {
        const Json& model = document.model(id);
        const std::string name = document.modelName(id);
        if (!model.is_object())
            continue; // the reader loads only objects with a name
        checkName(context, id, model, name);
        checkBase(context, id, model, name);
        checkSections(context, id, model, name);
        checkProperties(context, id, model, name);
    }
    checkDuplicates(context);
}

} // namespace relata::check
