#include "problems/problems_panel.h"

#include "edit/edit_controller.h"
#include "lb4/lb4_export.h"
#include "problems/quick_fix.h"
#include "session.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relata {
namespace {

QIcon severityIcon(Severity severity)
{
    const QStyle* style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString location(const Diagnostic& diagnostic)
{
    if (diagnostic.file.isEmpty())
        return {};
    if (diagnostic.at.line == 0)
        return diagnostic.file;
    return QStringLiteral("%1:%2").arg(diagnostic.file).arg(diagnostic.at.line);
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget* parent)
    : QWidget(parent)
    , m_errors(new QCheckBox(tr("Errors"), this))
    , m_warnings(new QCheckBox(tr("Warnings"), this))
    , m_infos(new QCheckBox(tr("Info"), this))
    , m_migration(new QCheckBox(tr("LoopBack 4"), this))
    , m_summary(new QLabel(this))
    , m_fix(new QPushButton(this))
    , m_tree(new QTreeWidget(this))
{
    for (QCheckBox* box : {m_errors, m_warnings, m_infos}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ProblemsPanel::applyFilter);
    }
    m_errors->setObjectName(QStringLiteral("showErrors"));
    m_warnings->setObjectName(QStringLiteral("showWarnings"));
    m_infos->setObjectName(QStringLiteral("showInfos"));
    m_migration->setObjectName(QStringLiteral("showMigration"));
    m_migration->setToolTip(tr("List what an export to LoopBack 4 cannot express, as its MIGRATION.md does, "
                               "following every change to the app"));
    connect(m_migration, &QCheckBox::toggled, this, &ProblemsPanel::rebuild);
    m_tree->setObjectName(QStringLiteral("problems"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Problem"), tr("Model"), tr("Where"), tr("Code")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_errors);
    filters->addWidget(m_warnings);
    filters->addWidget(m_infos);
    filters->addWidget(m_migration);
    filters->addStretch();
    filters->addWidget(m_fix);
    filters->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_tree);
    m_fix->setObjectName(QStringLiteral("quickFix"));
    m_fix->hide();
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const Diagnostic* diagnostic = diagnosticAt(item))
            emit diagnosticActivated(*diagnostic);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ProblemsPanel::updateFixButton);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ProblemsPanel::showContextMenu);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (const Diagnostic* diagnostic = diagnosticAt(m_tree->currentItem()))
            applyFix(*diagnostic);
    });
}

const Diagnostic* ProblemsPanel::diagnosticAt(const QTreeWidgetItem* item) const
{
    const int index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    return index >= 0 && index < int(m_shown.size()) ? &m_shown[std::size_t(index)] : nullptr;
}

void ProblemsPanel::updateFixButton()
{
    const Diagnostic* diagnostic = diagnosticAt(m_tree->currentItem());
    const auto fix = m_session && diagnostic ? quickFixFor(m_session->document(), *diagnostic)
                                             : std::nullopt;
    m_fix->setVisible(fix.has_value());
    if (fix)
        m_fix->setText(fix->label);
}

// A copy of the diagnostic: the edit recompiles, and the rebuild replaces
// the list the reference points into.
void ProblemsPanel::applyFix(const Diagnostic& diagnostic)
{
    const Diagnostic copy = diagnostic;
    if (const auto fix = m_session ? quickFixFor(m_session->document(), copy) : std::nullopt) {
        applyQuickFix(m_session->edits(), *fix);
        m_session->compileNow();
    }
}

void ProblemsPanel::showContextMenu(const QPoint& at)
{
    // From the keyboard (the Menu key) the point need not be on a row: the current one.
    QTreeWidgetItem* item = m_tree->itemAt(at);
    const QPoint where = item ? at : m_tree->visualItemRect(m_tree->currentItem()).center();
    if (!item)
        item = m_tree->currentItem();
    const Diagnostic* diagnostic = diagnosticAt(item);
    if (!diagnostic)
        return;
    m_tree->setCurrentItem(item);
    const Diagnostic copy = *diagnostic;
    QMenu menu(this);
    QAction* show = menu.addAction(tr("Show"));
    QAction* fixAction = nullptr;
    if (const auto fix = m_session ? quickFixFor(m_session->document(), copy) : std::nullopt)
        fixAction = menu.addAction(fix->label);
    QAction* chosen = menu.exec(m_tree->viewport()->mapToGlobal(where));
    if (chosen && chosen == fixAction)
        applyFix(copy);
    else if (chosen && chosen == show)
        emit diagnosticActivated(copy);
}

void ProblemsPanel::setSession(Session* session)
{
    m_session = session;
    if (session)
        connect(session, &Session::compiled, this, &ProblemsPanel::rebuild);
    rebuild();
}

void ProblemsPanel::showMigrationItems()
{
    m_migration->setChecked(true);
}

void ProblemsPanel::rebuild()
{
    m_tree->clear();
    m_shown = m_session ? m_session->diagnostics() : Diagnostics();
    m_appCount = m_shown.size();
    if (m_session && m_migration->isChecked()) {
        const Diagnostics items = lb4::diagnostics(
            m_session->document(), lb4::migrationItems(m_session->document(), m_session->schema()));
        m_shown.insert(m_shown.end(), items.begin(), items.end());
    }
    int errors = 0;
    int warnings = 0;
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const Diagnostic& diagnostic = m_shown[i];
        errors += diagnostic.severity == Severity::Error;
        warnings += diagnostic.severity == Severity::Warning;
        auto* item = new QTreeWidgetItem(m_tree);
        item->setIcon(0, severityIcon(diagnostic.severity));
        item->setText(0, QString::fromStdString(diagnostic.message));
        item->setToolTip(0, QString::fromStdString(diagnostic.message));
        QString owner = QString::fromStdString(diagnostic.model);
        if (!diagnostic.relation.empty())
            owner += u'.' + QString::fromStdString(diagnostic.relation);
        item->setText(1, owner);
        item->setText(2, location(diagnostic));
        item->setText(3, QString::fromStdString(diagnostic.code));
        item->setData(0, Qt::UserRole, int(i));
        item->setData(1, Qt::UserRole, int(diagnostic.severity));
    }
    m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(" · ")
                       + tr("%n warning(s)", nullptr, warnings));
    applyFilter();
    updateFixButton();
    emit countsChanged(errors, warnings);
}

void ProblemsPanel::applyFilter()
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_tree->topLevelItem(row);
        const auto severity = Severity(item->data(1, Qt::UserRole).toInt());
        // The LoopBack 4 rows are there only while their own box is checked.
        const bool migration = item->data(0, Qt::UserRole).toInt() >= int(m_appCount);
        const bool shown = migration || (severity == Severity::Error && m_errors->isChecked())
                           || (severity == Severity::Warning && m_warnings->isChecked())
                           || (severity == Severity::Info && m_infos->isChecked());
        item->setHidden(!shown);
    }
}

int ProblemsPanel::visibleCount() const
{
    int count = 0;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row)
        count += !m_tree->topLevelItem(row)->isHidden();
    return count;
}

} // namespace relata
