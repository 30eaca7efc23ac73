#pragma once

#include <QCoreApplication>
#include <QString>

// Parse errors are shown to users (the Problems panel, relata-cli): they
// translate in this context, which lupdate sees.
namespace relata::json {

struct Parse {
    Q_DECLARE_TR_FUNCTIONS(relata::json)
};

// Where the parser was when it met something the grammar does not allow.
enum class Expected { End, EndAfterContainer, Value, PropertyName, Colon };

// "unexpected X <where>" as whole sentences: %1 is the text found, quoted, or
// a control character's code (U+0001) when `control` is set.
QString unexpectedText(Expected where, bool control);

} // namespace relata::json
