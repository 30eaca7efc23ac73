#pragma once

#include <string>
#include <string_view>

// How LoopBack's tooling names a model's file. It lives below core/schema
// because Document names the files of new models; schema/naming re-exports it.
namespace relata::naming {

// lodash 4 `_.kebabCase` (deburr, split into words, lower-case, join with '-').
std::string kebabCase(std::string_view text);

// The file stem `lb model` gives a model (loopback-workspace
// ModelDefinition.toFilename): a name equal to its upper-cased form or containing
// '-' is lower-cased, anything else kebab-cased: `FooBar` -> `foo-bar`,
// `ACL` -> `acl`, `OAuthToken` -> `o-auth-token`, `Model2Go` -> `model-2-go`.
std::string modelFileStem(std::string_view modelName);
std::string modelFileName(std::string_view modelName); // stem + ".json"

} // namespace relata::naming
