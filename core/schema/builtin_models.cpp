#include "schema/builtin_models.h"

#include <QFile>

namespace relata::schema {

const Json& builtinModelDefinitions()
{
    static const Json definitions = [] {
        QFile file(QStringLiteral(":/relata/schema/builtin_models.json"));
        // The file is compiled into the library, so it is always there and valid.
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        const QByteArray bytes = file.readAll();
        return Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    }();
    return definitions;
}

} // namespace relata::schema
