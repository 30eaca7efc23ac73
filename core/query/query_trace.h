#pragma once

#include "json/json_text.h"

#include <QString>
#include <QVariantList>

#include <cstddef>
#include <string>
#include <vector>

namespace relata::query {

// One SELECT the engine ran, for a reader who wants to see what LoopBack's
// connector would have been asked: the filter after normalization and scope
// merging, the SQL with its bound values, and what it cost.
struct TracedStatement {
    std::string model;
    Json filter;
    QString sql;
    QVariantList bindings;
    std::size_t rows = 0;
    qint64 elapsedNs = 0;
    std::string error; // empty when the statement ran
};

using QueryTrace = std::vector<TracedStatement>;

} // namespace relata::query
