#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

class QWidget;

namespace relata {

class Session;

// Crash recovery for one open app. A few seconds after the last edit, the
// unsaved state is written to AppLocalDataLocation/recovery/<hash of the app
// path>/ — never into the app: the changed files as a save would write them,
// relata.json's layout, and manifest.json (app path, time, files, removed
// models). Save, a clean close and discarding remove it; a crash (or a window
// destroyed without closing) leaves it for the next open of the app to offer.
// Each running Relata that has the app open keeps a folder of its own, held by
// a lock file beside it; a lock whose process died is free again, so the next
// open finds what the crashed one left.
class Recovery : public QObject {
    Q_OBJECT

public:
    explicit Recovery(Session* session, QObject* parent = nullptr);
    ~Recovery() override;

    // The app with the newest recovery left behind (by a Relata no longer
    // running), or empty.
    static QString latestApp();

    bool exists() const;
    // Writes the unsaved state now, or removes the recovery when there is none.
    void autosave();
    void discard();
    // Asks Restore / Discard when a recovery exists. Restore applies it as one
    // undoable step, so the app is unsaved and Undo goes back to the disk.
    // True when it restored.
    bool offer(QWidget* window);

private:
    const QString& folder() const { return m_folder; }

    Session* m_session;
    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
    QString m_folder;
};

} // namespace relata
