#include "problems/quick_fix.h"

#include "check/names.h"
#include "document/document.h"
#include "edit/edit_controller.h"

#include <QCoreApplication>

namespace relata {
namespace {

constexpr std::size_t maxTypos = 2;

// Free functions have no tr(): they translate in this context, which lupdate sees.
struct QuickFixText {
    Q_DECLARE_TR_FUNCTIONS(relata::QuickFix)
};

} // namespace

std::optional<QuickFix> quickFixFor(const Document& document, const Diagnostic& diagnostic)
{
    const bool target = diagnostic.code == "relation-model-unknown";
    if (!target && diagnostic.code != "relation-through-unknown")
        return std::nullopt;
    const ModelId id = document.findModel(diagnostic.model);
    if (id == ModelId::None)
        return std::nullopt;
    const Json& relations = document.model(id).value("relations", Json());
    const Json entry =
        relations.is_object() ? relations.value(diagnostic.relation, Json()) : Json();
    const std::string key = target ? "model" : "through";
    const std::string wrong = check::stringAt(entry, key);
    if (wrong.empty())
        return std::nullopt;
    std::vector<std::string> names = check::builtinModelNames();
    for (ModelId each : document.modelIds())
        names.push_back(document.modelName(each));
    const std::vector<std::string> close = check::closeNames(wrong, names, maxTypos);
    if (close.size() != 1)
        return std::nullopt;
    QuickFix fix;
    fix.label = QuickFixText::tr("Did you mean `%1`?").arg(QString::fromStdString(close.front()));
    fix.model = id;
    fix.relation = diagnostic.relation;
    fix.key = key;
    fix.replacement = close.front();
    return fix;
}

void applyQuickFix(EditController& edits, const QuickFix& fix)
{
    const Document& document = edits.document();
    if (!document.contains(fix.model))
        return;
    const Json& relations = document.model(fix.model).value("relations", Json());
    if (!relations.is_object() || !relations.contains(fix.relation)
        || !relations[fix.relation].is_object())
        return;
    Json entry = relations[fix.relation];
    entry[fix.key] = fix.replacement;
    edits.setRelation(fix.model, fix.relation, fix.relation, std::move(entry));
}

} // namespace relata
