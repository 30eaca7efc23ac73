#pragma once

#include "document/diagnostic.h"

namespace relata {
class Document;
namespace schema {
class Schema;
}
} // namespace relata

namespace relata::check {

// Everything wrong or surprising in the app, as LoopBack 3 would see it: the
// files that do not parse (`json-syntax`), what reading found, and every rule
// of RULES.md. Ordered by file, then line and column; findings about the app
// as a whole (no file) come first.
Diagnostics check(const Document& document, const schema::Schema& schema);

} // namespace relata::check
