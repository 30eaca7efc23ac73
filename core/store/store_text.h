#pragma once

#include "json/message_text.h"
#include <QCoreApplication>

// Errors and notes the store writes (load, seed, migrate, open) translate in
// one context, which lupdate sees.
namespace relata::store {

struct Store {
    Q_DECLARE_TR_FUNCTIONS(relata::store)
};

} // namespace relata::store
