#pragma once

#include <QString>

namespace relata::test {

// The app in a corpus folder: the folder holding the shallowest
// server/model-config.json under it, or the folder itself when none does.
QString corpusAppRoot(const QString& folder);

} // namespace relata::test
