#pragma once

#include "document/diagnostic.h"
#include "document/model_id.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QUndoView;

namespace relata {

class DiagramScene;
class DiagramView;
class FileWatcher;
class InspectorPanel;
class ModelList;
class ProblemsPanel;
class Recovery;
class Session;
struct SearchHit;
namespace preview {
class PreviewPanel;
}

// The designer's window: the canvas in the middle, docks around it (models,
// inspector, problems, preview, undo history), and the file life cycle.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a LoopBack app root or a folder of model files; false (and a
    // message box unless `quiet`) when it cannot be read.
    bool openApp(const QString& path, bool quiet = false);
    bool save();
    Session* session() const { return m_session.get(); }
    DiagramScene* scene() const { return m_scene; }
    DiagramView* view() const { return m_view; }
    InspectorPanel* inspector() const { return m_inspector; }
    ProblemsPanel* problems() const { return m_problems; }
    preview::PreviewPanel* preview() const { return m_preview; }
    bool isModified() const;
    // Shows the New Relation dialog for a drag from `source` onto `target`
    // (ModelId::None: the dialog asks for the target).
    void requestRelation(ModelId source, ModelId target);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createToolBar();
    void installSession(std::unique_ptr<Session> session);
    void detachSession();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    bool maybeSave();
    void commitFocusedField();
    void openDialog();
    void saveAs();
    void revert();
    void exportDiagram();
    void deleteSelection();
    void renameSelection();
    void duplicateSelection();
    void addModel();
    void addProperty();
    void newRelation();
    void showRelationOf(ModelId owner, const QString& relation);
    void searchNow();
    void searchStep(int direction);
    void showHit(const SearchHit& hit);
    void onSelectionChanged();
    void showDiagnostic(const Diagnostic& diagnostic);
    void showShortcuts();
    void showAbout();
    void readSettings();
    void writeSettings();

    std::unique_ptr<Session> m_session;
    FileWatcher* m_watcher = nullptr;
    Recovery* m_recovery = nullptr;
    DiagramScene* m_scene = nullptr;
    DiagramView* m_view = nullptr;
    QLabel* m_placeholder;
    ModelList* m_modelList;
    InspectorPanel* m_inspector;
    ProblemsPanel* m_problems;
    preview::PreviewPanel* m_preview;
    QUndoView* m_history;
    QLineEdit* m_search;
    QLabel* m_status;
    QTimer m_searchTimer;
    std::vector<SearchHit> m_hits;
    int m_hitIndex = -1;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    std::vector<QDockWidget*> m_docks;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_addModelAction = nullptr;
    QAction* m_addPropertyAction = nullptr;
    QAction* m_newRelationAction = nullptr;
    QAction* m_selectAllAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_findNextAction = nullptr;
    QAction* m_findPreviousAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomResetAction = nullptr;
    QAction* m_fitAllAction = nullptr;
    QAction* m_fitSelectionAction = nullptr;
    QAction* m_minimapAction = nullptr;
    QAction* m_generatedAction = nullptr;
    QAction* m_layoutAction = nullptr;
    QAction* m_layoutSelectionAction = nullptr;
};

} // namespace relata
