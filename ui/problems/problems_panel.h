#pragma once

#include "document/diagnostic.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace relata {

class Session;

// The diagnostics list: filterable by severity, following every recompile;
// activating one asks the window to show its model or relation. Where a fix
// is unambiguous, the context menu and the Quick Fix button apply it.
class ProblemsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget* parent = nullptr);
    void setSession(Session* session);
    // Turns on the LoopBack 4 rows: what the export cannot express, listed
    // after the app's diagnostics and worked out again on every recompile.
    void showMigrationItems();
    int visibleCount() const;

signals:
    void diagnosticActivated(const relata::Diagnostic& diagnostic);
    void countsChanged(int errors, int warnings);

private:
    void rebuild();
    void applyFilter();
    const Diagnostic* diagnosticAt(const QTreeWidgetItem* item) const;
    void updateFixButton();
    void applyFix(const Diagnostic& diagnostic);
    void showContextMenu(const QPoint& at);

    Session* m_session = nullptr;
    QCheckBox* m_errors;
    QCheckBox* m_warnings;
    QCheckBox* m_infos;
    QCheckBox* m_migration;
    QLabel* m_summary;
    QPushButton* m_fix;
    QTreeWidget* m_tree;
    Diagnostics m_shown;
    std::size_t m_appCount = 0; // m_shown holds the app's diagnostics, then the LoopBack 4 rows
};

} // namespace relata
