#include "query/filter_normalize.h"

#include "query/js_value.h"
#include "query/query_error.h"
#include "schema/schema.h"
#include "store/js_values.h"

#include <algorithm>
#include <cstdlib>

namespace relata::query {

namespace {

enum class Conversion { None, Number, Boolean, Date, String, Identity, Nested };

struct Target {
    Conversion conversion = Conversion::None;
    const schema::Model* nested = nullptr; // for Nested
    bool nestedArray = false;
};

Target targetOf(const schema::Property& property, const schema::Schema& schema)
{
    using schema::ValueType;
    ValueType type = property.type;
    Target target;
    if (type == ValueType::Array) {
        type = property.itemType;
        target.nestedArray = true;
    }
    switch (type) {
    case ValueType::Number: target.conversion = Conversion::Number; break;
    case ValueType::Boolean: target.conversion = Conversion::Boolean; break;
    case ValueType::Date: target.conversion = Conversion::Date; break;
    case ValueType::String: target.conversion = Conversion::String; break;
    case ValueType::GeoPoint: target.conversion = Conversion::None; break;
    case ValueType::Model:
        target.nested = schema.model(property.modelType);
        target.conversion = target.nested ? Conversion::Nested : Conversion::Identity;
        break;
    default: target.conversion = Conversion::Identity; break;
    }
    return target;
}

// coerceArray: an array, or an object with the keys "0".."n-1".
std::optional<Json> asArray(const Json& value, std::string* whyNot)
{
    if (value.is_array())
        return value;
    if (!value.is_object()) {
        if (whyNot)
            *whyNot = "Value is not an array or object with sequential numeric indices";
        return std::nullopt;
    }
    if (value.empty()) {
        if (whyNot)
            *whyNot = "Value is an empty object";
        return std::nullopt;
    }
    Json array = Json::array();
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto it = value.find(std::to_string(i));
        if (it == value.end()) {
            if (whyNot)
                *whyNot = "Value is not an array or object with sequential numeric indices";
            return std::nullopt;
        }
        array.push_back(*it);
    }
    return array;
}

Json convert(const Json& value, Conversion conversion)
{
    switch (conversion) {
    case Conversion::Number: {
        const std::optional<double> number = js::toNumber(value);
        return number ? store::numberJson(*number) : value;
    }
    case Conversion::Boolean:
        if (value.is_string()) {
            const std::string& text = value.get_ref<const std::string&>();
            if (text == "true" || text == "1")
                return true;
            if (text == "false" || text == "0")
                return false;
        }
        return value.is_null() ? Json() : Json(js::truthy(value));
    case Conversion::Date: {
        const std::optional<double> ms = js::dateValue(value);
        if (!ms)
            failPlain("Invalid date: " + js::toString(value));
        return store::numberJson(*ms);
    }
    case Conversion::String:
        return js::toString(value);
    default:
        return value;
    }
}

// utils.toRegExp: "^a" -> /^a/, "/^a/i" -> /^a/i; flags other than i, g, m are an error.
Json toRegExp(const Json& value)
{
    if (isRegExp(value))
        return value;
    if (!value.is_string()) {
        failBadRequest("Invalid argument, must be a string, regex literal, or RegExp object");
    }
    const std::string text = value.get<std::string>();
    const std::size_t lastSlash = text.rfind('/');
    // hasRegExpFlags tests /.*\/.+$/: some slash with a character after it on
    // the last line, not necessarily the last slash ("a/b/" has flags "").
    const std::size_t lineStart = text.find_last_of("\n\r") == std::string::npos ? 0 : text.find_last_of("\n\r") + 1;
    const std::size_t slashOnLastLine = text.find('/', lineStart);
    const bool hasFlags = slashOnLastLine != std::string::npos && slashOnLastLine + 1 < text.size();
    if (!hasFlags)
        return makeRegExp(text, "");
    const std::string flags = text.substr(lastSlash + 1);
    std::string invalid;
    for (char flag : flags) {
        if (flag != 'i' && flag != 'g' && flag != 'm')
            invalid += invalid.empty() ? std::string(1, flag) : std::string(",") + flag;
    }
    if (!invalid.empty())
        failBadRequest("Invalid regex flags: " + invalid);
    const std::string source = lastSlash >= 1 ? text.substr(1, lastSlash - 1) : std::string();
    // new RegExp(source, flags) throws a SyntaxError for a pattern JavaScript rejects.
    if (const store::JsRegExp regexp = store::jsRegExp(source, flags); !regexp.valid())
        fail(QueryError{"SyntaxError", regexp.error, std::nullopt, {}});
    return makeRegExp(source, flags);
}

std::string invalidClause(const std::string& property, const Json& clause, const std::string& why)
{
    return "The " + property + " property has invalid clause " + store::jsStringify(clause) + ": " + why;
}

// The operand of the first operator found, checked as the juggler checks it.
Json operand(const std::string& property, const Json& condition, const std::string& op)
{
    const Json& value = condition[op];
    if (op == "inq" || op == "nin" || op == "between") {
        std::string why;
        std::optional<Json> array = asArray(value, &why);
        if (!array)
            failBadRequest(invalidClause(property, condition, "Error: " + why));
        if (op == "between" && array->size() != 2)
            failBadRequest(invalidClause(property, condition, "Expected precisely 2 values, received "
                                                                  + std::to_string(array->size())));
        return std::move(*array);
    }
    if (op == "like" || op == "nlike" || op == "ilike" || op == "nilike") {
        if (!value.is_string() && !isRegExp(value))
            failBadRequest(invalidClause(property, condition, "Expected a string or RegExp"));
        return value;
    }
    if (op == "regexp")
        return toRegExp(value);
    return value;
}

void rejectExtendedOperators(const Json& value)
{
    if (!value.is_object())
        return;
    std::string names;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!it.key().empty() && it.key()[0] == '$')
            names += (names.empty() ? "" : ", ") + it.key();
    }
    if (!names.empty())
        failBadRequest("Operators \"" + names + "\" are not allowed in query", "OPERATOR_NOT_ALLOWED_IN_QUERY");
}

void coerceObject(Json& where, const schema::Model& model, const schema::Model& root, const schema::Schema& schema);

// One `{property: condition}` entry; returns false when the juggler leaves it as it was.
void coerceCondition(Json& slot, const std::string& key, const Target& target, const schema::Model& root,
                     const schema::Schema& schema)
{
    if (slot.is_null())
        return;
    // `slot` is only replaced at the end, so the expression is read in place.
    const Json& expression = slot;
    std::optional<Json> operandValue;
    std::string op;
    if (expression.is_object() && !isRegExp(expression)) {
        for (const std::string& candidate : whereOperators()) {
            if (expression.contains(candidate)) {
                op = candidate;
                operandValue = operand(key, expression, candidate);
                break;
            }
        }
    }
    Json value = operandValue ? std::move(*operandValue) : slot;
    if (!value.is_array()) {
        if (std::optional<Json> array = asArray(value, nullptr))
            value = std::move(*array);
    }

    if (value.is_array() && target.conversion != Conversion::Nested) {
        for (Json& item : value) {
            // An integer that a double holds exactly is what Number() makes of it.
            constexpr std::int64_t exact = std::int64_t(1) << 53;
            if (target.conversion == Conversion::Number && item.is_number_integer() && !item.is_number_unsigned()
                && std::abs(item.get<std::int64_t>()) < exact)
                continue;
            if (!item.is_null() && !isRegExp(item))
                item = convert(item, target.conversion);
        }
    } else if (!value.is_null()) {
        if (op.empty() && isRegExp(value)) {
            op = "regexp";
        } else if (!isRegExp(value)) {
            rejectExtendedOperators(value);
            if (target.conversion == Conversion::Nested) {
                if (target.nestedArray && value.is_array()) {
                    for (Json& item : value)
                        coerceObject(item, *target.nested, root, schema);
                } else {
                    coerceObject(value, *target.nested, root, schema);
                }
                slot = std::move(value);
                return;
            }
            value = convert(value, target.conversion);
        }
    }
    if (!op.empty() && op != "eq") {
        Json rebuilt = Json::object();
        rebuilt[op] = std::move(value);
        if (auto options = expression.find("options"); options != expression.end() && js::truthy(*options))
            rebuilt["options"] = *options;
        value = std::move(rebuilt);
    }
    slot = std::move(value);
}

void coerceObject(Json& where, const schema::Model& model, const schema::Model& root, const schema::Schema& schema)
{
    if (where.is_null())
        return;
    if (!where.is_object())
        failBadRequest("The where clause " + store::jsStringify(where) + " is not an object");
    for (auto it = where.begin(); it != where.end(); ++it) {
        const std::string& key = it.key();
        if (key == "and" || key == "or" || key == "nor") {
            std::string why;
            std::optional<Json> clauses = asArray(it.value(), &why);
            if (!clauses)
                failBadRequest("The " + key + " operator has invalid clauses " + store::jsStringify(it.value()) + ": "
                               + why);
            // Nested clauses are coerced against the queried model, as the juggler does.
            for (Json& clause : *clauses)
                coerceObject(clause, root, root, schema);
            it.value() = std::move(*clauses);
            continue;
        }
        const schema::Property* property = model.property(key);
        if (!property)
            continue;
        const Target target = targetOf(*property, schema);
        if (target.conversion == Conversion::None)
            continue;
        coerceCondition(it.value(), key, target, root, schema);
    }
}

} // namespace

void coerceWhere(Json& where, const schema::Model& model, const schema::Schema& schema)
{
    coerceObject(where, model, model, schema);
}

} // namespace relata::query
