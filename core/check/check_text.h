#pragma once

#include "json/message_text.h"
#include <QCoreApplication>

// Check messages translate in one context, which lupdate sees.
namespace relata::check {

// lupdate loses the namespace inside a function whose return type is
// qualified (std::string): such functions write relata::check::Check::tr.
struct Check {
    Q_DECLARE_TR_FUNCTIONS(relata::check)
};

} // namespace relata::check
