#include "query/embedded_instance.h"

#include "query/js_value.h"
#include "query/query_error.h"
#include "query/rows.h"
#include "schema/schema.h"
#include "store/js_values.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace relata::query {

using schema::Property;
using schema::ValueType;

namespace {

bool sameLetters(const std::string& text, std::string_view lower)
{
    return std::equal(text.begin(), text.end(), lower.begin(), lower.end(),
                      [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

// ModelBuilder makes a null or absent `strict` false; any other value drops
// the keys the model does not declare.
bool dropsUnknownKeys(const schema::Model& model)
{
    const auto strict = model.settings.find("strict");
    return strict != model.settings.end() && !strict->is_null() && *strict != false;
}

// The juggler's DateType: `new Date(value)`, printed by toJSON (null when invalid).
Json dateJson(const Json& value)
{
    const std::optional<double> ms = js::dateValue(value);
    if (!ms)
        return nullptr;
    const std::optional<std::string> iso = store::isoDate(static_cast<std::int64_t>(*ms));
    return iso ? Json(*iso) : Json(nullptr);
}

Json numberOf(const Json& value)
{
    const std::optional<double> number = js::toNumber(value);
    return number ? store::numberJson(*number) : Json(nullptr);
}

// The juggler's Boolean type: "true"/"1" and "false"/"0" by name, anything else by truthiness.
Json booleanOf(const Json& value)
{
    if (value == "true" || value == "1")
        return true;
    if (value == "false" || value == "0")
        return false;
    return js::truthy(value);
}

// _initProperties on a type that is no base type (Object, any, JSON, …): a
// truthy value that is no object is JSON.parse'd from its text, or kept as text.
Json complexValue(const Json& value)
{
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
        return value;
    if (std::optional<Json> parsed = js::parse(value.get_ref<const std::string&>()))
        return std::move(*parsed);
    return value;
}

class Builder {
public:
    explicit Builder(const schema::Schema& schema) : m_schema(schema) {}

    Json instance(const schema::Model& model, Json data)
    {
        if (isInstance(model, data))
            return data;
        Json source = data.is_object() ? std::move(data) : store::jsObjectAssign(data);
        const Settings& settings = settingsOf(model);
        Json object = Json::object();
        for (const Property& property : model.properties) {
            const auto found = source.find(property.name);
            if (found != source.end())
                object[property.name] = set(property, std::move(*found));
            else if (const Json* fallback = defaultOf(property))
                object[property.name] = *fallback;
            else if (settings.undefinedAsNull)
                object[property.name] = nullptr;
        }
        if (!settings.dropsUnknownKeys) {
            for (auto it = source.begin(); it != source.end(); ++it) {
                if (!model.property(it.key()))
                    object[it.key()] = std::move(it.value());
            }
        }
        store::jsKeyOrder(object);
        return object;
    }

private:
    // Whether `data` is already what instance() makes of it, as a column
    // written through LoopBack holds it: an object whose keys come in the
    // model's order, each value of its property's type, no default missing,
    // no key dropped or moved. A row's values are then kept as they are.
    bool isInstance(const schema::Model& model, const Json& data)
    {
        if (!data.is_object())
            return false;
        const Settings& settings = settingsOf(model);
        auto key = data.begin();
        for (const Property& property : model.properties) {
            if (key != data.end() && key.key() == property.name) {
                if (store::arrayIndex(key.key()) || !keeps(property, *key))
                    return false;
                ++key;
            } else if (settings.undefinedAsNull || defaultOf(property) || data.contains(property.name)) {
                return false;
            }
        }
        for (; key != data.end(); ++key) {
            if (settings.dropsUnknownKeys || store::arrayIndex(key.key()) || model.property(key.key()))
                return false;
        }
        return true;
    }

    // Whether set() gives back `value` as it is; false where unsure.
    bool keeps(const Property& property, const Json& value)
    {
        if (value.is_null())
            return true;
        switch (property.type) {
        case ValueType::Array:
            return value.is_array() && std::ranges::all_of(value, [&](const Json& item) {
                       return item.is_array() || keepsItem(property, item);
                   });
        case ValueType::Model: {
            const schema::Model* model = m_schema.model(property.modelType);
            return model ? isInstance(*model, value) : !value.is_string();
        }
        case ValueType::String: return value.is_string() || !sameLetters(property.typeName, "string");
        case ValueType::Number: return value.is_number_integer();
        case ValueType::Boolean: return value.is_boolean();
        case ValueType::Date: return false;
        case ValueType::Object: return sameLetters(property.typeName, "object") || !value.is_string();
        case ValueType::Any: return !value.is_string();
        case ValueType::GeoPoint:
        case ValueType::Buffer: return true;
        }
        return false;
    }

    // Whether listItem() gives back `item` as it is; false where unsure.
    bool keepsItem(const Property& property, const Json& item)
    {
        switch (property.itemType) {
        case ValueType::Model: {
            const schema::Model* model = m_schema.model(property.modelType);
            return !model || isInstance(*model, item);
        }
        case ValueType::Number: return item.is_number_integer();
        case ValueType::String: return item.is_string();
        case ValueType::Boolean: return item.is_boolean();
        case ValueType::Date: return false;
        case ValueType::Object: return !item.is_null();
        default: return true;
        }
    }

    // What the model's settings say about every instance, looked up once.
    struct Settings {
        bool undefinedAsNull = false;
        bool dropsUnknownKeys = false;
    };
    const Settings& settingsOf(const schema::Model& model)
    {
        auto [found, added] = m_settings.try_emplace(&model);
        if (added) {
            found->second.undefinedAsNull = js::truthy(model.settings.value("persistUndefinedAsNull", Json()));
            found->second.dropsUnknownKeys = dropsUnknownKeys(model);
        }
        return found->second;
    }

    // The property's `default`, set as it is (the juggler does not convert it);
    // `$now` and defaultFn give a new value on each read and are left out.
    static const Json* defaultOf(const Property& property)
    {
        const Json& definition = property.definition;
        if (!definition.is_object())
            return nullptr;
        const auto found = definition.find("default");
        if (found == definition.end() || definition.value("applyDefaultOnWrites", true) == false)
            return nullptr;
        if (property.type == ValueType::Date && *found == "$now")
            return nullptr;
        return &*found;
    }

    // The property's setter, then _initProperties' handling of complex types.
    Json set(const Property& property, Json value)
    {
        if (value.is_null())
            return nullptr;
        switch (property.type) {
        case ValueType::Array: return list(property, std::move(value));
        case ValueType::Model: {
            const schema::Model* model = m_schema.model(property.modelType);
            return model ? instance(*model, std::move(value)) : complexValue(value);
        }
        case ValueType::String:
            // Text and DateString keep the value as it is.
            if (value.is_string() || !sameLetters(property.typeName, "string"))
                return value;
            return js::toString(value);
        case ValueType::Number:
            if (value.is_number_integer())
                return value;
            return numberOf(value);
        case ValueType::Boolean: return booleanOf(value);
        case ValueType::Date: return dateJson(value);
        case ValueType::Object:
            // Object() keeps what it is given; JSON is no base type.
            return sameLetters(property.typeName, "object") ? value : complexValue(value);
        case ValueType::Any: return complexValue(value);
        case ValueType::GeoPoint:
        case ValueType::Buffer: return value;
        }
        return value;
    }

    // List(value, type): a string is JSON.parse'd, a falsy value is [], items
    // are made of the item type (arrays kept as they are).
    Json list(const Property& property, Json value)
    {
        Json items = std::move(value);
        if (items.is_string()) {
            std::optional<Json> parsed = js::parse(items.get_ref<const std::string&>());
            if (!parsed)
                failBadRequest("could not create List from JSON string: " + store::jsStringify(items));
            items = std::move(*parsed);
        }
        if (!js::truthy(items))
            return Json::array();
        if (!items.is_array())
            failBadRequest("Items must be an array: " + store::jsStringify(items));
        for (Json& item : items) {
            if (!item.is_array())
                item = listItem(property, std::move(item));
        }
        return items;
    }

    // List's toItem for an item that is no array.
    Json listItem(const Property& property, Json item)
    {
        switch (property.itemType) {
        case ValueType::Model: {
            const schema::Model* model = m_schema.model(property.modelType);
            return model ? instance(*model, std::move(item)) : item;
        }
        case ValueType::Number: return numberOf(item);
        case ValueType::String: return js::toString(item);
        case ValueType::Boolean: return js::truthy(item);
        case ValueType::Date: return item.is_null() ? Json(nullptr) : dateJson(item);
        case ValueType::Object: return item.is_null() ? Json::object() : item;
        default: return item;
        }
    }

    const schema::Schema& m_schema;
    std::unordered_map<const schema::Model*, Settings> m_settings;
};

const schema::Model* embeddedModel(const Property& property, const schema::Schema& schema)
{
    const bool embeds = property.type == ValueType::Model
                        || (property.type == ValueType::Array && property.itemType == ValueType::Model);
    return embeds && !property.modelType.empty() ? schema.model(property.modelType) : nullptr;
}

} // namespace

void makeEmbeddedInstances(RowTable& table, const schema::Schema& schema)
{
    const std::size_t width = table.columns.size();
    Builder builder(schema);
    for (std::size_t column = 0; column < width; ++column) {
        const Property& property = *table.columns[column];
        const schema::Model* model = embeddedModel(property, schema);
        if (!model)
            continue;
        for (std::size_t row = 0; row < table.rowCount; ++row) {
            const Datum& cell = table.cell(row, column);
            if (cell.kind != Datum::Kind::Value)
                continue;
            Json& value = table.values[cell.at];
            if (property.type == ValueType::Model) {
                if (value.is_object())
                    value = builder.instance(*model, std::move(value));
            } else if (value.is_array()) {
                for (Json& item : value) {
                    if (!item.is_array())
                        item = builder.instance(*model, std::move(item));
                }
            }
        }
    }
}

} // namespace relata::query
