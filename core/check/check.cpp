#include "check/check.h"

#include "check/check_text.h"
#include "check/context.h"
#include "check/rules.h"
#include "document/document.h"

#include <algorithm>

namespace relata::check {

namespace {

Diagnostic syntaxDiagnostic(const BrokenFile& file) {
    Diagnostic diagnostic;
    diagnostic.severity = Severity::Error;
    diagnostic.code = "json-syntax";
    //: %1 is the JSON syntax error, e.g. "trailing comma before '}'".
    diagnostic.message = say(Check::tr("%1; LoopBack cannot load this file until the JSON is "
                                       "fixed."),
                             file.error.message);
    diagnostic.file = file.relativePath;
    diagnostic.at = file.error.at;
    return diagnostic;
}

} // namespace

Diagnostics check(const Document& document, const schema::Schema& schema) {
    Context context(document, schema);
    checkModels(context);
    checkModelConfig(context);
    checkRelationEntries(context);
    checkRelationTargets(context);
    checkThroughModels(context);
    checkForeignKeys(context);
    checkScopes(context);

    Diagnostics diagnostics = context.takeDiagnostics();
    for (const BrokenFile& file : document.brokenFiles())
        diagnostics.push_back(syntaxDiagnostic(file));
    const Diagnostics& read = document.readDiagnostics();
    diagnostics.insert(diagnostics.end(), read.begin(), read.end());
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         if (a.file != b.file)
                             return a.file < b.file;
                         if (a.at.line != b.at.line)
                             return a.at.line < b.at.line;
                         return a.at.column < b.at.column;
                     });
    return diagnostics;
}

} // namespace relata::check
