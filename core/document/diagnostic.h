#pragma once

#include "json/json_text.h"

#include <QString>

#include <string>
#include <vector>

namespace relata {

enum class Severity { Error, Warning, Info };

// One finding about the app: what, where, and a stable code tools can match.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;    // stable, e.g. "relation-unknown-model"
    std::string message; // one sentence a user can act on
    QString file;        // relative to the app root ('/'-separated); empty: the app
    std::string pointer; // JSON pointer inside the file, "" for the whole file
    json::Location at;   // line:column of the pointer in the file
    std::string model;   // model name concerned, if any
    std::string relation; // relation name concerned, if any
};

using Diagnostics = std::vector<Diagnostic>;

const char* severityName(Severity severity);

} // namespace relata
