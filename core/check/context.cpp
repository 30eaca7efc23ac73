#include "check/context.h"

#include "check/names.h"
#include "document/document.h"

#include <algorithm>

namespace relata::check {

namespace {

const char* const passportPackage = "loopback-component-passport";

} // namespace

std::string baseNameOf(const Json& model) {
    // registry.createModel copies top-level keys into options unless options has them.
    const auto setting = [&model](const char* key) -> const Json* {
        if (!model.is_object())
            return nullptr;
        const auto options = model.find("options");
        if (options != model.end() && options->is_object()) {
            const auto inOptions = options->find(key);
            if (inOptions != options->end())
                return &*inOptions;
        }
        const auto found = model.find(key);
        return found == model.end() ? nullptr : &*found;
    };
    for (const char* key : {"base", "super"}) {
        const Json* value = setting(key);
        if (value && truthy(*value))
            return value->is_string() ? value->get<std::string>() : std::string();
    }
    return {};
}

Site RelationEntry::site(std::string_view key, std::string_view subkey) const {
    Site result;
    result.file = file;
    result.pointer = pointer;
    if (!key.empty())
        result.pointer = pointerTo(result.pointer, key);
    if (!subkey.empty())
        result.pointer = pointerTo(result.pointer, subkey);
    result.model = model;
    result.relation = name;
    return result;
}

std::vector<RelationEntry> relationEntries(const Document& document) {
    std::vector<RelationEntry> entries;
    for (ModelId id : document.modelIds()) {
        const Json& model = document.model(id);
        if (!model.is_object())
            continue;
        const auto relations = model.find("relations");
        if (relations == model.end() || !relations->is_object())
            continue;
        const std::string modelName = document.modelName(id);
        for (const auto& item : relations->items()) {
            RelationEntry entry;
            entry.file = id;
            entry.model = modelName;
            entry.name = item.key();
            entry.value = &item.value();
            entry.pointer = pointerTo("/relations", item.key());
            entries.push_back(std::move(entry));
        }
    }
    return entries;
}

Context::Context(const Document& document, const schema::Schema& schema)
    : m_document(document)
    , m_schema(schema)
    , m_appFiles(document) {
    if (document.kind() == Document::Kind::App && document.modelConfig())
        m_modelConfig = &document.modelConfig()->value();
    m_passport = m_appFiles.dependsOn(passportPackage);
    findExternalSource();
    indexModels();
    indexLoaded();
}

void Context::findExternalSource() {
    if (!m_modelConfig || !m_modelConfig->is_object())
        return;
    const auto meta = m_modelConfig->find("_meta");
    if (meta == m_modelConfig->end() || !meta->is_object() || !meta->contains("sources") ||
        !(*meta)["sources"].is_array()) {
        m_sourcesInCode = modelConfigPath() != "server/model-config.json";
        return;
    }
    for (const Json& source : (*meta)["sources"]) {
        if (!source.is_string())
            continue;
        const std::string path = source.get<std::string>();
        if (path.rfind("loopback/", 0) == 0)
            continue; // LoopBack's own models, which Relata knows by name
        if (path.find(passportPackage) != std::string::npos) {
            m_passport = true; // its models, which Relata knows by name too
            continue;
        }
        const bool packagePath = !path.empty() && path[0] != '.' && path[0] != '/';
        if (packagePath || path.find("node_modules") != std::string::npos) {
            m_externalSource = path;
            return;
        }
    }
}

void Context::indexModels() {
    for (ModelId id : m_document.modelIds()) {
        const std::string name = m_document.modelName(id);
        if (name.empty())
            continue;
        if (m_fileByName.emplace(name, id).second)
            m_knownNames.push_back(name);
    }
    for (const std::string& name : builtinModelNames()) {
        if (!m_fileByName.count(name))
            m_knownNames.push_back(name);
    }
    for (const std::string& name : passportModelNames()) {
        if (m_passport && !m_fileByName.count(name))
            m_knownNames.push_back(name);
    }
}

void Context::indexLoaded() {
    if (!m_modelConfig || !m_modelConfig->is_object())
        return;
    std::vector<std::string> pending;
    for (const auto& entry : m_modelConfig->items()) {
        if (entry.key() != "_meta")
            pending.push_back(entry.key());
    }
    while (!pending.empty()) {
        std::string name = std::move(pending.back());
        pending.pop_back();
        if (!m_loaded.insert(name).second)
            continue;
        const ModelId id = fileOf(name);
        if (id == ModelId::None)
            continue;
        const std::string base = baseNameOf(m_document.model(id));
        if (!base.empty())
            pending.push_back(base);
    }
}

std::string Context::modelConfigPath() const {
    const SourceFile* config = m_document.modelConfig();
    return config ? config->relativePath().toStdString() : std::string("server/model-config.json");
}

bool Context::isDefined(std::string_view name) const {
    return m_fileByName.count(name) || isBuiltinModel(name) ||
           (m_passport && std::find(passportModelNames().begin(), passportModelNames().end(),
                                    name) != passportModelNames().end());
}

ModelId Context::fileOf(std::string_view name) const {
    const auto found = m_fileByName.find(name);
    return found == m_fileByName.end() ? ModelId::None : found->second;
}

bool Context::isLoaded(std::string_view name) const {
    return !m_modelConfig || isBuiltinModel(name) || m_loaded.count(name);
}

const Json* Context::configEntry(std::string_view name) const {
    if (!m_modelConfig || !m_modelConfig->is_object() || name == "_meta")
        return nullptr;
    const auto found = m_modelConfig->find(name);
    return found == m_modelConfig->end() ? nullptr : &*found;
}

int Context::configIndex(std::string_view name) const {
    if (!m_modelConfig || !m_modelConfig->is_object())
        return -1;
    int index = 0;
    for (const auto& item : m_modelConfig->items()) {
        if (item.key() == name)
            return index;
        ++index;
    }
    return -1;
}

json::Location Context::locate(const SourceFile& file, const std::string& pointer) {
    if (!file.isModified())
        return file.text().locate(pointer);
    // The text as read no longer holds the value; place the finding in the
    // text a save would write, which is what the user will see in the file.
    auto rendered = m_rendered.find(&file);
    if (rendered == m_rendered.end()) {
        auto parsed = json::parse(file.render());
        auto* text = std::get_if<json::Text>(&parsed);
        if (!text)
            return {};
        rendered = m_rendered.emplace(&file, std::move(*text)).first;
    }
    return rendered->second.locate(pointer);
}

void Context::report(Severity severity, std::string code, std::string message, Site site) {
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.code = std::move(code);
    diagnostic.message = std::move(message);
    diagnostic.model = std::move(site.model);
    diagnostic.relation = std::move(site.relation);
    const SourceFile* file = nullptr;
    if (site.file != ModelId::None && m_document.contains(site.file))
        file = &m_document.modelFile(site.file);
    else if (site.inModelConfig)
        file = m_document.modelConfig();
    if (file) {
        diagnostic.file = file->relativePath();
        diagnostic.pointer = site.pointer;
        diagnostic.at = locate(*file, site.pointer);
    }
    m_diagnostics.push_back(std::move(diagnostic));
}

} // namespace relata::check
