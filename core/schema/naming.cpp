#include "schema/naming.h"

#include <QString>

#include <algorithm>

namespace relata::naming {
namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A non-empty string member, the only values JavaScript's `a || b` keeps here.
const std::string* nonEmptyString(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
        return nullptr;
    return &it->get_ref<const std::string&>();
}

} // namespace

std::string lowerCase(std::string_view text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
    if (!ascii)
        return toQString(text).toLower().toStdString();
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string tableName(std::string_view modelName, const Json& settings)
{
    if (settings.is_object()) {
        const auto connector = settings.find("sqlite3");
        if (connector != settings.end()) {
            for (const char* key : {"table", "tableName"}) {
                if (const std::string* name = nonEmptyString(*connector, key))
                    return *name;
            }
        }
    }
    return lowerCase(modelName);
}

std::string columnName(std::string_view propertyName, const Json& definition)
{
    if (definition.is_object()) {
        const auto connector = definition.find("sqlite3");
        if (connector != definition.end()) {
            for (const char* key : {"column", "columnName", "field", "fieldName"}) {
                if (const std::string* name = nonEmptyString(*connector, key))
                    return *name;
            }
        }
        if (const std::string* name = nonEmptyString(definition, "name"))
            return *name;
    }
    return lowerCase(propertyName);
}

std::string httpPath(std::string_view plural, const Json& settings)
{
    std::string path(plural);
    if (settings.is_object()) {
        const auto http = settings.find("http");
        if (http != settings.end()) {
            if (const std::string* given = nonEmptyString(*http, "path"))
                path = *given;
        }
    }
    if (path.empty() || path.front() != '/')
        path.insert(path.begin(), '/');
    return path;
}

} // namespace relata::naming
