#include "main_window.h"

#include "canvas/diagram_export.h"
#include "canvas/diagram_scene.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "inspector/inspector_panel.h"
#include "io/app_io.h"
#include "recovery.h"
#include "session.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

// The file life cycle: open, save, save as, revert, recent apps, settings.
namespace relata {
namespace {

constexpr int maxRecent = 10;
const QString recentKey = QStringLiteral("recentApps");

QString droppedFolder(const QMimeData* mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QString path = mime->urls().first().toLocalFile();
    return QFileInfo(path).isDir() ? path : QString();
}

} // namespace

bool MainWindow::openApp(const QString& path, bool quiet)
{
    if (!maybeSave())
        return false;
    io::ReadError error;
    std::unique_ptr<Document> document = io::read(path, &error);
    if (!document) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot Open App"),
                                 tr("%1: %2").arg(error.path.isEmpty() ? path : error.path, error.message));
        return false;
    }
    installSession(std::make_unique<Session>(std::move(document)));
    rememberRecent(QFileInfo(path).absoluteFilePath());
    if (!quiet && m_recovery->offer(this))
        statusBar()->showMessage(
            tr("Restored the unsaved changes: save them, or undo to go back to the files on disk"));
    else
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Open LoopBack App"),
        m_session ? m_session->document().rootPath() : QDir::homePath());
    if (!path.isEmpty())
        openApp(path);
}

// An Inspector field edits the document when it loses the focus: Save from
// the keyboard while a field has it writes what the field shows.
void MainWindow::commitFocusedField()
{
    QPointer<QWidget> focus = QApplication::focusWidget();
    if (!focus || !m_inspector->isAncestorOf(focus))
        return;
    focus->clearFocus();
    if (focus && focus->isVisible())
        focus->setFocus();
}

bool MainWindow::save()
{
    if (!m_session)
        return false;
    commitFocusedField();
    const io::WriteReport report = io::write(m_session->document());
    if (!report.ok()) {
        QStringList lines;
        for (const io::WriteFailure& failure : report.failed)
            lines << tr("%1: %2").arg(failure.relativePath, failure.message);
        QMessageBox::critical(this, tr("Save Failed"),
                              tr("Some files could not be written:\n%1").arg(lines.join(u'\n')));
        return false;
    }
    m_session->edits().undoStack()->setClean();
    m_recovery->discard();
    updateTitle();
    statusBar()->showMessage(report.written.isEmpty()
                                 ? tr("Nothing to save")
                                 : tr("Saved %n file(s)", nullptr, int(report.written.size())),
                             4000);
    return true;
}

void MainWindow::saveAs()
{
    if (!m_session)
        return;
    const QString target = QFileDialog::getExistingDirectory(this, tr("Save App As"),
                                                             m_session->document().rootPath());
    if (target.isEmpty())
        return;
    const io::WriteReport report = io::write(m_session->document(), target);
    if (!report.ok()) {
        QMessageBox::critical(this, tr("Save Failed"),
                              tr("%1: %2").arg(report.failed.front().relativePath,
                                               report.failed.front().message));
        return;
    }
    m_recovery->discard();
    installSession(nullptr);
    openApp(target);
}

void MainWindow::revert()
{
    if (!m_session || !isModified())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Revert"), tr("Discard every change since the last save and reload the app from disk?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    const QString root = m_session->document().rootPath();
    m_recovery->discard();
    installSession(nullptr);
    openApp(root);
}

bool MainWindow::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(QDir(m_session->document().rootPath()).dirName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard)
        m_recovery->discard();
    return answer == QMessageBox::Discard;
}

void MainWindow::exportDiagram()
{
    if (!m_scene)
        return;
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Diagram"), QDir(m_session->document().rootPath()).filePath(QStringLiteral("diagram.svg")),
        tr("SVG image (*.svg);;PNG image (*.png)"), &selectedFilter);
    if (path.isEmpty())
        return;
    bool selectionOnly = false;
    if (!m_scene->selectedItems().isEmpty()) {
        selectionOnly = QMessageBox::question(this, tr("Export Diagram"),
                                              tr("Export only the selected models?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                        == QMessageBox::Yes;
    }
    const QString error = relata::exportDiagram(*m_scene, path, selectionOnly);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    // Opening from this very menu runs inside one of its actions: rebuild it
    // once that action has returned, not under it.
    QTimer::singleShot(0, this, &MainWindow::updateRecentMenu);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openApp(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(recentKey);
            updateRecentMenu();
        });
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 880);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    // A clean close: nothing is left to recover.
    if (m_recovery)
        m_recovery->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString folder = droppedFolder(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    openApp(folder);
}

} // namespace relata
