#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <map>

class QWidget;

namespace relata {

class Session;

// Keeps an open app in step with its files on disk. A file changed outside the
// designer is read again (io::reload); one the user has unsaved edits to is
// reloaded only when they say so. Relata's own saves make the written bytes the
// baseline, so they reload nothing.
//
// A reload is not an edit: the undo history is cleared, because its commands
// hold values the files no longer have (undoing one would silently revert the
// outside change), and reloaded() lets the window say so.
class FileWatcher : public QObject {
    Q_OBJECT

public:
    FileWatcher(Session* session, QWidget* window);

    // Compares the disk with the document now and reloads what changed.
    void checkNow();

signals:
    void reloaded(const QStringList& relativePaths);

private:
    void watch();
    bool keepsMine(const QString& relativePath);

    Session* m_session;
    QWidget* m_window;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    bool m_checking = false;
    // Files the user kept their version of, by the bytes on disk then: asked once.
    std::map<QString, QByteArray> m_kept;
};

} // namespace relata
