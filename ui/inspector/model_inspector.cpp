#include "inspector/model_inspector.h"

#include "document/document.h"
#include "edit/edit_controller.h"
#include "inspector/filter_validator.h"
#include "inspector/json_edit.h"
#include "inspector/relation_list.h"
#include "schema/schema.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>

namespace relata {
namespace {

enum Column { NameColumn, TypeColumn, RequiredColumn, IdColumn, DefaultColumn, IndexColumn,
              DescriptionColumn, ColumnCount };

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

// A choice between "unset" (LoopBack's default, shown greyed) and explicit values.
QComboBox* defaultedChoice(const QString& objectName, const QStringList& values, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->addItem(QString());
    box->addItems(values);
    return box;
}

Json choiceValue(const QComboBox* box)
{
    const QString text = box->currentText();
    if (box->currentIndex() <= 0)
        return Json();
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    return text.toStdString();
}

void setChoice(QComboBox* box, const Json& value, const QString& fallback)
{
    box->setItemText(0, QCoreApplication::translate("relata::ModelInspector", "default: %1").arg(fallback));
    if (value.is_null()) {
        box->setCurrentIndex(0);
        return;
    }
    const QString text = value.is_boolean() ? (value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false"))
                         : value.is_string() ? q(value.get<std::string>())
                                             : q(value.dump());
    const int index = box->findText(text);
    box->setCurrentIndex(index > 0 ? index : 0);
}

QString typeText(const Json& definition)
{
    const Json& type = definition.is_object() ? definition.value("type", Json()) : definition;
    return type.is_string() ? q(type.get<std::string>()) : q(type.dump());
}

Json parseLoose(const QString& text)
{
    auto parsed = json::parse(text.toStdString());
    if (auto* value = std::get_if<json::Text>(&parsed))
        return value->value();
    return text.toStdString();
}

} // namespace

ModelInspector::ModelInspector(QWidget* parent)
    : QWidget(parent)
    , m_file(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_base(new QComboBox(this))
    , m_plural(new QLineEdit(this))
    , m_idInjection(defaultedChoice(QStringLiteral("idInjection"), {QStringLiteral("true"), QStringLiteral("false")}, this))
    , m_strict(defaultedChoice(QStringLiteral("strict"), {QStringLiteral("true"), QStringLiteral("false"),
                                                          QStringLiteral("filter"), QStringLiteral("throw")}, this))
    , m_hidden(new QLineEdit(this))
    , m_properties(new QTableWidget(0, ColumnCount, this))
    , m_relations(new RelationList(this))
    , m_scopes(new JsonEdit(this))
    , m_defaultScope(new JsonEdit(this))
    , m_error(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_base->setObjectName(QStringLiteral("base"));
    m_base->setEditable(true);
    m_plural->setObjectName(QStringLiteral("plural"));
    m_hidden->setObjectName(QStringLiteral("hidden"));
    m_hidden->setPlaceholderText(tr("comma-separated property names"));
    m_properties->setObjectName(QStringLiteral("properties"));
    m_properties->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Req."), tr("Id"), tr("Default"),
                                             tr("Index"), tr("Description")});
    m_properties->verticalHeader()->hide();
    m_properties->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->setMinimumHeight(180);
    m_scopes->setObjectName(QStringLiteral("scopes"));
    m_scopes->setPlaceholderText(tr(R"({"vips": {"where": {"vip": true}}})"));
    m_defaultScope->setObjectName(QStringLiteral("scope"));
    m_defaultScope->setPlaceholderText(tr(R"({"order": "name"})"));
    m_error->setStyleSheet(QStringLiteral("color: #d93b3b"));
    m_error->setWordWrap(true);
    m_file->setEnabled(false);

    auto* add = new QPushButton(tr("Add Property"), this);
    auto* remove = new QPushButton(tr("Remove Property"), this);
    add->setObjectName(QStringLiteral("addPropertyRow"));
    remove->setObjectName(QStringLiteral("removePropertyRow"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Base:"), m_base);
    form->addRow(tr("Plural:"), m_plural);
    form->addRow(tr("idInjection:"), m_idInjection);
    form->addRow(tr("strict:"), m_strict);
    form->addRow(tr("Hidden:"), m_hidden);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Properties"), this));
    layout->addWidget(m_properties);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Relations"), this));
    layout->addWidget(m_relations);
    layout->addWidget(new QLabel(tr("Named scopes"), this));
    layout->addWidget(m_scopes);
    layout->addWidget(new QLabel(tr("Default scope"), this));
    layout->addWidget(m_defaultScope);
    layout->addStretch();

    connect(m_name, &QLineEdit::editingFinished, this, &ModelInspector::commitName);
    connect(m_base->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString base = m_base->currentText().trimmed();
        commitKey("base", base.isEmpty() ? Json() : Json(base.toStdString()), tr("Set base"));
    });
    connect(m_plural, &QLineEdit::editingFinished, this, [this] {
        const QString plural = m_plural->text().trimmed();
        commitKey("plural", plural.isEmpty() ? Json() : Json(plural.toStdString()), tr("Set plural"));
    });
    connect(m_idInjection, &QComboBox::activated, this,
            [this] { commitKey("idInjection", choiceValue(m_idInjection), tr("Set idInjection")); });
    connect(m_strict, &QComboBox::activated, this,
            [this] { commitKey("strict", choiceValue(m_strict), tr("Set strict")); });
    connect(m_hidden, &QLineEdit::editingFinished, this, [this] {
        Json hidden = Json::array();
        for (const QString& name : m_hidden->text().split(u',', Qt::SkipEmptyParts))
            hidden.push_back(name.trimmed().toStdString());
        commitKey("hidden", hidden.empty() ? Json() : hidden, tr("Set hidden"));
    });
    const std::tuple<JsonEdit*, const char*, QString> editors[] = {
        {m_scopes, "scopes", tr("Edit named scopes")}, {m_defaultScope, "scope", tr("Edit default scope")}};
    for (const auto& [edit, key, text] : editors) {
        connect(edit, &JsonEdit::valueEdited, this,
                [this, edit = edit, key = key, text = text](const Json& value) {
                    commitKey(key, value, text, edit->editId());
                });
        connect(edit, &JsonEdit::editingFinished, this,
                [this, edit = edit, key = key, text = text] {
                    if (const auto value = edit->value())
                        commitKey(key, *value, text, edit->editId());
                });
    }
    connect(m_properties, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitProperties();
    });
    connect(add, &QPushButton::clicked, this, &ModelInspector::addPropertyRow);
    connect(m_relations, &RelationList::addRequested, this, [this] {
        if (m_id != ModelId::None)
            emit relationRequested(m_id);
    });
    connect(m_relations, &RelationList::relationActivated, this, [this](const QString& name) {
        if (m_id != ModelId::None)
            emit relationChosen(m_id, name);
    });
    connect(remove, &QPushButton::clicked, this, &ModelInspector::removePropertyRow);
}

void ModelInspector::setSession(Session* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(&m_session->document(), nullptr, this, nullptr);
    }
    m_session = session;
    m_id = ModelId::None;
    if (!session)
        return;
    connect(session, &Session::compiled, this, &ModelInspector::reload);
    // At once, not at the next compile: a click on a field in between must not
    // edit a model that is gone.
    connect(&session->document(), &Document::modelRemoved, this, [this](ModelId id) {
        if (id == m_id) {
            m_id = ModelId::None;
            emit subjectGone();
        }
    });
}

void ModelInspector::setModel(ModelId id)
{
    m_id = id;
    m_error->clear();
    reload();
}

void ModelInspector::reload()
{
    if (!m_session || m_id == ModelId::None)
        return;
    if (!m_session->document().contains(m_id)) {
        // Undone or deleted: nothing here may still take input.
        m_id = ModelId::None;
        emit subjectGone();
        return;
    }
    const QScopedValueRollback loading(m_loading, true);
    const Document& document = m_session->document();
    const Json& model = document.model(m_id);
    const schema::Model* compiled = m_session->schema().model(m_id);
    m_file->setText(document.modelFile(m_id).relativePath());
    m_name->setText(q(document.modelName(m_id)));
    m_base->clear();
    m_base->addItems({QStringLiteral("PersistedModel"), QStringLiteral("Model"), QStringLiteral("User")});
    for (ModelId other : document.modelIds()) {
        if (other != m_id)
            m_base->addItem(q(document.modelName(other)));
    }
    m_base->setEditText(q(model.value("base", model.value("super", std::string()))));
    m_base->lineEdit()->setPlaceholderText(tr("default: PersistedModel"));
    m_plural->setText(q(model.value("plural", std::string())));
    m_plural->setPlaceholderText(compiled ? tr("default: %1").arg(q(compiled->plural)) : QString());
    setChoice(m_idInjection, model.value("idInjection", Json()), QStringLiteral("true"));
    setChoice(m_strict, model.value("strict", Json()), QStringLiteral("false"));
    QStringList hidden;
    for (const Json& name : model.value("hidden", Json::array())) {
        if (name.is_string())
            hidden << q(name.get<std::string>());
    }
    m_hidden->setText(hidden.join(QStringLiteral(", ")));
    reloadProperties(model);
    m_relations->setModel(m_session, m_id);
    QStringList names;
    if (compiled) {
        for (const schema::Property& property : compiled->properties)
            names << q(property.name);
    }
    m_scopes->setCompletions(names);
    m_defaultScope->setCompletions(names);
    m_scopes->setValidator(filterValidator(m_session, document.modelName(m_id), true));
    m_defaultScope->setValidator(filterValidator(m_session, document.modelName(m_id)));
    m_scopes->setValue(model.value("scopes", Json()));
    m_defaultScope->setValue(model.value("scope", Json()));
}

void ModelInspector::reloadProperties(const Json& model)
{
    const Json properties = model.value("properties", Json::object());
    // The table already says this (the edit came from it): rebuilding would
    // close the editor Tab just opened in the next cell.
    if (m_properties->rowCount() > 0 && m_shownProperties == m_id && tableProperties() == properties)
        return;
    m_shownProperties = m_id;
    m_properties->setRowCount(0);
    if (!properties.is_object())
        return;
    for (const auto& [name, definition] : properties.items()) {
        const int row = m_properties->rowCount();
        m_properties->insertRow(row);
        auto* nameItem = new QTableWidgetItem(q(name));
        nameItem->setData(Qt::UserRole, q(name));
        m_properties->setItem(row, NameColumn, nameItem);
        m_properties->setItem(row, TypeColumn, new QTableWidgetItem(typeText(definition)));
        const Json object = definition.is_object() ? definition : Json::object();
        for (const auto& [column, key] : {std::pair{RequiredColumn, "required"}, std::pair{IdColumn, "id"},
                                          std::pair{IndexColumn, "index"}}) {
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            const Json& flag = object.value(key, Json());
            item->setCheckState(!flag.is_null() && flag != false ? Qt::Checked : Qt::Unchecked);
            m_properties->setItem(row, column, item);
        }
        m_properties->setItem(row, DefaultColumn,
                              new QTableWidgetItem(object.contains("default") ? q(object["default"].dump()) : QString()));
        m_properties->setItem(row, DescriptionColumn,
                              new QTableWidgetItem(q(object.value("description", std::string()))));
    }
}

void ModelInspector::commitKey(const std::string& key, Json value, const QString& text, quint64 editId)
{
    if (m_loading || !m_session || m_id == ModelId::None)
        return;
    Json model = m_session->document().model(m_id);
    if (value.is_null())
        model.erase(key);
    else
        model[key] = std::move(value);
    m_session->edits().setModelJson(m_id, std::move(model), text, editId);
}

void ModelInspector::commitName()
{
    if (m_loading || !m_session || m_id == ModelId::None)
        return;
    const std::string name = m_name->text().trimmed().toStdString();
    if (name == m_session->document().modelName(m_id))
        return;
    if (!m_session->edits().renameModel(m_id, name)) {
        m_error->setText(tr("%1 is not a free model name: use letters, digits, - and _, and a name "
                            "no other model has.").arg(q(name)));
        m_name->setText(q(m_session->document().modelName(m_id)));
        return;
    }
    m_error->clear();
}

void ModelInspector::commitProperties()
{
    // A button keeps the focus after its page is gone: a key press there edits nothing.
    if (m_loading || !m_session || m_id == ModelId::None)
        return;
    commitKey("properties", tableProperties(), tr("Edit properties"));
}

Json ModelInspector::tableProperties() const
{
    const Json& model = m_session->document().model(m_id);
    const Json before = model.value("properties", Json::object());
    Json properties = Json::object();
    for (int row = 0; row < m_properties->rowCount(); ++row) {
        const QString name = m_properties->item(row, NameColumn)->text().trimmed();
        if (name.isEmpty())
            continue;
        const std::string original = m_properties->item(row, NameColumn)->data(Qt::UserRole).toString().toStdString();
        Json definition = before.is_object() ? before.value(original, Json()) : Json();
        if (!definition.is_object())
            definition = definition.is_null() ? Json::object() : Json{{"type", definition}};
        definition["type"] = parseLoose(m_properties->item(row, TypeColumn)->text().trimmed());
        for (const auto& [column, key] : {std::pair{RequiredColumn, "required"}, std::pair{IdColumn, "id"},
                                          std::pair{IndexColumn, "index"}}) {
            const bool on = m_properties->item(row, column)->checkState() == Qt::Checked;
            const bool was = definition.contains(key) && definition[key] != false && !definition[key].is_null();
            if (on != was) {
                if (on)
                    definition[key] = true;
                else
                    definition.erase(key);
            }
        }
        const QString fallback = m_properties->item(row, DefaultColumn)->text().trimmed();
        if (fallback.isEmpty())
            definition.erase("default");
        else
            definition["default"] = parseLoose(fallback);
        const QString description = m_properties->item(row, DescriptionColumn)->text().trimmed();
        if (description.isEmpty())
            definition.erase("description");
        else
            definition["description"] = description.toStdString();
        // Keep LoopBack's shorthand ("name": "string") when only the type is left.
        const Json& kept = before.is_object() ? before.value(original, Json()) : Json();
        if (kept.is_string() && definition.size() == 1)
            definition = definition["type"];
        properties[name.toStdString()] = std::move(definition);
    }
    return properties;
}

void ModelInspector::addPropertyRow()
{
    if (!m_session || m_id == ModelId::None)
        return;
    const Json& model = m_session->document().model(m_id);
    const Json properties = model.value("properties", Json::object());
    std::string name = "property";
    for (int n = 2; properties.is_object() && properties.contains(name); ++n)
        name = "property" + std::to_string(n);
    m_session->edits().addProperty(m_id, name, Json{{"type", "string"}});
}

void ModelInspector::removePropertyRow()
{
    const int row = m_properties->currentRow();
    if (row < 0 || !m_session || m_id == ModelId::None)
        return;
    {
        const QScopedValueRollback loading(m_loading, true);
        m_properties->removeRow(row);
    }
    commitProperties();
}

void ModelInspector::focusProperty(const QString& property)
{
    for (int row = 0; row < m_properties->rowCount(); ++row) {
        if (m_properties->item(row, NameColumn)->text() == property) {
            m_properties->setCurrentCell(row, NameColumn);
            m_properties->setFocus();
            return;
        }
    }
}

void ModelInspector::focusPointer(const QString& pointer)
{
    const QStringList parts = pointer.split(u'/', Qt::SkipEmptyParts);
    const QString top = parts.value(0);
    if (top == QLatin1String("properties") && parts.size() > 1)
        focusProperty(parts.at(1));
    else if (top == QLatin1String("name"))
        m_name->setFocus();
    else if (top == QLatin1String("base"))
        m_base->setFocus();
    else if (top == QLatin1String("plural"))
        m_plural->setFocus();
    else if (top == QLatin1String("scopes"))
        m_scopes->setFocus();
    else if (top == QLatin1String("scope"))
        m_defaultScope->setFocus();
    else if (top == QLatin1String("hidden"))
        m_hidden->setFocus();
}

} // namespace relata
