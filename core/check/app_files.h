#pragma once

#include "json/json_text.h"
#include <QString>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace relata {
class Document;
}

namespace relata::check {

// The properties one mixin defines on the models that declare it.
struct MixinProperties {
    std::set<std::string, std::less<>> names;
    // Its source defines only the properties above (or it is a package Relata
    // knows); false when the source is absent or computes a property's name.
    bool complete = false;
};

// What the app's files other than the models say, read once per check() from
// the app on disk (nothing for a folder of models): package.json's
// dependencies, datasources.json's connectors, and the mixins in the folders
// model-config's `_meta.mixins` names.
class AppFiles {
public:
    AppFiles() = default;
    explicit AppFiles(const Document& document);

    bool dependsOn(std::string_view package) const;
    // The connector of a data source without its "loopback-connector-" prefix
    // ("mongodb", "mysql"), empty when datasources.json does not say.
    std::string connectorOf(std::string_view dataSource) const;
    // What mixin `name` (as a model's "mixins" names it) adds, with the options
    // the model gives it; incomplete when Relata cannot tell.
    MixinProperties mixin(std::string_view name, const Json& options) const;

private:
    void readPackage(const QString& root);
    void readDataSources(const QString& folder); // the folder of datasources.json
    void readMixins(const QString& root, const Json& modelConfig);

    std::set<std::string, std::less<>> m_dependencies;
    std::map<std::string, std::string, std::less<>> m_connectors;
    std::map<std::string, MixinProperties, std::less<>> m_mixins;
};

// loopback-boot's mixin name for a file name (its default "classify"
// normalization): "time-stamp" and "timeStamp" give "TimeStamp".
std::string mixinName(std::string_view fileBaseName);

// The property names a mixin's JavaScript defines with
// `Model.defineProperty('name', …)`; incomplete when a call names its property
// with anything but a string literal.
MixinProperties definedProperties(std::string_view source);

} // namespace relata::check
