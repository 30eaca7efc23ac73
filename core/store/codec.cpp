#include "store/codec.h"

#include "json/json_depth.h"
#include "schema/schema.h"
#include "store/column_json.h"
#include "store/store_text.h"

#include <charconv>
#include <cmath>

namespace relata::store {

using schema::Property;
using schema::ValueType;

namespace {

// How the connector (with the juggler's _forDB before it) stores a property.
enum class Storage {
    String,
    Text,       // LoopBack's `text` type: JSON.stringify once
    Number,
    Boolean,
    Date,
    Structured, // Object, any, json: JSON twice, null as the text "null"
    List,       // any array type: JSON twice, null as NULL
    Embedded,   // embedded model, GeoPoint: JSON once (an array value twice)
    Buffer,     // {"type":"Buffer","data":[bytes]} once
    DateString, // {"when": text} twice
};

bool equalsLower(std::string_view text, std::string_view lower)
{
    if (text.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

Storage storageOf(const Property& property)
{
    switch (property.type) {
    case ValueType::String:
        return equalsLower(property.typeName, "text") ? Storage::Text : Storage::String;
    case ValueType::Number: return Storage::Number;
    case ValueType::Boolean: return Storage::Boolean;
    case ValueType::Date: return Storage::Date;
    case ValueType::Buffer: return Storage::Buffer;
    case ValueType::Array: return Storage::List;
    case ValueType::GeoPoint:
    case ValueType::Model: return Storage::Embedded;
    case ValueType::Object:
    case ValueType::Any:
        if (equalsLower(property.typeName, "datestring"))
            return Storage::DateString;
        if (equalsLower(property.typeName, "text"))
            return Storage::Text;
        return Storage::Structured;
    }
    return Storage::Structured;
}

Json parseJson(std::string_view text, const Property& property) {
    if (std::optional<Json> plain = parsePlainJson(text))
        return std::move(*plain);
    if (const auto at = json::nestedTooDeeply(text)) {
        //: %1 is a column, %2 says what is wrong, %3:%4 where in the column's text.
        throw DecodeFailure(say(Store::tr("column \"%1\": %2 at %3:%4"), property.column,
                                json::nestedTooDeeplyMessage(), at->line, at->column));
    }
    return Json::parse(text.begin(), text.end(), nullptr, false);
}

// JSON text from the column: the connector parses once; for the twice-encoded
// kinds the juggler parses the string it got again. A column written by other
// tools may hold either form, so a string that parses is parsed. Text that is
// no JSON at all comes back as it is (the connector would fail the query).
Json decodeJsonText(std::string_view text, bool again, const Property& property) {
    Json value = parseJson(text, property);
    if (value.is_discarded())
        return std::string(text);
    if (again && value.is_string()) {
        Json inner = parseJson(value.get_ref<const std::string&>(), property);
        if (!inner.is_discarded())
            return inner;
    }
    return value;
}

// JavaScript's unary plus on a string: blank is 0, anything not numeric is NaN (null).
Json numberFromText(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.empty())
        return 0;
    if (text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        return nullptr;
    return numberJson(value);
}

std::string shortText(const Json& value)
{
    std::string text = jsStringify(value);
    if (text.size() > 40) {
        // Cut between characters: UTF-8's continuation bytes are 10xxxxxx.
        std::size_t cut = 37;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80)
            --cut;
        text = text.substr(0, cut) + "...";
    }
    return text;
}

// The juggler's coercion of a JSON value to a property type, giving what the
// instance's toJSON() prints; anything LoopBack would silently turn into NaN,
// an Invalid Date or "[object Object]" is refused with a reason instead.
class Coercion {
public:
    explicit Coercion(const schema::Schema* schema) : m_schema(schema) {}

    std::string error() const { return m_path.empty() ? m_error : m_path + ": " + m_error; }

    std::optional<double> number(const Json& value)
    {
        if (value.is_number())
            return value.get<double>();
        if (value.is_string()) {
            const Json parsed = numberFromText(value.get_ref<const std::string&>());
            if (!parsed.is_null() && !value.get_ref<const std::string&>().empty())
                return parsed.get<double>();
        }
        return fail(Store::tr("expected a number, got %1"), value);
    }

    std::optional<bool> boolean(const Json& value)
    {
        if (value.is_boolean())
            return value.get<bool>();
        if (value.is_number() && (value == 0 || value == 1))
            return value == 1;
        if (value == "true" || value == "1")
            return true;
        if (value == "false" || value == "0")
            return false;
        return fail(Store::tr("expected a boolean, got %1"), value);
    }

    std::optional<std::int64_t> date(const Json& value)
    {
        if (value.is_number()) {
            const double ms = std::trunc(value.get<double>());
            if (isoDate(static_cast<std::int64_t>(ms)))
                return static_cast<std::int64_t>(ms);
        } else if (value.is_string()) {
            if (const auto ms = parseDate(value.get_ref<const std::string&>()))
                return ms;
        }
        return fail(Store::tr("expected a date (ISO 8601 text or milliseconds), got %1"), value);
    }

    std::optional<std::string> string(const Json& value)
    {
        if (value.is_string())
            return value.get<std::string>();
        if (value.is_number() || value.is_boolean())
            return jsStringify(value);
        return fail(Store::tr("expected a string, got %1"), value);
    }

    // What toJSON() prints for a value of the type; Date as ISO text.
    std::optional<Json> typed(ValueType type, ValueType itemType, const std::string& modelType,
                              const Json& value)
    {
        if (value.is_null())
            return Json(nullptr);
        switch (type) {
        case ValueType::String: return wrap(string(value));
        case ValueType::Number: return wrap(number(value), numberJson);
        case ValueType::Boolean: return wrap(boolean(value));
        case ValueType::Date:
            return wrap(date(value), [](std::int64_t ms) { return Json(*isoDate(ms)); });
        case ValueType::GeoPoint: return geoPoint(value);
        case ValueType::Model: return embedded(modelType, value);
        case ValueType::Array: return list(itemType, modelType, value);
        case ValueType::Buffer: return buffer(value);
        case ValueType::Object:
            if (value.is_object() || value.is_array())
                return value;
            return fail(Store::tr("expected an object, got %1"), value);
        case ValueType::Any: return value;
        }
        return value;
    }

    std::optional<Json> property(const Property& property, const Json& value)
    {
        return typed(property.type, property.itemType, property.modelType, value);
    }

    std::optional<Json> list(ValueType itemType, const std::string& modelType, const Json& value)
    {
        if (!value.is_array())
            return fail(Store::tr("expected an array, got %1"), value);
        Json items = Json::array();
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto item = typed(itemType, ValueType::Any, modelType, value[i]);
            if (!item)
                return prefixed("[" + std::to_string(i) + "]");
            items.push_back(std::move(*item));
        }
        return items;
    }

    std::optional<Json> geoPoint(const Json& value)
    {
        Json lat;
        Json lng;
        if (value.is_object() && value.contains("lat") && value.contains("lng")) {
            lat = value["lat"];
            lng = value["lng"];
        } else if (value.is_array() && value.size() == 2) {
            lat = value[0];
            lng = value[1];
        } else if (value.is_string()) {
            const std::string& text = value.get_ref<const std::string&>();
            const std::size_t comma = text.find(',');
            if (comma != std::string::npos) {
                lat = text.substr(0, comma);
                lng = text.substr(comma + 1);
            }
        }
        // NaN stands for a missing or non-numeric coordinate and fails both range checks.
        const double latitude = lat.is_null() ? std::nan("") : number(lat).value_or(std::nan(""));
        const double longitude = lng.is_null() ? std::nan("") : number(lng).value_or(std::nan(""));
        if (!(std::abs(latitude) <= 90) || !(std::abs(longitude) <= 180))
            return fail(Store::tr("expected a GeoPoint {\"lat\": -90..90, \"lng\": -180..180}, got %1"), value);
        Json point = Json::object();
        point["lat"] = numberJson(latitude);
        point["lng"] = numberJson(longitude);
        return point;
    }

    // The embedded model's properties first, in its order, then unknown keys
    // (LoopBack models are not strict unless they say so).
    std::optional<Json> embedded(const std::string& modelType, const Json& value)
    {
        if (!value.is_object())
            return modelType.empty() ? fail(Store::tr("expected an object, got %1"), value)
                                     : fail(Store::tr("expected an object (%2), got %1"), value, modelType);
        const schema::Model* model = m_schema ? m_schema->model(modelType) : nullptr;
        if (!model)
            return value;
        Json object = Json::object();
        for (const Property& property : model->properties) {
            const auto found = value.find(property.name);
            if (found == value.end())
                continue;
            auto typedValue = this->property(property, *found);
            if (!typedValue)
                return prefixed(property.name);
            object[property.name] = std::move(*typedValue);
        }
        for (const auto& [key, item] : value.items()) {
            if (!object.contains(key))
                object[key] = item;
        }
        return object;
    }

    std::optional<Json> buffer(const Json& value)
    {
        if (value.is_object() && value.value("type", "") == "Buffer")
            return value;
        Json bytes = Json::array();
        if (value.is_string()) {
            for (const char c : value.get_ref<const std::string&>())
                bytes.push_back(static_cast<unsigned char>(c));
        } else if (value.is_array()) {
            bytes = value;
        } else {
            return fail(Store::tr("expected a string or an array of bytes, got %1"), value);
        }
        return Json{{"type", "Buffer"}, {"data", std::move(bytes)}};
    }

private:
    // `sentence` has the value found as %1 and `detail` as %2.
    std::nullopt_t fail(const QString& sentence, const Json& value, const std::string& detail = {})
    {
        m_error = detail.empty() ? say(sentence, shortText(value)) : say(sentence, shortText(value), detail);
        return std::nullopt;
    }
    // Builds the path inside the value while the failure unwinds: `addresses[1].city`.
    std::nullopt_t prefixed(const std::string& step)
    {
        const bool join = !m_path.empty() && m_path.front() != '[';
        m_path = step + (join ? "." : "") + m_path;
        return std::nullopt;
    }
    template<typename T>
    std::optional<Json> wrap(const std::optional<T>& value)
    {
        if (!value)
            return std::nullopt;
        return Json(*value);
    }
    template<typename T, typename F>
    std::optional<Json> wrap(const std::optional<T>& value, F convert)
    {
        if (!value)
            return std::nullopt;
        return convert(*value);
    }

    const schema::Schema* m_schema;
    std::string m_error;
    std::string m_path;
};

// The juggler builds an embedded model's value into an instance
// (ModelBaseClass._initProperties): a value of the model's type that is an
// array becomes an object of its items; a list of the model becomes a List,
// whose items that are no object or array become objects (the model's
// constructor on them). A list that is 0 or false reads as []; one that is
// text or any other value fails the read as List does.
Json instanceValue(const Property& property, Json value)
{
    if (property.type == ValueType::Model)
        return value.is_array() ? jsObjectAssign(value) : value;
    if (property.type != ValueType::Array || property.itemType != ValueType::Model || value.is_null())
        return value;
    if (value.is_string())
        throw DecodeFailure("could not create List from JSON string: " + jsStringify(value), true);
    if (!value.is_array() && json::truthy(value))
        throw DecodeFailure("Items must be an array: " + jsStringify(value), true);
    if (!value.is_array())
        return Json::array();
    for (Json& item : value) {
        if (!item.is_structured())
            item = jsObjectAssign(item);
    }
    return value;
}

} // namespace

namespace {

// numberJson() handed to a sink: NaN and infinities are null, whole numbers integers.
void decodedNumber(DecodeSink& sink, double value)
{
    if (std::isnan(value) || std::isinf(value))
        sink.null();
    else if (const std::optional<std::int64_t> whole = wholeNumber(value))
        sink.integer(*whole);
    else
        sink.real(value);
}

void decodedDate(DecodeSink& sink, double ms)
{
    if (std::isnan(ms) || std::isinf(ms)) {
        sink.null();
        return;
    }
    char iso[isoDateSize];
    if (const std::size_t size = writeIsoDate(static_cast<std::int64_t>(std::trunc(ms)), iso))
        sink.text({iso, size});
    else
        sink.null();
}

// Builds the Json decode() returns.
class JsonDecodeSink final : public DecodeSink {
public:
    void null() override { m_value = nullptr; }
    void integer(std::int64_t value) override { m_value = value; }
    void real(double value) override { m_value = value; }
    void boolean(bool value) override { m_value = value; }
    void text(std::string_view value) override { m_value = std::string(value); }
    void json(Json&& value) override { m_value = std::move(value); }
    Json take() { return std::move(m_value); }

private:
    Json m_value;
};

} // namespace

void decode(const Property& property, const Cell& cell, DecodeSink& sink)
{
    using Kind = Cell::Kind;
    if (cell.kind == Kind::Null) {
        sink.null();
        return;
    }
    const bool isText = cell.kind == Kind::Text || cell.kind == Kind::Blob;
    switch (storageOf(property)) {
    case Storage::String:
        if (cell.kind == Kind::Integer)
            sink.text(std::to_string(cell.integer));
        else if (cell.kind == Kind::Real)
            sink.text(jsNumber(cell.real));
        else
            sink.text(cell.text);
        return;
    case Storage::Number:
        if (cell.kind == Kind::Integer)
            sink.integer(cell.integer);
        else if (cell.kind == Kind::Real)
            decodedNumber(sink, cell.real);
        else
            sink.json(numberFromText(cell.text));
        return;
    case Storage::Boolean:
        if (isText)
            sink.boolean(cell.text == "1" || cell.text == "Y" || cell.text == "y" || cell.text == "T"
                         || cell.text == "t");
        else
            sink.boolean(cell.kind == Kind::Integer ? cell.integer == 1 : cell.real == 1.0);
        return;
    case Storage::Date:
        if (cell.kind == Kind::Integer)
            decodedDate(sink, double(cell.integer));
        else if (cell.kind == Kind::Real)
            decodedDate(sink, cell.real);
        else if (const auto ms = parseDate(cell.text))
            sink.text(*isoDate(*ms));
        else
            sink.null();
        return;
    case Storage::Text:
        if (cell.kind == Kind::Integer)
            sink.integer(cell.integer);
        else if (cell.kind == Kind::Real)
            decodedNumber(sink, cell.real);
        else
            sink.json(decodeJsonText(cell.text, false, property));
        return;
    case Storage::Structured:
    case Storage::List:
    case Storage::Embedded:
    case Storage::Buffer:
    case Storage::DateString:
        if (isText) {
            sink.json(instanceValue(property, decodeJsonText(cell.text, true, property)));
        } else if (property.type == ValueType::Array) {
            sink.json(instanceValue(property, cell.kind == Kind::Integer ? Json(cell.integer) : numberJson(cell.real)));
        } else if (cell.kind == Kind::Integer) {
            sink.integer(cell.integer);
        } else {
            decodedNumber(sink, cell.real);
        }
        return;
    }
    sink.null();
}

Json decode(const Property& property, const Cell& cell)
{
    JsonDecodeSink sink;
    decode(property, cell, sink);
    return sink.take();
}

Json decode(const Property& property, const QVariant& value)
{
    if (value.isNull())
        return decode(property, Cell::null());
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return decode(property, Cell::fromInteger(value.toLongLong()));
    case QMetaType::Double:
        return decode(property, Cell::fromReal(value.toDouble()));
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return decode(property, Cell{Cell::Kind::Blob, 0, 0, {bytes.constData(), std::size_t(bytes.size())}});
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return decode(property, Cell::fromText({utf8.constData(), std::size_t(utf8.size())}));
    }
    }
}

Encoded encode(const Property& property, const Json& value, const schema::Schema* schema)
{
    const Storage storage = storageOf(property);
    if (value.is_null()) {
        // The juggler stringifies a null Object/any before the connector sees it.
        if (storage == Storage::Structured)
            return {QStringLiteral("\"null\""), {}};
        return {QVariant(), {}};
    }
    Coercion coercion(schema);
    auto failed = [&] { return Encoded{QVariant(), coercion.error()}; };
    auto twice = [](const Json& json) {
        return QString::fromStdString(jsStringify(Json(jsStringify(json))));
    };
    switch (storage) {
    case Storage::Number: {
        const auto number = coercion.number(value);
        if (!number)
            return failed();
        if (property.id && *number != std::trunc(*number))
            return {QVariant(), say(Store::tr("expected a whole number for an id, got %1"), shortText(value))};
        const Json json = numberJson(*number);
        if (json.is_number_integer())
            return {QVariant(qint64(json.get<std::int64_t>())), {}};
        return {QVariant(*number), {}};
    }
    case Storage::Boolean: {
        const auto flag = coercion.boolean(value);
        return flag ? Encoded{QVariant(qint64(*flag ? 1 : 0)), {}} : failed();
    }
    case Storage::Date: {
        const auto ms = coercion.date(value);
        return ms ? Encoded{QVariant(qint64(*ms)), {}} : failed();
    }
    case Storage::String: {
        const auto text = coercion.string(value);
        return text ? Encoded{QString::fromStdString(*text), {}} : failed();
    }
    case Storage::Text: {
        const auto text = coercion.string(value);
        return text ? Encoded{QString::fromStdString(jsStringify(Json(*text))), {}} : failed();
    }
    case Storage::DateString: {
        const auto text = coercion.string(value);
        return text ? Encoded{twice(Json{{"when", *text}}), {}} : failed();
    }
    case Storage::Structured:
    case Storage::List:
    case Storage::Embedded:
    case Storage::Buffer: {
        const auto json = coercion.property(property, value);
        if (!json)
            return failed();
        // _forDB stringifies Object/any and every array value; the connector then stringifies all.
        if (storage == Storage::Embedded && !json->is_array())
            return {QString::fromStdString(jsStringify(*json)), {}};
        if (storage == Storage::Buffer)
            return {QString::fromStdString(jsStringify(*json)), {}};
        return {twice(*json), {}};
    }
    }
    return {QVariant(), say(Store::tr("unsupported type"))};
}

} // namespace relata::store
