#include "query/filter_lint.h"

#include "json/message_text.h"

#include "query/filter_normalize.h"
#include "query/include_spec.h"
#include "query/js_value.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace relata::query {

namespace {

// Relata's own lint warnings translate in this context (LoopBack's query
// errors that the engine reproduces stay as LoopBack writes them).
struct Lint {
    Q_DECLARE_TR_FUNCTIONS(relata::query)
};

std::string child(const std::string& pointer, const std::string& key)
{
    return pointer + "/" + json::escapePointerToken(key);
}

class Linter {
public:
    Linter(const schema::Schema& schema, std::vector<LintWarning>& warnings) : m_schema(schema), m_warnings(warnings) {}

    void where(const Json& where, const schema::Model& model, const std::string& pointer)
    {
        if (!where.is_object())
            return;
        for (auto it = where.begin(); it != where.end(); ++it) {
            const std::string& key = it.key();
            const std::string at = child(pointer, key);
            if ((key == "and" || key == "or") && (it->is_array() || it->is_object())) {
                std::size_t index = 0;
                for (const Json& clause : *it)
                    this->where(clause, model, child(at, std::to_string(index++)));
                continue;
            }
            if (key == "nor")
                warn(at, say(Lint::tr("`nor` is not an operator LoopBack knows: SQL drops the condition")));
            else
                condition(model, key, *it, at);
        }
    }

    void order(const Json& order, const schema::Model& model, const std::string& pointer)
    {
        const Json entries = order.is_array() ? order : Json::array({order});
        std::size_t index = 0;
        for (const Json& entry : entries) {
            const std::string at = order.is_array() ? child(pointer, std::to_string(index++)) : pointer;
            if (!entry.is_string())
                continue;
            static const QRegularExpression separators(QStringLiteral("\\s*,\\s*"));
            for (const QString& token : QString::fromStdString(entry.get<std::string>()).split(separators)) {
                const std::string name = token.trimmed().section(u' ', 0, 0).toStdString();
                if (!name.empty() && !model.property(name))
                    warn(at, say(Lint::tr("`%1` is not a property of %2: sorting by it does nothing"), name,
                                 model.name));
            }
        }
    }

    // `inScope`: the include of a `{relation, scope}` entry, which IncludeScope
    // normalizes before Inclusion.include normalizes it again.
    void include(const Json& include, const schema::Model& model, const std::string& pointer, bool inScope = false)
    {
        if (include.is_object() && !include.contains("relation") && !include.contains("rel") && include.size() > 1)
            multipleKeys(include, model, pointer, inScope);
        if (include.is_array()) {
            std::size_t index = 0;
            for (const Json& entry : include)
                this->include(entry, model, child(pointer, std::to_string(index++)), inScope);
            return;
        }
        for (const IncludeItem& item : normalizeInclude(include.is_array() ? include : Json::array({include}))) {
            const schema::Relation* relation = model.relation(item.relation);
            const schema::Model* target = relation ? m_schema.model(relation->modelTo) : nullptr;
            if (!target)
                continue;
            if (item.scope) {
                this->filter(*item.scope, *target, child(pointer, "scope"));
                // The include as written, not as normalized for the engine.
                const Json* scope = include.is_object() && include.contains("scope") ? &include["scope"] : nullptr;
                if (scope && scope->is_object() && js::truthy(scope->value("include", Json())))
                    this->include((*scope)["include"], *target, child(child(pointer, "scope"), "include"), true);
            } else if (js::truthy(item.subInclude)) {
                this->include(item.subInclude, *target, child(pointer, item.relation));
            }
        }
    }

    // normalizeInclude pushes the whole object once per key and each entry is
    // read by its first key: that relation runs once per key, the others never.
    // Normalized twice (`inScope`), each of those entries is the object again:
    // N * N runs.
    void multipleKeys(const Json& include, const schema::Model& model, const std::string& pointer, bool inScope)
    {
        const std::string first = include.begin().key();
        std::string others;
        for (auto it = std::next(include.begin()); it != include.end(); ++it)
            others += (others.empty() ? "`" : ", `") + it.key() + "`";
        const std::vector<IncludeItem> items = normalizeInclude(include);
        const schema::Relation* relation = model.relation(first);
        if (relation && !items.empty() && includeRepeats(*relation, items.front().subInclude))
            warn(pointer, say(Lint::tr("LoopBack includes `%1` %2 times for this object, so each of its results "
                                       "appears %2 times, and leaves out %3; list the relations in an array"),
                              first, int(inScope ? include.size() * include.size() : include.size()), others));
        else
            warn(pointer, say(Lint::tr("LoopBack includes only the first key of this object, `%1`, and leaves out "
                                       "%2; list the relations in an array"),
                              first, others));
    }

    void filter(const Json& filter, const schema::Model& model, const std::string& pointer)
    {
        if (!filter.is_object())
            return;
        auto truthy = [&](const char* key) { return filter.contains(key) && js::truthy(filter[key]); };
        if ((truthy("skip") || truthy("offset")) && !truthy("limit"))
            warn(child(pointer, truthy("skip") ? "skip" : "offset"),
                 say(Lint::tr("skip without limit runs with limit 100")));
        if (filter.contains("where"))
            where(filter["where"], model, child(pointer, "where"));
        if (truthy("order"))
            order(filter["order"], model, child(pointer, "order"));
        if (truthy("include"))
            include(filter["include"], model, child(pointer, "include"));
    }

private:
    void condition(const schema::Model& model, const std::string& key, const Json& value, const std::string& at)
    {
        if (key.find('.') != std::string::npos) {
            warn(at, say(Lint::tr("`%1` is a path into an object: SQL cannot see inside it and drops the "
                                  "condition"),
                         key));
            return;
        }
        const schema::Property* property = model.property(key);
        if (!property) {
            warn(at, say(Lint::tr("`%1` is not a property of %2: SQL drops the condition"), key, model.name));
            return;
        }
        if (std::find(model.hidden.begin(), model.hidden.end(), key) != model.hidden.end())
            warn(at, say(Lint::tr("`%1` is hidden: LoopBack's REST API removes it from queries"), key));
        if (!value.is_object())
            return;
        std::vector<std::string> operators;
        for (const std::string& op : whereOperators()) {
            if (value.contains(op))
                operators.push_back(op);
        }
        if (operators.size() > 1)
            warn(at, say(Lint::tr("only `%1` applies: LoopBack keeps one operator per condition; use `and` or "
                                  "`between` for ranges"),
                         operators.front()));
        if (operators.empty())
            return;
        const std::string& op = operators.front();
        if (op == "ilike" || op == "nilike")
            warn(child(at, op), say(Lint::tr("the SQLite connector cannot run `%1` (LoopBack answers a SQL syntax "
                                             "error); Relata runs a case-insensitive LIKE"),
                                    op));
        else if (op == "regexp")
            warn(child(at, op), say(Lint::tr("the SQLite connector has no REGEXP function (LoopBack answers an error); "
                                             "Relata provides one")));
        else if ((op == "like" || op == "nlike") && property->type != schema::ValueType::String)
            warn(child(at, op), say(Lint::tr("`%1` on a %2 property matches nothing: the connector binds NULL"), op,
                                    property->typeName));
    }

    void warn(const std::string& pointer, std::string message) { m_warnings.push_back({pointer, std::move(message)}); }

    const schema::Schema& m_schema;
    std::vector<LintWarning>& m_warnings;
};

} // namespace

std::vector<LintWarning> lintFilter(const Json& filter, const schema::Model& model, const schema::Schema& schema)
{
    std::vector<LintWarning> warnings;
    Linter(schema, warnings).filter(filter, model, std::string());
    // A multi-key include object repeats its first relation; say things once.
    std::vector<LintWarning> unique;
    for (LintWarning& warning : warnings) {
        if (std::find(unique.begin(), unique.end(), warning) == unique.end())
            unique.push_back(std::move(warning));
    }
    return unique;
}

} // namespace relata::query
