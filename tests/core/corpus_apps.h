#pragma once

#include <QString>
#include <QStringList>

#include <source_location>

namespace relata::test {

// The corpus of real LoopBack 3 apps: ../shared/corpus/lb3 beside the
// checkout, or under $RELATA_SHARED_DIR when that is set (a worktree sits
// elsewhere than the main checkout).
QString corpusDir();

// Whether the corpus must be there: RELATA_REQUIRE_CORPUS=1, which CI sets
// (.ci/run), so a missing corpus fails there instead of passing with the
// corpus rows left out.
bool corpusRequired();

// The app in a corpus folder: the folder holding the shallowest
// server/model-config.json under it, or the folder itself when none does.
QString corpusAppRoot(const QString& folder);

// The app of the corpus folder `name` (a folder under corpusDir()).
QString corpusApp(const QString& name);

// The corpus folders that hold an app, sorted: every one but `_bad-input`
// and the like. Empty without the corpus.
QStringList corpusAppNames();

// True when `path`, in the corpus, is not there: the current test is then
// skipped, or failed when the corpus is required, with a message naming the
// path, and the caller returns. A path outside the corpus (a committed file)
// is never skipped here: its test goes on and fails on its own.
[[nodiscard]] bool corpusMissing(const QString& path = corpusDir(),
                                 std::source_location where = std::source_location::current());

// In a _data function whose one column is a path in the corpus (a QString):
// true when the corpus is missing, and the caller returns. The test is then
// skipped; or, when the corpus is required, it gets one row holding the
// corpus's path, which corpusMissing() in the test function fails (a failure
// in a _data function would end the whole test program).
[[nodiscard]] bool corpusRowsMissing(std::source_location where = std::source_location::current());

// In a _data function whose one column is an app's path (a QString): one row
// per corpus app, named after its folder, or what corpusRowsMissing() does.
void addCorpusAppRows(std::source_location where = std::source_location::current());

} // namespace relata::test
