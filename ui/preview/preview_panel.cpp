#include "preview/preview_panel.h"

#include "document/document.h"
#include "inspector/json_edit.h"
#include "preview/preview_runner.h"
#include "preview/query_view.h"
#include "preview/records_model.h"
#include "preview/related_tree.h"
#include "query/filter_lint.h"
#include "session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace relata::preview {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

// The words a LoopBack filter is made of, for completion besides the names.
const QStringList& filterWords()
{
    static const QStringList words = {
        QStringLiteral("where"), QStringLiteral("fields"), QStringLiteral("include"), QStringLiteral("order"),
        QStringLiteral("limit"), QStringLiteral("skip"), QStringLiteral("relation"), QStringLiteral("scope"),
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("inq"), QStringLiteral("nin"),
        QStringLiteral("between"), QStringLiteral("like"), QStringLiteral("nlike"), QStringLiteral("ilike"),
        QStringLiteral("regexp"), QStringLiteral("neq"), QStringLiteral("gt"), QStringLiteral("gte"),
        QStringLiteral("lt"), QStringLiteral("lte"), QStringLiteral("ASC"), QStringLiteral("DESC")};
    return words;
}

} // namespace

PreviewPanel::PreviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_runner(new PreviewRunner(this))
    , m_records(new RecordsModel(m_runner, this))
    , m_tree(new RelatedTree(m_runner, this))
    , m_query(new QueryView(this))
    , m_database(new QLabel(this))
    , m_message(new QLabel(this))
    , m_models(new QComboBox(this))
    , m_scopes(new QComboBox(this))
    , m_filter(new JsonEdit(this))
    , m_lint(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("previewPanel"));
    m_rerunTimer.setSingleShot(true);
    m_rerunTimer.setInterval(rerunDelayMs);
    connect(&m_rerunTimer, &QTimer::timeout, this, &PreviewPanel::rerun);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(rerunDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &PreviewPanel::applyFilter);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createRecordsPane());
    splitter->addWidget(m_tree);
    splitter->addWidget(m_query);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createDatabaseBar());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    connect(m_runner, &PreviewRunner::finished, this, &PreviewPanel::receive);
    connect(m_records, &RecordsModel::answered, this, &PreviewPanel::recordsAnswered);
    connect(m_tree, &RelatedTree::currentBranchChanged, this, &PreviewPanel::showBranchQuery);
    connect(m_tree, &RelatedTree::recordActivated, this, [this](const QString& model, const QString& id) {
        const schema::Model* described = m_runner->schema() ? m_runner->schema()->model(model.toStdString()) : nullptr;
        if (!described)
            return;
        showModel(model.toStdString());
        const Json where = Json::object({{described->idName(), Json::parse(id.toStdString())}});
        setFilterText(q(Json::object({{"where", where}}).dump()));
    });
    setSession(nullptr);
}

PreviewPanel::~PreviewPanel() = default;

QWidget* PreviewPanel::createRecordsPane()
{
    auto* pane = new QWidget(this);
    m_models->setObjectName(QStringLiteral("previewModel"));
    m_models->setToolTip(tr("The model whose records are listed"));
    connect(m_models, &QComboBox::currentTextChanged, this, [this](const QString& model) {
        if (!m_updatingModels)
            showModel(model.toStdString());
    });
    m_scopes->setObjectName(QStringLiteral("previewScope"));
    m_scopes->setToolTip(tr("Run one of the model's named scopes (its \"scopes\") with the filter, as "
                            "Model.scopeName(filter) does, instead of Model.find(filter)"));
    connect(m_scopes, &QComboBox::currentIndexChanged, this, &PreviewPanel::applyFilter);
    m_filter->setObjectName(QStringLiteral("previewFilter"));
    m_filter->setPlaceholderText(tr("LoopBack filter as JSON, e.g. {\"where\": {\"vip\": true}}"));
    m_filter->setMaximumHeight(64);
    connect(m_filter, &QPlainTextEdit::textChanged, this, [this] { m_filterTimer.start(); });
    m_lint->setWordWrap(true);
    m_lint->setObjectName(QStringLiteral("previewLint"));
    m_table->setModel(m_records);
    m_table->setObjectName(QStringLiteral("previewRecords"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &PreviewPanel::sortBy);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            selectRecord(rows.front().row());
    });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Model:"), pane));
    top->addWidget(m_models, 1);
    top->addWidget(new QLabel(tr("Scope:"), pane));
    top->addWidget(m_scopes, 1);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 3);
    filterRow->addWidget(m_lint, 2);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    return pane;
}

void PreviewPanel::setSession(Session* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_rerunTimer.stop();
    m_pendingRelation.reset();
    m_runner->setSchema(session ? std::make_shared<const schema::Schema>(session->schema()) : nullptr);
    m_tree->setRecord({}, Json());
    m_query->clear();
    updateModels();
    setEnabled(session != nullptr);
    if (!session) {
        m_database->setText(tr("No app open."));
        setMessage({}, false);
        return;
    }
    connect(session, &Session::compiled, this, [this] { m_rerunTimer.start(); });
    const Json stored = session->document().designerSetting("database");
    if (stored.is_string() && !stored.get<std::string>().empty()) {
        openDatabase(resolvedPath(q(stored.get<std::string>())));
    } else {
        m_database->setText(tr("No database: open one, or create a sample database."));
        m_databasePath.clear();
        setMessage({}, false);
    }
}

void PreviewPanel::rerun()
{
    if (!m_session)
        return;
    m_runner->setSchema(std::make_shared<const schema::Schema>(m_session->schema()));
    updateModels();
    updateLint(m_filter->value());
    m_records->reload();
    m_tree->refresh();
}

void PreviewPanel::updateModels()
{
    m_updatingModels = true;
    QString current = m_models->currentText();
    m_models->clear();
    if (const auto& schema = m_runner->schema()) {
        for (const schema::Model& model : schema->models()) {
            if (!model.persisted)
                continue;
            m_models->addItem(q(model.name));
            // The app's own models are what a user previews first, not LoopBack's built-in ones.
            if (current.isEmpty() && !model.builtin)
                current = q(model.name);
        }
    }
    m_models->setCurrentIndex(std::max(0, m_models->findText(current)));
    m_updatingModels = false;
    const std::string shown = m_models->currentText().toStdString();
    if (shown != m_records->modelName()) {
        showModel(shown);
        return;
    }
    updateScopes(shown);
    if (chosenScope() != m_records->scopeName())
        applyFilter();
}

void PreviewPanel::updateScopes(const std::string& model)
{
    const QString chosen = m_scopes->currentData().toString();
    const QSignalBlocker blocker(m_scopes);
    m_scopes->clear();
    m_scopes->addItem(tr("none: find every record"), QString());
    const schema::Model* described = m_runner->schema() ? m_runner->schema()->model(model) : nullptr;
    if (described && described->scopes.is_object()) {
        for (const auto& [name, definition] : described->scopes.items())
            m_scopes->addItem(q(name), q(name));
    }
    m_scopes->setCurrentIndex(std::max(0, m_scopes->findData(chosen)));
    m_scopes->setEnabled(m_scopes->count() > 1);
}

std::string PreviewPanel::chosenScope() const
{
    return m_scopes->currentData().toString().toStdString();
}

void PreviewPanel::showModel(const std::string& model)
{
    if (!m_runner->schema() || !m_runner->schema()->model(model))
        return;
    if (m_models->currentText().toStdString() != model) {
        m_updatingModels = true;
        m_models->setCurrentText(q(model));
        m_updatingModels = false;
    }
    if (model == m_records->modelName())
        return;
    QStringList words = filterWords();
    const schema::Model* described = m_runner->schema()->model(model);
    for (const schema::Property& property : described->properties)
        words << q(property.name);
    for (const schema::Relation& relation : described->relations)
        words << q(relation.name);
    m_filter->setCompletions(words);
    m_tree->setRecord({}, Json());
    updateScopes(model);
    const std::optional<Json> filter = m_filter->value();
    m_records->setQuery(model, filter && filter->is_object() ? *filter : Json::object(), chosenScope());
    updateLint(filter);
}

void PreviewPanel::setFilterText(const QString& text)
{
    m_filter->setPlainText(text);
    applyFilter();
}

void PreviewPanel::applyFilter()
{
    m_filterTimer.stop();
    const std::optional<Json> filter = m_filter->value();
    updateLint(filter);
    if (!filter || m_records->modelName().empty())
        return;
    m_records->setQuery(m_records->modelName(), filter->is_object() ? *filter : Json::object(), chosenScope());
}

void PreviewPanel::updateLint(const std::optional<Json>& filter)
{
    if (!filter) {
        m_lint->setStyleSheet(QStringLiteral("color: #c01c1c;"));
        m_lint->setText(m_filter->error());
        return;
    }
    QStringList warnings;
    const auto& schema = m_runner->schema();
    const schema::Model* model = schema ? schema->model(m_records->modelName()) : nullptr;
    if (model && filter->is_object()) {
        for (const query::LintWarning& warning : query::lintFilter(*filter, *model, *schema))
            warnings << tr("%1: %2").arg(q(warning.pointer), q(warning.message));
    }
    m_lint->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_lint->setText(warnings.join(u'\n'));
}

void PreviewPanel::sortBy(int column)
{
    const QString name = m_records->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    std::optional<Json> filter = m_filter->value();
    if (!filter || name.isEmpty())
        return;
    Json changed = filter->is_object() ? *filter : Json::object();
    const std::string ascending = name.toStdString() + " ASC";
    const bool wasAscending = changed.value("order", Json()) == Json(ascending);
    changed["order"] = wasAscending ? name.toStdString() + " DESC" : ascending;
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(column, wasAscending ? Qt::DescendingOrder : Qt::AscendingOrder);
    setFilterText(q(changed.dump(2)));
}

void PreviewPanel::selectRecord(int row)
{
    if (row < 0 || row >= m_records->rowCount() || !m_runner->schema())
        return;
    const schema::Model* model = m_runner->schema()->model(m_records->modelName());
    if (!model)
        return;
    const Json& record = m_records->row(row);
    const auto id = record.find(model->idName());
    if (id == record.end() || (m_tree->rootModel() == model->name && m_tree->rootId() == *id))
        return;
    m_tree->setRecord(model->name, *id);
}

void PreviewPanel::showRelation(const QString& owner, const QString& relation)
{
    if (m_tree->rootModel() == owner.toStdString()) {
        m_tree->expandRelation(owner, relation);
        return;
    }
    m_pendingRelation = std::make_pair(owner, relation);
    if (m_records->modelName() == owner.toStdString())
        recordsAnswered();
    else
        showModel(owner.toStdString());
}

void PreviewPanel::recordsAnswered()
{
    // Without a database the dock says why; the records' own error adds nothing.
    if (m_databasePath.isEmpty())
        return;
    if (!m_records->error().isEmpty())
        setMessage(tr("Query failed: %1 (the rows shown are from the last query that ran)").arg(m_records->error()),
                   true);
    else
        setMessage({}, false);
    if (m_pendingRelation && m_records->rowCount() > 0
        && m_records->modelName() == m_pendingRelation->first.toStdString()) {
        const auto [owner, relation] = *m_pendingRelation;
        m_pendingRelation.reset();
        const int row = std::max(0, m_table->currentIndex().row());
        m_table->selectRow(row);
        selectRecord(row);
        m_tree->expandRelation(owner, relation);
    }
    if (!m_tree->currentBranch())
        showRecordsQuery();
}

void PreviewPanel::showRecordsQuery()
{
    if (m_runner->schema())
        m_query->showFind(*m_runner->schema(), m_records->modelName(), m_records->scopeName(),
                          m_records->lastFilter(), m_records->lastTrace());
}

void PreviewPanel::showBranchQuery()
{
    const RelatedTree::BranchNode* node = m_tree->currentBranch();
    if (!node || !m_runner->schema()) {
        showRecordsQuery();
        return;
    }
    m_query->showBranch(*m_runner->schema(), node->recordModel, node->recordId, node->branch);
}

void PreviewPanel::setMessage(const QString& text, bool error)
{
    m_messageText = text;
    m_message->setVisible(!text.isEmpty());
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c01c1c;") : QString());
}

QString PreviewPanel::message() const
{
    return m_messageText;
}

} // namespace relata::preview
