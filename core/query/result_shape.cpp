#include "query/result_shape.h"

#include "query/js_value.h"
#include "schema/schema.h"
#include "store/js_values.h"

#include <algorithm>
#include <unordered_set>

namespace relata::query {

namespace {

void addListed(const Json& settings, const char* key, std::vector<std::string>& names)
{
    auto it = settings.find(key);
    if (it == settings.end())
        return;
    if (it->is_array()) {
        for (const Json& name : *it) {
            if (name.is_string())
                names.push_back(name.get<std::string>());
        }
    } else if (it->is_object()) {
        for (auto entry = it->begin(); entry != it->end(); ++entry) {
            if (js::truthy(entry.value()))
                names.push_back(entry.key());
        }
    }
}

} // namespace

// What each key of a model's instances is, for the toJSON walk.
struct Shaper::Role {
    bool hidden = false;
    bool isProtected = false;
    const schema::Model* embedded = nullptr;   // a property holding an embedded model (or a list of them)
    const schema::Relation* relation = nullptr; // an included relation
    const schema::Model* target = nullptr;      // its model, unless a polymorphic belongsTo names it per row
};

struct Shaper::Plan {
    using Key = Role;
    std::unordered_map<std::string, Key> keys;
};

Shaper::Shaper(const schema::Schema& schema) : m_schema(schema) {}

Shaper::~Shaper() = default;

const Shaper::Plan& Shaper::plan(const schema::Model& model)
{
    auto found = m_plans.find(&model);
    if (found != m_plans.end())
        return *found->second;
    auto plan = std::make_unique<Plan>();
    for (const schema::Relation& relation : model.relations) {
        Plan::Key& key = plan->keys[relation.name];
        key.relation = &relation;
        key.target = m_schema.model(relation.modelTo);
    }
    for (const schema::Property& property : model.properties) {
        Plan::Key& key = plan->keys[property.name];
        key.relation = nullptr; // a property of the same name wins, as in toObject()
        key.isProtected = property.isProtected;
        const bool embedded = property.type == schema::ValueType::Model
                              || (property.type == schema::ValueType::Array
                                  && property.itemType == schema::ValueType::Model);
        if (embedded)
            key.embedded = m_schema.model(property.modelType);
    }
    for (const std::string& name : model.hidden)
        plan->keys[name].hidden = true;
    std::vector<std::string> protectedNames;
    addListed(model.settings, "protectedProperties", protectedNames);
    addListed(model.settings, "protected", protectedNames);
    for (const std::string& name : protectedNames)
        plan->keys[name].isProtected = true;
    return *m_plans.emplace(&model, std::move(plan)).first->second;
}

void Shaper::shapeValue(Json& value, const schema::Model* model, bool embedded, ShapeOptions options)
{
    if (!model)
        return;
    auto one = [&](Json& item) {
        if (!item.is_object())
            return;
        if (embedded)
            orderAsModel(item, *model);
        shape(item, *model, options);
    };
    if (value.is_array()) {
        for (Json& item : value)
            one(item);
    } else {
        one(value);
    }
}

bool Shaper::embeddedShapedAlready(const Json& value, const schema::Model& model, ShapeOptions options)
{
    if (value.is_array()) {
        return std::all_of(value.begin(), value.end(),
                           [&](const Json& item) { return embeddedShapedAlready(item, model, options); });
    }
    if (!value.is_object())
        return true;
    const Plan& keys = plan(model);
    // orderAsModel puts the model's properties first, in the model's order.
    const schema::Property* lastProperty = nullptr;
    bool otherKeys = false;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (auto key = keys.keys.find(it.key()); key != keys.keys.end()) {
            const Role& role = key->second;
            if (role.relation || role.embedded || (options.removeHidden && role.hidden)
                || (options.removeProtected && role.isProtected))
                return false;
        }
        const schema::Property* property = model.property(it.key());
        if (!property) {
            otherKeys = true;
            continue;
        }
        if (otherKeys || (lastProperty && property < lastProperty))
            return false;
        lastProperty = property;
    }
    return true;
}

void Shaper::shapeEmbedded(Json& value, const schema::Model& model, ShapeOptions options)
{
    shapeValue(value, &model, true, options);
}

void Shaper::shape(Json& row, const schema::Model& model, ShapeOptions options)
{
    if (!row.is_object())
        return;
    const Plan& keys = plan(model);
    const ShapeOptions nested{options.removeHidden, true};
    // Relations first: a polymorphic belongsTo needs its discriminator, which may be hidden.
    for (auto it = row.begin(); it != row.end(); ++it) {
        auto key = keys.keys.find(it.key());
        if (key == keys.keys.end() || !key->second.relation)
            continue;
        const schema::Relation& relation = *key->second.relation;
        const schema::Model* target = m_schema.model(relation.modelTo);
        if (relation.kind == schema::RelationKind::BelongsTo && relation.polymorphic) {
            auto type = row.find(relation.polymorphic->discriminator);
            target = type != row.end() && type->is_string() ? m_schema.modelIgnoringCase(type->get<std::string>())
                                                            : nullptr;
        }
        const bool embedded = relation.kind == schema::RelationKind::EmbedsOne
                              || relation.kind == schema::RelationKind::EmbedsMany;
        shapeValue(it.value(), target, embedded, nested);
    }
    for (auto it = row.begin(); it != row.end();) {
        auto key = keys.keys.find(it.key());
        if (key == keys.keys.end()) {
            ++it;
            continue;
        }
        const Plan::Key& role = key->second;
        if ((options.removeHidden && role.hidden) || (options.removeProtected && role.isProtected)) {
            it = row.erase(it);
            continue;
        }
        if (role.embedded)
            shapeValue(it.value(), role.embedded, true, nested);
        ++it;
    }
}

const std::vector<Shaper::Column>& Shaper::columns(const RowTable& table, const Plan& plan)
{
    const std::pair<const RowTable*, const Plan*> key{&table, &plan};
    if (m_lastColumns && m_lastColumnsKey == key)
        return *m_lastColumns;
    auto [found, added] = m_columns.try_emplace(key);
    if (added) {
        for (const schema::Property* column : table.columns) {
            auto role = plan.keys.find(column->name);
            std::string written(1, ',');
            store::appendJsString(written, column->name);
            written += ':';
            found->second.push_back(Column{role == plan.keys.end() ? nullptr : &role->second, std::move(written)});
        }
    }
    m_lastColumnsKey = key;
    m_lastColumns = &found->second;
    return found->second;
}

const schema::Model* Shaper::relationTarget(const Role& role, RowRef row) const
{
    const schema::Relation& relation = *role.relation;
    if (relation.kind == schema::RelationKind::BelongsTo && relation.polymorphic) {
        const std::optional<Json> type = rowValue(row, relation.polymorphic->discriminator);
        return type && type->is_string() ? m_schema.modelIgnoringCase(type->get<std::string>()) : nullptr;
    }
    return role.target;
}

namespace {

// Builds the JSON value the writes describe.
class JsonSink {
public:
    void beginObject() { m_open.push_back(&place(Json::object())); }
    void beginArray() { m_open.push_back(&place(Json::array())); }
    void end() { m_open.pop_back(); }
    void key(const std::string& name) { m_key = name; }
    void key(const std::string& name, std::string_view) { m_key = name; }
    void value(const Json& value) { place(value); }
    void value(Json&& value) { place(std::move(value)); }
    void value(const RowTable& table, const Datum& datum) { place(table.json(datum)); }
    Json take() { return std::move(m_root); }

private:
    // Keys are distinct (columns, then members), so an object's keys are appended.
    Json& place(Json value)
    {
        if (m_open.empty()) {
            m_root = std::move(value);
            return m_root;
        }
        Json& container = *m_open.back();
        if (container.is_array()) {
            auto& items = container.get_ref<Json::array_t&>();
            items.push_back(std::move(value));
            return items.back();
        }
        auto& members = static_cast<Json::object_t::Container&>(container.get_ref<Json::object_t&>());
        members.emplace_back(std::move(m_key), std::move(value));
        return members.back().second;
    }

    Json m_root;
    std::vector<Json*> m_open;
    std::string m_key;
};

// Appends what store::jsStringify writes for the values described.
class TextSink {
public:
    explicit TextSink(std::string& out) : m_out(out) {}
    void beginObject() { open('{', '}'); }
    void beginArray() { open('[', ']'); }
    void end()
    {
        m_out += m_closers.back();
        m_closers.pop_back();
        m_comma = true;
    }
    void key(const std::string& name)
    {
        separate();
        store::appendJsString(m_out, name);
        m_out += ':';
        m_comma = false;
    }
    // `written` is the key as key() writes it after a comma: the comma, the
    // quoted key and its colon.
    void key(const std::string&, std::string_view written)
    {
        m_out += m_comma ? written : written.substr(1);
        m_comma = false;
    }
    void value(const Json& value)
    {
        separate();
        switch (value.type()) {
        case Json::value_t::string: store::appendJsString(m_out, value.get_ref<const std::string&>()); break;
        case Json::value_t::number_integer: store::appendInteger(m_out, value.get<std::int64_t>()); break;
        case Json::value_t::number_float: store::appendJsNumber(m_out, value.get<double>()); break;
        case Json::value_t::null: m_out += "null"; break;
        case Json::value_t::boolean: m_out += value.get<bool>() ? "true" : "false"; break;
        default: store::appendJsStringified(m_out, value); break;
        }
        m_comma = true;
    }
    void value(const RowTable& table, const Datum& datum)
    {
        switch (datum.kind) {
        case Datum::Kind::Null: separate(); m_out += "null"; break;
        case Datum::Kind::Integer: separate(); store::appendInteger(m_out, datum.integer); break;
        case Datum::Kind::Real: separate(); store::appendJsNumber(m_out, datum.real); break;
        case Datum::Kind::Boolean: separate(); m_out += datum.boolean ? "true" : "false"; break;
        case Datum::Kind::Text: separate(); store::appendJsString(m_out, table.textOf(datum)); break;
        case Datum::Kind::Value: value(table.values[datum.at]); return;
        }
        m_comma = true;
    }

private:
    void open(char opener, char closer)
    {
        separate();
        m_out += opener;
        m_closers.push_back(closer);
        m_comma = false;
    }
    void separate()
    {
        if (m_comma)
            m_out += ',';
    }

    std::string& m_out;
    std::string m_closers;
    bool m_comma = false; // a value came before in the open object or array
};

} // namespace

Json Shaper::shaped(const Rows& rows, const schema::Model& model, ShapeOptions options)
{
    JsonSink sink;
    sink.beginArray();
    for (RowRef row : rows.refs())
        write(row, model, options, sink);
    sink.end();
    return sink.take();
}

namespace {

// Room for the text of every value the rows' tables hold: reserving it up
// front spares copying a text of megabytes each time it doubles. Memory
// reserved and left unwritten costs nothing.
std::size_t textEstimate(const Rows& rows)
{
    std::size_t bytes = 2;
    std::unordered_set<const RowTable*> seen;
    std::vector<const RowTable*> open;
    for (const std::shared_ptr<RowTable>& table : rows.tables())
        open.push_back(table.get());
    while (!open.empty()) {
        const RowTable* table = open.back();
        open.pop_back();
        if (!seen.insert(table).second)
            continue;
        bytes += 48 * table->cells.size() + 32 * table->size();
        for (const std::shared_ptr<RowTable>& child : table->children)
            open.push_back(child.get());
    }
    return bytes;
}

} // namespace

std::string Shaper::stringified(const Rows& rows, const schema::Model& model, ShapeOptions options)
{
    std::string text;
    text.reserve(textEstimate(rows));
    TextSink sink(text);
    sink.beginArray();
    for (RowRef row : rows.refs())
        write(row, model, options, sink);
    sink.end();
    return text;
}

// What shape() makes of the row's JSON, without building that JSON first.
template<typename Sink>
void Shaper::write(RowRef row, const schema::Model& model, ShapeOptions options, Sink& sink)
{
    const Plan& keys = plan(model);
    const ShapeOptions nested{options.removeHidden, true};
    const RowTable& table = *row.table;
    auto removed = [&](const Role* role) {
        return role && ((options.removeHidden && role->hidden) || (options.removeProtected && role->isProtected));
    };
    sink.beginObject();
    const std::size_t width = table.columns.size();
    const std::vector<Column>& columnList = columns(table, keys);
    for (std::size_t c = 0; c < width; ++c) {
        const Role* role = columnList[c].role;
        if (removed(role))
            continue;
        sink.key(table.columns[c]->name, columnList[c].written);
        const Datum& cell = table.cell(row.index, c);
        if (role && role->embedded && cell.kind == Datum::Kind::Value
            && !embeddedShapedAlready(table.values[cell.at], *role->embedded, nested)) {
            Json value = table.json(cell);
            shapeValue(value, role->embedded, true, nested);
            sink.value(std::move(value));
        } else {
            sink.value(table, cell);
        }
    }
    if (!table.members.empty()) {
        for (const RowMember& member : table.members[row.index]) {
            auto key = keys.keys.find(member.key);
            const Role* role = key == keys.keys.end() ? nullptr : &key->second;
            if (removed(role))
                continue;
            const schema::Model* target = role && role->relation ? relationTarget(*role, row) : nullptr;
            const bool embedded = role && role->relation
                                  && (role->relation->kind == schema::RelationKind::EmbedsOne
                                      || role->relation->kind == schema::RelationKind::EmbedsMany);
            sink.key(member.key);
            if (member.isRows && target && !embedded) {
                if (member.one && member.rows.empty()) {
                    sink.value(Json());
                } else if (member.one) {
                    write(member.rows.front(), *target, nested, sink);
                } else {
                    sink.beginArray();
                    for (RowRef included : member.rows)
                        write(included, *target, nested, sink);
                    sink.end();
                }
                continue;
            }
            Json value = member.isRows ? Rows::toJson(row).at(member.key) : member.value;
            if (role && role->relation)
                shapeValue(value, target, embedded, nested);
            else if (role && role->embedded)
                shapeValue(value, role->embedded, true, nested);
            sink.value(std::move(value));
        }
    }
    sink.end();
}

void orderAsModel(Json& value, const schema::Model& model)
{
    Json ordered = Json::object();
    for (const schema::Property& property : model.properties) {
        auto it = value.find(property.name);
        if (it != value.end())
            ordered[property.name] = std::move(*it);
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!ordered.contains(it.key()))
            ordered[it.key()] = std::move(it.value());
    }
    store::jsKeyOrder(ordered);
    value = std::move(ordered);
}

} // namespace relata::query
