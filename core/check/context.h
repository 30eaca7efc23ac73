#pragma once

#include "check/app_files.h"
#include "document/diagnostic.h"
#include "document/model_id.h"

#include "json/json_text.h"
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace relata {
class Document;
class SourceFile;
namespace schema {
class Schema;
}
} // namespace relata

namespace relata::check {

// Where a finding is. `file` names a model file; with ModelId::None the finding
// is in model-config.json when `inModelConfig` is set, else about the app.
struct Site {
    ModelId file = ModelId::None;
    bool inModelConfig = false;
    std::string pointer;
    std::string model;
    std::string relation;
};

// What every rule group reads (the document, the schema, name indexes) and
// where it writes its findings.
class Context {
public:
    Context(const Document& document, const schema::Schema& schema);

    const Document& document() const { return m_document; }
    const schema::Schema& schema() const { return m_schema; }
    bool isAppLayout() const { return m_modelConfig != nullptr; }

    // Names of the model files in load order, then LoopBack's built-ins.
    const std::vector<std::string>& knownNames() const { return m_knownNames; }
    // A model file, a built-in or loopback-component-passport (when the app
    // uses it) defines it (exact case, as LoopBack looks it up).
    bool isDefined(std::string_view name) const;
    ModelId fileOf(std::string_view name) const; // the first file defining it
    // App layout: boot creates only the models model-config lists and their bases.
    bool isLoaded(std::string_view name) const;
    // The model-config entry for `name`, null when absent (or not an app).
    const Json* configEntry(std::string_view name) const;
    // Where model-config lists `name` (boot attaches models in that order), -1 when it does not.
    int configIndex(std::string_view name) const;
    // A `_meta.sources` entry whose models Relata cannot read (a package or a
    // node_modules folder), so a model missing here may come from it; empty
    // when every source is the app's own.
    const std::string& externalSource() const { return m_externalSource; }
    // model-config.json is not in server/ and names no _meta.sources: the app's
    // boot script gives LoopBack the folder and the model sources in code, so a
    // model missing here may come from a source Relata cannot see.
    bool sourcesInCode() const { return m_sourcesInCode; }
    // The model-config file as the app holds it ("server/model-config.json").
    std::string modelConfigPath() const;
    const AppFiles& appFiles() const { return m_appFiles; }

    void report(Severity severity, std::string code, std::string message, Site site);
    Diagnostics takeDiagnostics() { return std::move(m_diagnostics); }

private:
    void indexModels();
    void indexLoaded();
    void findExternalSource();
    json::Location locate(const SourceFile& file, const std::string& pointer);

    const Document& m_document;
    const schema::Schema& m_schema;
    const Json* m_modelConfig = nullptr;
    std::vector<std::string> m_knownNames;
    std::map<std::string, ModelId, std::less<>> m_fileByName;
    std::set<std::string, std::less<>> m_loaded;
    std::string m_externalSource;
    bool m_sourcesInCode = false;
    bool m_passport = false;
    AppFiles m_appFiles;
    // Edited and new files, as a save would write them now.
    std::map<const SourceFile*, json::Text> m_rendered;
    Diagnostics m_diagnostics;
};

// One entry of a model file's "relations" object, as written.
struct RelationEntry {
    ModelId file = ModelId::None;
    std::string model; // the declaring model's name
    std::string name;
    const Json* value = nullptr;
    std::string pointer; // "/relations/<name>"

    // The entry, one of its keys, or a key inside that key's object.
    Site site(std::string_view key = {}, std::string_view subkey = {}) const;
};

// Every relation entry of every model file, in load order then key order.
std::vector<RelationEntry> relationEntries(const Document& document);

// The base model a definition names (`options` win over top-level keys, `super`
// is an alias), empty when none is given.
std::string baseNameOf(const Json& model);

} // namespace relata::check
