#pragma once

#include "inspector/json_edit.h"

#include <string>

namespace relata {

class Session;

// A JsonEdit validator that runs core/check's filter checker against the
// model a filter queries (empty model name: only the filter's shape).
JsonEdit::Validator filterValidator(Session* session, std::string model, bool namedScopes = false);

} // namespace relata
