#pragma once

#include <QDialog>

class QWidget;

namespace relata {

class Session;

// File > Export to LoopBack 4…: writes the LoopBack 4 project of the open app
// into a folder (only the files whose content changed) and lists what
// LoopBack 4 cannot express, as MIGRATION.md in that folder does.
class Lb4ExportDialog : public QDialog {
    Q_OBJECT

public:
    // Exports at once; the dialog shows the outcome.
    Lb4ExportDialog(Session& session, const QString& directory, QWidget* parent = nullptr);

    bool succeeded() const { return m_succeeded; }
    int written() const { return m_written; }

private:
    bool m_succeeded = false;
    int m_written = 0;
};

// The menu action: asks for the folder (remembered per app), then shows the
// dialog. False when the user cancelled.
bool exportToLoopBack4(Session& session, QWidget* parent);

} // namespace relata
