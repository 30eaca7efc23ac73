#pragma once

#include <QMetaType>

#include <cstdint>

namespace relata {

// Identifies a model file for the whole session; survives renames, so undo
// commands and canvas items address models by it.
enum class ModelId : std::uint32_t { None = 0 };

} // namespace relata

Q_DECLARE_METATYPE(relata::ModelId)
