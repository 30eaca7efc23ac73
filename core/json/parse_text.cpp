#include "json/parse_text.h"

namespace relata::json {

QString unexpectedText(Expected where, bool control)
{
    switch (where) {
    case Expected::End:
        return control ? Parse::tr("unexpected control character %1 after the end of the top-level value")
                       : Parse::tr("unexpected %1 after the end of the top-level value");
    case Expected::EndAfterContainer:
        return control ? Parse::tr("unexpected control character %1 after the end of the top-level value (a "
                                   "closing bracket too many before it?)")
                       : Parse::tr("unexpected %1 after the end of the top-level value (a closing bracket too "
                                   "many before it?)");
    case Expected::Value:
        return control ? Parse::tr("unexpected control character %1 where a value was expected")
                       : Parse::tr("unexpected %1 where a value was expected");
    case Expected::PropertyName:
        return control ? Parse::tr("unexpected control character %1 where a property name in double quotes was "
                                   "expected")
                       : Parse::tr("unexpected %1 where a property name in double quotes was expected");
    case Expected::Colon:
        break;
    }
    return control ? Parse::tr("unexpected control character %1 where ':' was expected after the property name")
                   : Parse::tr("unexpected %1 where ':' was expected after the property name");
}

} // namespace relata::json
