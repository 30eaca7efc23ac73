#pragma once

#include "document/model_file_name.h"
#include "json/json_text.h"

#include <string>
#include <string_view>

// The naming rules of LoopBack's tooling and of loopback-connector-sqlite3, kept
// in one place so that no other module re-derives them (the model file name rule
// comes from document/model_file_name.h, which core/document shares).
namespace relata::naming {

// JavaScript's String.prototype.toLowerCase (full Unicode), which the connector uses.
std::string lowerCase(std::string_view text);

// loopback-connector-sqlite3's table of a model: settings.sqlite3.table (or
// .tableName) as given, else the model name lower-cased.
std::string tableName(std::string_view modelName, const Json& settings);

// The connector's column of a property: sqlite3.column / columnName / field /
// fieldName as given, else the definition's `name` attribute as given, else the
// property name lower-cased.
std::string columnName(std::string_view propertyName, const Json& definition);

// A model's REST path: settings.http.path (a leading '/' added) or "/" + plural.
std::string httpPath(std::string_view plural, const Json& settings);

} // namespace relata::naming
