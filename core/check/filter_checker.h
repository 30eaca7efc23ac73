#pragma once

#include "check/filter_check.h"

#include <string>
#include <vector>

namespace relata::schema {
struct Relation;
}

namespace relata::check {

// The state of one checkFilter() call; the where clause rules live in
// filter_where.cpp, the rest in filter_check.cpp.
class FilterChecker {
public:
    // Where a property name is used, which decides what a wrong one does.
    enum class PropertyUse { Order, Fields, Where };

    FilterChecker(const schema::Schema& schema, const AppFiles& appFiles)
        : m_schema(schema)
        , m_appFiles(appFiles) {}

    void checkFilter(const schema::Model* model, const Json& filter, const std::string& pointer,
                     FilterUse use, int depth);
    std::vector<FilterIssue> takeIssues() { return std::move(m_issues); }

private:
    void add(Severity severity, std::string code, std::string message, std::string pointer);
    bool tooDeep(int depth, const std::string& pointer);
    void checkPaging(const Json& filter, const std::string& pointer);
    void checkOrder(const schema::Model* model, const Json& order, const std::string& pointer);
    void checkFields(const schema::Model* model, const Json& fields, const std::string& pointer);
    void checkInclude(const schema::Model* model, const Json& include, const std::string& pointer,
                      int depth);
    void checkIncludeObject(const schema::Model* model, const Json& include,
                            const std::string& pointer, int depth);
    // The relation `name` of `model`, reported when missing; null then.
    const schema::Relation* includedRelation(const schema::Model* model, const std::string& name,
                                             const std::string& pointer);
    const schema::Model* targetOf(const schema::Relation& relation) const;
    void checkPropertyName(const schema::Model* model, const std::string& name,
                           const std::string& pointer, PropertyUse use);

    // filter_where.cpp
    void checkWhere(const schema::Model* model, const Json& where, const std::string& pointer,
                    int depth);
    void checkClauses(const schema::Model* model, const std::string& op, const Json& clauses,
                      const std::string& pointer, int depth);
    void checkCondition(const schema::Model* model, const std::string& property,
                        const Json& condition, const std::string& pointer);
    void checkOperand(const std::string& property, const std::string& op, const Json& operand,
                      const std::string& pointer);

    const schema::Schema& m_schema;
    const AppFiles& m_appFiles;
    std::vector<FilterIssue> m_issues;
};

} // namespace relata::check
