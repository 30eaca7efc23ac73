#include "file_watcher.h"

#include "document/document.h"
#include "edit/edit_controller.h"
#include "io/app_io.h"
#include "session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace relata {
namespace {

// Editors save in several steps (truncate, write, rename); look once they are done.
constexpr int settleMs = 200;

QByteArray diskBytes(const Document& document, const QString& relativePath) {
    return io::readJsonFile(QDir(document.rootPath()).filePath(relativePath), nullptr).value_or(QByteArray());
}

} // namespace

FileWatcher::FileWatcher(Session* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &FileWatcher::checkNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    watch();
}

void FileWatcher::checkNow() {
    // A question is open (its event loop delivers further notices): look again after it.
    if (m_checking) {
        m_settle.start();
        return;
    }
    m_checking = true;
    Document& document = m_session->document();
    QStringList reloaded;
    for (const QString& path : io::changedOnDisk(document)) {
        const QByteArray bytes = diskBytes(document, path);
        if (!document.isFileModified(path)) {
            if (io::reload(document, path))
                reloaded << path;
        } else if (const auto kept = m_kept.find(path);
                   kept != m_kept.end() && kept->second == bytes) {
            continue;
        } else if (keepsMine(path)) {
            // A broken or removed file keeps its old baseline, so a save still refuses or
            // re-creates it.
            m_kept[path] = bytes;
            io::rebase(document, path);
        } else {
            m_kept.erase(path);
            io::reload(document, path);
            reloaded << path;
        }
    }
    watch();
    m_checking = false;
    if (reloaded.isEmpty())
        return;
    // Clearing the stack makes the window show the selection again: the schema it
    // reads must be the reloaded one already.
    m_session->compileNow();
    QUndoStack* stack = m_session->edits().undoStack();
    const bool clean = stack->isClean();
    stack->clear();
    // Edits to other files may still be unsaved: the window must keep saying so.
    if (!clean && (document.isModified() || document.isLayoutModified()))
        stack->resetClean();
    emit this->reloaded(reloaded);
}

// Files replaced by a rename (QSaveFile, most editors) drop out of the watch:
// the whole set is renewed after every look.
void FileWatcher::watch() {
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    QStringList existing = io::watchedPaths(m_session->document());
    existing.removeIf([](const QString& path) { return !QFileInfo::exists(path); });
    if (!existing.isEmpty())
        m_watcher.addPaths(existing);
}

bool FileWatcher::keepsMine(const QString& relativePath) {
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("%1 changed on disk, and you have unsaved changes to it.")
                        .arg(QDir::toNativeSeparators(relativePath)),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(
        tr("Reload reads the file again and discards your changes to it. Keep Mine "
           "keeps your changes; saving then writes over the change on disk."));
    QPushButton* reload = box.addButton(tr("Reload"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("Keep Mine"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() != reload;
}

} // namespace relata
