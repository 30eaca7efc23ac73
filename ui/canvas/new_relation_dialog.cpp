#include "canvas/new_relation_dialog.h"

#include "document/document.h"
#include "inspector/filter_validator.h"
#include "inspector/json_edit.h"
#include "schema/schema.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <regex>

namespace relata {
namespace {

constexpr int previewDelayMs = 150;

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string s(const QLineEdit* edit)
{
    return edit->text().trimmed().toStdString();
}

// `lb relation`'s name rule (SEMANTICS.md §6.3).
bool isValidRelationName(const std::string& name)
{
    static const std::regex invalid(R"([/@\s+%:.])");
    return !std::regex_search(name, invalid);
}

QLineEdit* lineEdit(const char* objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

NewRelationDialog::NewRelationDialog(Session* session, ModelId source, ModelId target,
                                     QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_source(source)
{
    setWindowTitle(tr("New Relation from %1").arg(q(session->document().modelName(source))));
    buildForm();
    // Opened from a menu, the target is still to be chosen here.
    const int targetIndex =
        target == ModelId::None ? 0 : m_target->findText(q(session->document().modelName(target)));
    m_target->setCurrentIndex(std::max(0, targetIndex));
    m_kind->setCurrentIndex(m_kind->findData(int(RelationChoice::HasMany)));
    m_scope->setValidator(filterValidator(m_session, m_target->currentText().toStdString()));
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &NewRelationDialog::refreshPreview);
    updateVisibility();
    updateDefaults();
    refreshPreview();
}

void NewRelationDialog::buildForm()
{
    const Document& document = m_session->document();
    QStringList models;
    for (ModelId id : document.modelIds())
        models << q(document.modelName(id));
    models.sort(Qt::CaseInsensitive);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (RelationChoice choice : relationChoices())
        m_kind->addItem(relationChoiceLabel(choice), int(choice));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->addItems(models);
    m_name = lineEdit("name", this);
    m_key = lineEdit("foreignKey", this);
    m_primaryKey = lineEdit("primaryKey", this);
    m_through = new QComboBox(this);
    m_through->setObjectName(QStringLiteral("through"));
    m_through->setEditable(true);
    m_through->addItems(models);
    m_through->setCurrentIndex(-1);
    m_createThrough = new QCheckBox(tr("Create it, with a belongsTo to each side"), this);
    m_createThrough->setObjectName(QStringLiteral("createThrough"));
    m_keyThrough = lineEdit("keyThrough", this);
    m_selector = lineEdit("selector", this);
    m_selector->setPlaceholderText(tr("not polymorphic"));
    m_polymorphicKey = lineEdit("polymorphicForeignKey", this);
    m_discriminator = lineEdit("discriminator", this);
    m_idType = lineEdit("idType", this);
    m_invert = new QCheckBox(tr("Inverse side (invert)"), this);
    m_invert->setObjectName(QStringLiteral("invert"));
    m_disableInclude = new QCheckBox(tr("disableInclude"), this);
    m_disableInclude->setObjectName(QStringLiteral("disableInclude"));
    m_nestRemoting = new QCheckBox(tr("nestRemoting"), this);
    m_nestRemoting->setObjectName(QStringLiteral("nestRemoting"));
    m_scope = new JsonEdit(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setPlaceholderText(tr(R"({"where": {…}, "order": "…"})"));
    m_properties = new JsonEdit(this);
    m_properties->setObjectName(QStringLiteral("properties"));
    m_properties->setPlaceholderText(tr(R"({"sourceProperty": "targetProperty"})"));
    m_options = new JsonEdit(this);
    m_options->setObjectName(QStringLiteral("options"));
    m_options->setPlaceholderText(tr(R"({"http": {"path": "…"}})"));
    m_json = new QLabel(this);
    m_json->setObjectName(QStringLiteral("json"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Relation"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form = new QFormLayout;
    m_form->addRow(tr("Type:"), m_kind);
    m_form->addRow(tr("Source:"), new QLabel(q(m_session->document().modelName(m_source)), this));
    m_form->addRow(tr("Target:"), m_target);
    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("Foreign key:"), m_key);
    m_form->addRow(tr("Primary key:"), m_primaryKey);
    m_form->addRow(tr("Through model:"), m_through);
    m_form->addRow(QString(), m_createThrough);
    m_form->addRow(tr("Key through:"), m_keyThrough);
    m_form->addRow(tr("Polymorphic selector:"), m_selector);
    m_form->addRow(tr("Polymorphic foreign key:"), m_polymorphicKey);
    m_form->addRow(tr("Discriminator:"), m_discriminator);
    m_form->addRow(tr("Id type:"), m_idType);
    m_form->addRow(QString(), m_invert);
    m_form->addRow(tr("Options:"), m_disableInclude);
    m_form->addRow(QString(), m_nestRemoting);
    m_form->addRow(tr("More options:"), m_options);
    m_form->addRow(tr("Scope:"), m_scope);
    m_form->addRow(tr("Properties:"), m_properties);
    m_form->addRow(tr("JSON:"), m_json);
    m_form->addRow(QString(), m_problems);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        updateDefaults();
        schedulePreview();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_scope->setValidator(filterValidator(m_session, m_target->currentText().toStdString()));
        updateDefaults();
        schedulePreview();
    });
    connect(m_through, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        const bool exists = m_session->document().findModel(text.trimmed().toStdString()) != ModelId::None;
        m_createThrough->setEnabled(!exists && !text.trimmed().isEmpty());
        m_createThrough->setChecked(!exists && !text.trimmed().isEmpty());
        schedulePreview();
    });
    for (QLineEdit* edit : {m_name, m_key, m_primaryKey, m_keyThrough, m_selector, m_polymorphicKey,
                            m_discriminator, m_idType})
        connect(edit, &QLineEdit::textChanged, this, &NewRelationDialog::schedulePreview);
    for (QCheckBox* box : {m_createThrough, m_invert, m_disableInclude, m_nestRemoting})
        connect(box, &QCheckBox::toggled, this, &NewRelationDialog::schedulePreview);
    for (JsonEdit* edit : {m_scope, m_properties, m_options})
        connect(edit, &QPlainTextEdit::textChanged, this, &NewRelationDialog::schedulePreview);
}

void NewRelationDialog::updateVisibility()
{
    const auto kind = RelationChoice(m_kind->currentData().toInt());
    const bool polymorphicBelongsTo = kind == RelationChoice::PolymorphicBelongsTo;
    m_form->setRowVisible(m_target, !polymorphicBelongsTo);
    m_form->setRowVisible(m_key, takesForeignKey(kind) || takesProperty(kind));
    m_form->labelForField(m_key)->setProperty("text", takesProperty(kind) ? tr("Embed property:")
                                                     : kind == RelationChoice::ReferencesMany
                                                         ? tr("Id array property:")
                                                         : tr("Foreign key:"));
    m_form->setRowVisible(m_primaryKey, takesPrimaryKey(kind));
    m_form->setRowVisible(m_through, takesThrough(kind));
    m_form->setRowVisible(m_createThrough, kind == RelationChoice::HasManyThrough);
    m_form->setRowVisible(m_keyThrough, kind == RelationChoice::HasManyThrough);
    m_form->setRowVisible(m_selector, takesPolymorphic(kind));
    m_form->setRowVisible(m_polymorphicKey, takesPolymorphic(kind) || polymorphicBelongsTo);
    m_form->setRowVisible(m_discriminator, takesPolymorphic(kind) || polymorphicBelongsTo);
    m_form->setRowVisible(m_idType, polymorphicBelongsTo);
    m_form->setRowVisible(m_invert, kind == RelationChoice::HasManyThrough);
    m_through->lineEdit()->setPlaceholderText(kind == RelationChoice::HasAndBelongsToMany
                                                  ? tr("generated: %1").arg(q(defaultThroughName(
                                                        m_session->document().modelName(m_source),
                                                        m_target->currentText().toStdString())))
                                                  : tr("name a model, or a new one to create"));
}

void NewRelationDialog::updateDefaults()
{
    const auto kind = RelationChoice(m_kind->currentData().toInt());
    const std::string source = m_session->document().modelName(m_source);
    const std::string name = defaultRelationName(m_session->schema(), kind, source,
                                                 m_target->currentText().toStdString());
    if (m_name->text().isEmpty() || m_name->text().toStdString() == m_defaultName)
        m_name->setText(q(name));
    m_defaultName = name;
    if (kind == RelationChoice::HasManyThrough && m_through->currentText().isEmpty())
        m_through->setEditText(q(defaultThroughName(source, m_target->currentText().toStdString())));
}

RelationSpec NewRelationDialog::spec() const
{
    RelationSpec spec;
    spec.kind = RelationChoice(m_kind->currentData().toInt());
    spec.source = m_source;
    spec.target = m_target->currentText().toStdString();
    spec.name = s(m_name);
    if (takesProperty(spec.kind))
        spec.property = s(m_key);
    else if (takesForeignKey(spec.kind))
        spec.foreignKey = s(m_key);
    spec.primaryKey = s(m_primaryKey);
    if (takesThrough(spec.kind)) {
        spec.through = m_through->currentText().trimmed().toStdString();
        spec.createThrough = spec.kind == RelationChoice::HasManyThrough && m_createThrough->isChecked();
    }
    spec.keyThrough = s(m_keyThrough);
    if (takesPolymorphic(spec.kind))
        spec.selector = s(m_selector);
    spec.polymorphicForeignKey = s(m_polymorphicKey);
    spec.discriminator = s(m_discriminator);
    spec.idType = s(m_idType);
    spec.invert = m_invert->isChecked();
    spec.scope = m_scope->value().value_or(Json());
    spec.properties = m_properties->value().value_or(Json());
    Json options = m_options->value().value_or(Json());
    if (!options.is_object())
        options = Json::object();
    if (m_disableInclude->isChecked())
        options["disableInclude"] = true;
    if (m_nestRemoting->isChecked())
        options["nestRemoting"] = true;
    spec.options = std::move(options);
    return spec;
}

void NewRelationDialog::schedulePreview()
{
    m_previewTimer.start();
}

QString NewRelationDialog::localError() const
{
    const RelationSpec current = spec();
    const Json& model = m_session->document().model(m_source);
    if (current.name.empty())
        return tr("Enter a name for the relation.");
    if (!isValidRelationName(current.name))
        return tr("A relation name cannot contain /, @, +, %, :, . or spaces.");
    if (model.contains("relations") && model["relations"].is_object()
        && model["relations"].contains(current.name))
        return tr("%1 already has a relation named %2.").arg(q(model.value("name", std::string())), q(current.name));
    if (model.contains("properties") && model["properties"].is_object()
        && model["properties"].contains(current.name))
        return tr("%1 has a property named %2; a relation needs another name.")
            .arg(q(model.value("name", std::string())), q(current.name));
    if (current.kind == RelationChoice::HasManyThrough && current.through.empty())
        return tr("Choose the through model, or name a new one.");
    if (current.createThrough && !EditController::isValidModelName(current.through))
        return tr("A model name may contain letters, digits, - and _ only.");
    const std::pair<const JsonEdit*, QString> editors[] = {
        {m_scope, tr("Scope")}, {m_properties, tr("Properties")}, {m_options, tr("Options")}};
    for (const auto& [edit, label] : editors) {
        if (!edit->isValid())
            return tr("%1: %2").arg(label, edit->error());
    }
    return {};
}

void NewRelationDialog::refreshPreview()
{
    m_previewTimer.stop();
    const RelationSpec current = spec();
    const QString error = localError();
    m_preview = error.isEmpty() ? previewRelation(m_session->document(), current) : RelationPreview{};
    m_key->setPlaceholderText(q(m_preview.foreignKey));
    m_primaryKey->setPlaceholderText(q(m_preview.primaryKey));
    m_keyThrough->setPlaceholderText(q(m_preview.keyThrough));
    QString json = QString::fromStdString(relationEntry(current).dump(2));
    if (current.createThrough)
        json += u'\n' + tr("+ new model %1 with two belongsTo relations").arg(q(current.through));
    m_json->setText(json);
    QStringList lines;
    if (!error.isEmpty())
        lines << QStringLiteral("<span style='color:#d93b3b'>%1</span>").arg(error.toHtmlEscaped());
    for (const Diagnostic& problem : m_preview.problems) {
        const char* color = problem.severity == Severity::Error ? "#d93b3b" : "#c07a00";
        lines << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(QLatin1String(color), q(problem.message).toHtmlEscaped());
    }
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty() && !m_preview.hasErrors());
}

} // namespace relata
