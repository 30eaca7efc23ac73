// The where clause, as juggler's ModelUtils._coerce reads it: and/or take
// arrays, a condition object keeps only the first operator it knows (in a
// fixed order), and operands are checked for the chosen operator only.
#include "check/check_text.h"
#include "check/filter_checker.h"
#include "check/names.h"
#include "schema/schema.h"

#include <algorithm>

namespace relata::check {

namespace {

// juggler's operator table, in the order it looks for them.
const std::vector<std::string>& whereOperators() {
    static const std::vector<std::string> operators = {
        "eq",  "gt",  "gte",  "lt",    "lte",   "between", "inq",
        "nin", "neq", "like", "nlike", "ilike", "nilike",  "regexp",
    };
    return operators;
}

bool isOperator(const std::string& key) {
    const auto& operators = whereOperators();
    return std::find(operators.begin(), operators.end(), key) != operators.end();
}

// coerceArray: an array, or an object keyed "0".."n-1".
bool isArrayLike(const Json& value) {
    if (value.is_array())
        return true;
    if (!value.is_object() || value.empty())
        return false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value.contains(std::to_string(i)))
            return false;
    }
    return true;
}

// Values compared as a whole or searched by path, never through operators.
bool holdsStructure(const schema::Property& property) {
    using schema::ValueType;
    switch (property.type) {
    case ValueType::Object:
    case ValueType::Any:
    case ValueType::GeoPoint:
    case ValueType::Model:
        return true;
    case ValueType::Array:
        return !property.modelType.empty() || property.itemType == ValueType::Object ||
               property.itemType == ValueType::Any;
    default:
        return false;
    }
}

} // namespace

void FilterChecker::checkWhere(const schema::Model* model, const Json& where,
                               const std::string& pointer, int depth) {
    if (tooDeep(depth, pointer))
        return;
    if (!where.is_object()) {
        add(Severity::Error, "filter-where-invalid",
            say(Check::tr("The where clause %1 is not an object; LoopBack rejects the query. "
                          "Write {\"property\": value}."),
                shortJson(where)),
            pointer);
        return;
    }
    for (const auto& item : where.items()) {
        const std::string& key = item.key();
        const std::string at = pointerTo(pointer, key);
        if (key == "and" || key == "or") {
            checkClauses(model, key, item.value(), at, depth);
        } else if (key == "nor") {
            add(Severity::Error, "filter-where-nor",
                say(Check::tr("LoopBack does not implement `nor`: SQL connectors ignore the "
                              "condition (the memory connector matches nothing). Rewrite it with "
                              "`and` and neq/nin.")),
                at);
        } else {
            checkCondition(model, key, item.value(), at);
        }
    }
}

void FilterChecker::checkClauses(const schema::Model* model, const std::string& op,
                                 const Json& clauses, const std::string& pointer, int depth) {
    if (!isArrayLike(clauses)) {
        add(Severity::Error, "filter-where-clauses",
            //: %1 is `and` or `or`.
            say(Check::tr("The %1 operator has invalid clauses %2; LoopBack wants an array of "
                          "where objects and rejects the query."),
                op, shortJson(clauses)),
            pointer);
        return;
    }
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        const std::string index = std::to_string(i);
        const Json& clause = clauses.is_array() ? clauses[i] : clauses[index];
        checkWhere(model, clause, pointerTo(pointer, index), depth + 1);
    }
}

void FilterChecker::checkCondition(const schema::Model* model, const std::string& property,
                                   const Json& condition, const std::string& pointer) {
    if (!model)
        return;
    const schema::Property* declared = model->property(property);
    if (!declared) {
        const auto dot = property.find('.');
        if (dot == std::string::npos || !model->property(property.substr(0, dot)))
            checkPropertyName(model, property.substr(0, dot), pointer, PropertyUse::Where);
        return; // a path into a declared property is the connector's business
    }
    if (holdsStructure(*declared) || !condition.is_object())
        return;
    std::vector<std::string> used;
    for (const auto& item : condition.items()) {
        const std::string& key = item.key();
        const std::string at = pointerTo(pointer, key);
        if (isOperator(key)) {
            used.push_back(key);
        } else if (!key.empty() && key[0] == '$') {
            add(Severity::Error, "filter-extended-operator",
                say(Check::tr("Operators \"%1\" are not allowed in query: LoopBack rejects "
                              "MongoDB-style operators unless allowExtendedOperators is set. Use "
                              "%2 without `$`."),
                    key, ticked(key.substr(1))),
                at);
        } else if (key != "options") {
            add(Severity::Error, "filter-where-operator",
                say(Check::tr("%1 is not a where operator, so LoopBack compares %2 with the "
                              "whole object and the condition goes wrong."),
                    ticked(key), ticked(property)) +
                    didYouMean(key, whereOperators()) + " " +
                    say(Check::tr("Operators: eq, neq, gt, gte, lt, lte, between, inq, nin, like, "
                                  "nlike, ilike, nilike, regexp.")),
                at);
        }
    }
    if (used.empty())
        return;
    const auto first = std::min_element(used.begin(), used.end(), [](const auto& a, const auto& b) {
        const auto& operators = whereOperators();
        return std::find(operators.begin(), operators.end(), a) <
               std::find(operators.begin(), operators.end(), b);
    });
    if (used.size() > 1) {
        add(Severity::Warning, "filter-where-multiple-operators",
            say(Check::tr("LoopBack applies only %1 of the %2 operators on %3; combine "
                          "conditions with {\"and\": [{…}, {…}]}."),
                ticked(*first), used.size(), ticked(property)),
            pointer);
    }
    checkOperand(property, *first, condition[*first], pointerTo(pointer, *first));
}

void FilterChecker::checkOperand(const std::string& property, const std::string& op,
                                 const Json& operand, const std::string& pointer) {
    // Each sentence starts with LoopBack's own words: %1 the property, %2 the clause.
    const std::string clause = "{\"" + op + "\": " + shortJson(operand) + "}";
    if (op == "inq" || op == "nin" || op == "between") {
        if (!isArrayLike(operand)) {
            add(Severity::Error, "filter-where-operand",
                say(Check::tr("The %1 property has invalid clause %2: %3 wants an array, and "
                              "LoopBack rejects the query."),
                    property, clause, ticked(op)),
                pointer);
        } else if (op == "between" && operand.size() != 2) {
            add(Severity::Error, "filter-where-operand",
                say(Check::tr("The %1 property has invalid clause %2: `between` wants exactly 2 "
                              "values, and LoopBack rejects the query."),
                    property, clause),
                pointer);
        }
    } else if (op == "like" || op == "nlike" || op == "ilike" || op == "nilike") {
        if (!operand.is_string()) {
            add(Severity::Error, "filter-where-operand",
                say(Check::tr("The %1 property has invalid clause %2: %3 wants a string pattern, "
                              "and LoopBack rejects the query."),
                    property, clause, ticked(op)),
                pointer);
        }
    } else if (op == "regexp") {
        if (!operand.is_string()) {
            add(Severity::Error, "filter-where-operand",
                say(Check::tr("The %1 property has invalid clause %2: `regexp` wants a string "
                              "such as \"^a\" or \"/^a/i\"."),
                    property, clause),
                pointer);
            return;
        }
        // juggler reads everything after the last '/' as flags when there is any.
        const std::string& text = operand.get_ref<const std::string&>();
        const auto slash = text.rfind('/');
        if (slash == std::string::npos || slash + 1 == text.size())
            return;
        const std::string flags = text.substr(slash + 1);
        if (flags.find_first_not_of("igm") != std::string::npos) {
            add(Severity::Error, "filter-where-operand",
                say(Check::tr("The %1 property has invalid clause %2: invalid regex flags %3 "
                              "(LoopBack allows i, g and m after the last `/`)."),
                    property, clause, ticked(flags)),
                pointer);
        }
    }
}

} // namespace relata::check
