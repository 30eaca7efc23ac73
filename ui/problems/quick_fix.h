#pragma once

#include "document/diagnostic.h"
#include "document/model_id.h"

#include <QString>

#include <optional>
#include <string>

namespace relata {

class Document;
class EditController;

// A fix the Problems panel offers only where it is unambiguous: a relation's
// `model` or `through` names no model, and exactly one model has a close name
// (the same in another case, or at most two edits away).
struct QuickFix {
    QString label;
    ModelId model = ModelId::None;
    std::string relation;
    std::string key;
    std::string replacement;
};

std::optional<QuickFix> quickFixFor(const Document& document, const Diagnostic& diagnostic);
// One undo step.
void applyQuickFix(EditController& edits, const QuickFix& fix);

} // namespace relata
