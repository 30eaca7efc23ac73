#include "lb4_export_dialog.h"

#include "document/document.h"
#include "lb4/lb4_export.h"
#include "session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relata {
namespace {

QString settingsKey(const Session& session)
{
    return QStringLiteral("lb4Export/") + QString(session.document().rootPath()).replace(u'/', u'|');
}

} // namespace

Lb4ExportDialog::Lb4ExportDialog(Session& session, const QString& directory, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export to LoopBack 4"));
    const lb4::Project project = lb4::generate(session.document(), session.schema());
    const lb4::WriteReport report = lb4::write(project, directory);
    m_succeeded = report.ok();
    m_written = int(report.written.size());

    auto* layout = new QVBoxLayout(this);
    QString summary = tr("%1 files written, %2 unchanged, %3 removed, in %4.")
                          .arg(report.written.size())
                          .arg(report.unchanged.size())
                          .arg(report.removed.size())
                          .arg(QDir::toNativeSeparators(directory));
    summary += u'\n'
               + tr("%1 of %2 relations became LoopBack 4 relations; MIGRATION.md lists %3 items to write by hand.")
                     .arg(project.figures.lb4Relations)
                     .arg(project.figures.relations)
                     .arg(project.figures.items);
    for (const lb4::WriteFailure& failure : report.failed)
        summary += u'\n' + tr("Not written: %1: %2").arg(failure.path, failure.message);
    for (const lb4::KeptFile& file : report.kept)
        summary += u'\n' + tr("Kept: %1: %2").arg(file.path, lb4::keptReason(file.why));
    auto* label = new QLabel(summary, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);

    auto* items = new QTreeWidget(this);
    items->setObjectName(QStringLiteral("migrationItems"));
    items->setRootIsDecorated(false);
    items->setHeaderLabels({tr("Model"), tr("Relation"), tr("What"), tr("Replacement")});
    for (const lb4::MigrationItem& item : project.migration) {
        auto* row = new QTreeWidgetItem(items, {QString::fromStdString(item.model), QString::fromStdString(item.relation),
                                                QString::fromStdString(item.feature),
                                                QString::fromStdString(item.replacement)});
        row->setToolTip(2, QString::fromStdString(item.detail));
        row->setToolTip(3, QString::fromStdString(item.replacement));
    }
    items->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(items);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
}

bool exportToLoopBack4(Session& session, QWidget* parent)
{
    QSettings settings;
    const QString root = session.document().rootPath();
    const QString previous = settings.value(settingsKey(session), root + QStringLiteral("-lb4")).toString();
    const QString directory = QFileDialog::getExistingDirectory(
        parent, Lb4ExportDialog::tr("Export to LoopBack 4: choose the project folder"), previous);
    if (directory.isEmpty())
        return false;
    settings.setValue(settingsKey(session), directory);
    Lb4ExportDialog dialog(session, directory, parent);
    dialog.exec();
    return true;
}

} // namespace relata
