#include "inspector/relation_inspector.h"

#include "document/document.h"
#include "edit/edit_controller.h"
#include "inspector/filter_validator.h"
#include "inspector/json_edit.h"
#include "schema/schema.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace relata {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

const QStringList relationTypes = {QStringLiteral("belongsTo"),      QStringLiteral("hasOne"),
                                   QStringLiteral("hasMany"),        QStringLiteral("hasAndBelongsToMany"),
                                   QStringLiteral("referencesMany"), QStringLiteral("embedsOne"),
                                   QStringLiteral("embedsMany")};

// Which keys a relation type reads (SEMANTICS.md §1.7.2 acceptance matrix).
bool takesKey(const std::string& key, const std::string& type, bool polymorphic, bool through)
{
    const bool belongsTo = type == "belongsTo";
    const bool hasOneOrMany = type == "hasOne" || type == "hasMany";
    if (key == "foreignKey")
        return (belongsTo && !polymorphic) || hasOneOrMany || type == "referencesMany";
    if (key == "primaryKey")
        return (belongsTo && !polymorphic) || hasOneOrMany;
    if (key == "idName")
        return belongsTo && polymorphic;
    if (key == "through")
        return type == "hasMany" || type == "hasAndBelongsToMany";
    if (key == "keyThrough")
        return type == "hasMany" && through;
    if (key == "throughTable")
        return type == "hasAndBelongsToMany";
    if (key == "polymorphic")
        return belongsTo || hasOneOrMany || type == "hasAndBelongsToMany";
    if (key == "property")
        return type == "embedsOne" || type == "embedsMany";
    return true;
}

QString scalarText(const Json& value)
{
    if (value.is_null())
        return {};
    return value.is_string() ? q(value.get<std::string>()) : q(value.dump());
}

Json scalarValue(const QString& text)
{
    if (text.isEmpty())
        return Json();
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    if (text.startsWith(u'{')) {
        auto parsed = json::parse(text.toStdString());
        if (auto* value = std::get_if<json::Text>(&parsed))
            return value->value();
    }
    return text.toStdString();
}

} // namespace

RelationInspector::RelationInspector(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_ownerLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_invert(new QCheckBox(tr("invert (inverse polymorphic side)"), this))
    , m_disableInclude(new QCheckBox(tr("disableInclude"), this))
    , m_nestRemoting(new QCheckBox(tr("nestRemoting"), this))
    , m_scope(new JsonEdit(this))
    , m_properties(new JsonEdit(this))
    , m_options(new JsonEdit(this))
    , m_resolved(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("relationName"));
    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItems(relationTypes);
    m_model->setObjectName(QStringLiteral("model"));
    m_invert->setObjectName(QStringLiteral("invert"));
    m_disableInclude->setObjectName(QStringLiteral("disableInclude"));
    m_nestRemoting->setObjectName(QStringLiteral("nestRemoting"));
    m_model->setEditable(true);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_properties->setObjectName(QStringLiteral("properties"));
    m_properties->setRequireObject(false);
    m_options->setObjectName(QStringLiteral("options"));
    m_resolved->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_resolved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolved->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d93b3b"));
    m_error->setWordWrap(true);
    auto* remove = new QPushButton(tr("Delete Relation"), this);
    remove->setObjectName(QStringLiteral("deleteRelation"));

    m_form->addRow(tr("Declared on:"), m_ownerLabel);
    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("type:"), m_type);
    m_form->addRow(tr("model:"), m_model);
    addKeyField("foreignKey", tr("foreignKey:"));
    addKeyField("primaryKey", tr("primaryKey:"));
    addKeyField("idName", tr("idName:"));
    addKeyField("through", tr("through:"));
    addKeyField("keyThrough", tr("keyThrough:"));
    addKeyField("throughTable", tr("throughTable:"));
    addKeyField("polymorphic", tr("polymorphic:"));
    m_form->addRow(QString(), m_invert);
    addKeyField("property", tr("property:"));
    m_form->addRow(tr("options:"), m_disableInclude);
    m_form->addRow(QString(), m_nestRemoting);
    m_form->addRow(QString(), m_options);
    m_form->addRow(tr("scope:"), m_scope);
    m_form->addRow(tr("properties:"), m_properties);
    m_form->addRow(tr("Resolved:"), m_resolved);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_name, &QLineEdit::editingFinished, this, &RelationInspector::commitName);
    connect(m_type, &QComboBox::activated, this,
            [this] { commitKey("type", m_type->currentText().toStdString()); });
    connect(m_model->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        commitKey("model", scalarValue(m_model->currentText().trimmed()));
    });
    connect(m_model, &QComboBox::activated, this, [this] {
        commitKey("model", scalarValue(m_model->currentText().trimmed()));
    });
    connect(m_invert, &QCheckBox::clicked, this,
            [this](bool on) { commitKey("invert", on ? Json(true) : Json()); });
    connect(m_disableInclude, &QCheckBox::clicked, this,
            [this](bool on) { commitOption("disableInclude", on); });
    connect(m_nestRemoting, &QCheckBox::clicked, this,
            [this](bool on) { commitOption("nestRemoting", on); });
    const std::pair<JsonEdit*, const char*> editors[] = {
        {m_scope, "scope"}, {m_properties, "properties"}, {m_options, "options"}};
    for (const auto& [edit, key] : editors) {
        connect(edit, &JsonEdit::valueEdited, this,
                [this, edit = edit, key = std::string(key)](const Json& value) {
                    commitKey(key, value, edit->editId());
                });
        connect(edit, &JsonEdit::editingFinished, this,
                [this, edit = edit, key = std::string(key)] {
                    if (const auto value = edit->value())
                        commitKey(key, *value, edit->editId());
                });
    }
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_session && m_owner != ModelId::None)
            m_session->edits().removeRelation(m_owner, m_relation);
    });
}

QLineEdit* RelationInspector::addKeyField(const std::string& key, const QString& label)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(q(key));
    edit->setClearButtonEnabled(true);
    m_form->addRow(label, edit);
    m_keys.push_back({key, edit});
    connect(edit, &QLineEdit::editingFinished, this,
            [this, key, edit] { commitKey(key, scalarValue(edit->text().trimmed())); });
    return edit;
}

void RelationInspector::setSession(Session* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(&m_session->document(), nullptr, this, nullptr);
    }
    m_session = session;
    m_owner = ModelId::None;
    if (!session)
        return;
    connect(session, &Session::compiled, this, &RelationInspector::reload);
    // At once, not at the next compile: a click on a field in between must not
    // edit a relation that is gone.
    connect(&session->document(), &Document::changed, this, [this] {
        if (m_owner != ModelId::None && !exists()) {
            m_owner = ModelId::None;
            m_relation.clear();
            emit subjectGone();
        }
    });
}

void RelationInspector::setRelation(ModelId owner, const QString& relation)
{
    m_owner = owner;
    m_relation = relation.toStdString();
    m_error->clear();
    reload();
}

Json RelationInspector::entry() const
{
    const Json& model = m_session->document().model(m_owner);
    const Json relations = model.value("relations", Json::object());
    return relations.is_object() ? relations.value(m_relation, Json::object()) : Json::object();
}

void RelationInspector::reload()
{
    if (!m_session || m_owner == ModelId::None)
        return;
    if (!exists()) {
        // Undone, deleted or renamed away: nothing here may still take input.
        m_owner = ModelId::None;
        m_relation.clear();
        emit subjectGone();
        return;
    }
    const QScopedValueRollback loading(m_loading, true);
    const Document& document = m_session->document();
    const Json current = entry();
    m_ownerLabel->setText(q(document.modelName(m_owner)));
    m_name->setText(q(m_relation));
    m_type->setCurrentIndex(std::max(0, int(relationTypes.indexOf(scalarText(current.value("type", Json()))))));
    m_model->clear();
    for (ModelId id : document.modelIds())
        m_model->addItem(q(document.modelName(id)));
    m_model->setEditText(scalarText(current.value("model", Json())));
    for (const KeyField& field : m_keys)
        field.edit->setText(scalarText(current.value(field.key, Json())));
    m_invert->setChecked(current.value("invert", false) == true);
    const Json options = current.value("options", Json::object());
    m_disableInclude->setChecked(options.is_object() && options.value("disableInclude", false) == true);
    m_nestRemoting->setChecked(options.is_object() && options.value("nestRemoting", false) == true);
    m_scope->setValue(current.value("scope", Json()));
    m_properties->setValue(current.value("properties", Json()));
    m_options->setValue(current.value("options", Json()));
    updateRows(current);
    showDefaults();
}

bool RelationInspector::exists() const
{
    if (!m_session->document().contains(m_owner))
        return false;
    const Json& relations = m_session->document().model(m_owner).value("relations", Json());
    return relations.is_object() && relations.contains(m_relation);
}

void RelationInspector::updateRows(const Json& current)
{
    const std::string type = scalarText(current.value("type", Json())).toStdString();
    const bool polymorphic = current.contains("polymorphic") && current["polymorphic"] != false;
    const bool through = current.contains("through");
    for (const KeyField& field : m_keys)
        m_form->setRowVisible(field.edit, takesKey(field.key, type, polymorphic, through));
    m_form->setRowVisible(m_model, !(type == "belongsTo" && polymorphic));
    m_form->setRowVisible(m_invert, type == "hasMany" && through && polymorphic);
}

void RelationInspector::showDefaults()
{
    const schema::Model* model = m_session->schema().model(m_owner);
    const schema::Relation* relation = model ? model->relation(m_relation) : nullptr;
    for (const KeyField& field : m_keys)
        field.edit->setPlaceholderText(QString());
    QStringList names;
    if (!relation) {
        m_resolved->setText(tr("LoopBack does not set this relation up: see Problems."));
    } else {
        m_resolved->setText(q(relation->toJson().dump(2)));
        const bool from = relation->kind == schema::RelationKind::BelongsTo
                          || relation->kind == schema::RelationKind::ReferencesMany;
        const QString greyed = tr("default: %1");
        for (const KeyField& field : m_keys) {
            QString fallback;
            if (field.key == "foreignKey")
                fallback = q(from ? relation->keyFrom : relation->keyTo);
            else if (field.key == "primaryKey")
                fallback = q(from ? relation->keyTo : relation->keyFrom);
            else if (field.key == "keyThrough")
                fallback = q(relation->keyThrough);
            else if (field.key == "throughTable" || field.key == "through")
                fallback = q(relation->modelThrough);
            else if (field.key == "property")
                fallback = q(relation->embedProperty);
            else if (field.key == "idName")
                fallback = QStringLiteral("id");
            else if (field.key == "polymorphic")
                fallback = tr("not polymorphic");
            if (!fallback.isEmpty())
                field.edit->setPlaceholderText(greyed.arg(fallback));
        }
        // A through relation's scope filters the through rows (SEMANTICS.md §2.4).
        const std::string targetName = relation->modelThrough.empty() ? relation->modelTo : relation->modelThrough;
        m_scope->setValidator(filterValidator(m_session, targetName));
        if (const schema::Model* target = m_session->schema().model(targetName)) {
            for (const schema::Property& property : target->properties)
                names << q(property.name);
        }
    }
    m_scope->setCompletions(names);
    m_properties->setCompletions(names);
}

void RelationInspector::commit(Json updated, quint64 editId)
{
    m_session->edits().setRelation(m_owner, m_relation, m_relation, std::move(updated), editId);
}

void RelationInspector::commitKey(const std::string& key, Json value, quint64 editId)
{
    if (m_loading || !m_session || m_owner == ModelId::None)
        return;
    Json current = entry();
    if (value.is_null())
        current.erase(key);
    else
        current[key] = std::move(value);
    commit(std::move(current), editId);
}

void RelationInspector::commitOption(const std::string& key, bool on)
{
    if (m_loading || !m_session || m_owner == ModelId::None)
        return;
    Json current = entry();
    Json options = current.value("options", Json::object());
    if (!options.is_object())
        options = Json::object();
    if (on)
        options[key] = true;
    else
        options.erase(key);
    if (options.empty())
        current.erase("options");
    else
        current["options"] = std::move(options);
    commit(std::move(current));
}

void RelationInspector::commitName()
{
    if (m_loading || !m_session || m_owner == ModelId::None)
        return;
    const std::string name = m_name->text().trimmed().toStdString();
    if (name == m_relation)
        return;
    const Json relations = m_session->document().model(m_owner).value("relations", Json::object());
    if (name.empty() || (relations.is_object() && relations.contains(name))) {
        m_error->setText(tr("%1 already has a relation named %2.")
                             .arg(q(m_session->document().modelName(m_owner)), q(name)));
        m_name->setText(q(m_relation));
        return;
    }
    m_error->clear();
    const Json current = entry();
    const std::string old = m_relation;
    m_relation = name;
    m_session->edits().setRelation(m_owner, old, name, current);
}

void RelationInspector::focusPointer(const QString& pointer)
{
    const QStringList parts = pointer.split(u'/', Qt::SkipEmptyParts);
    const QString key = parts.value(2);
    for (const KeyField& field : m_keys) {
        if (q(field.key) == key) {
            field.edit->setFocus();
            return;
        }
    }
    if (key == QLatin1String("scope"))
        m_scope->setFocus();
    else if (key == QLatin1String("properties"))
        m_properties->setFocus();
    else if (key == QLatin1String("options"))
        m_options->setFocus();
    else if (key == QLatin1String("model"))
        m_model->setFocus();
    else if (key == QLatin1String("type"))
        m_type->setFocus();
}

} // namespace relata
