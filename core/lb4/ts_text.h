#pragma once

#include "json/json_text.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// TypeScript text the way LoopBack 4's own generators and prettier write it:
// single quotes, unquoted keys where they can be, two-space indents, lines kept
// within 80 columns.
namespace relata::lb4::ts {

// An ASCII JavaScript identifier ([A-Za-z_$][A-Za-z0-9_$]*).
bool isIdentifier(std::string_view name);
// An identifier that may also name a class or a variable (not a reserved word).
bool isBindingName(std::string_view name);

std::string quote(std::string_view text);   // 'it\'s'
std::string key(std::string_view name);     // name, or 'quoted-name'
std::string member(std::string_view name);  // .name, or ['quoted-name']

// A JSON value as a TypeScript literal, broken over lines from `indent` (in
// spaces) when it does not fit on the rest of a line that starts `column` wide.
std::string literal(const Json& value, int indent = 0, int column = 0);

// An object literal of code members ({key, code}), inline when it fits, one
// member a line when not.
using Members = std::vector<std::pair<std::string, std::string>>;
std::string object(const Members& members, int indent = 0, int column = 0);

// "mongo-db" -> "MongoDb", "db" -> "Db": the class name lb4 derives from a name.
std::string pascalCase(std::string_view text);
std::string lowerFirst(std::string_view text);

} // namespace relata::lb4::ts
