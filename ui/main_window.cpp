#include "main_window.h"

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "file_watcher.h"
#include "inspector/inspector_panel.h"
#include "inspector/model_inspector.h"
#include "lb4_export_dialog.h"
#include "model_list.h"
#include "preview/preview_panel.h"
#include "problems/problems_panel.h"
#include "recovery.h"
#include "session.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoView>

namespace relata {
namespace {

constexpr int searchDelayMs = 250;

QAction* action(QObject* parent, const QString& text, const QKeySequence& shortcut = {},
                const QString& objectName = {})
{
    auto* created = new QAction(text, parent);
    if (!shortcut.isEmpty())
        created->setShortcut(shortcut);
    created->setObjectName(objectName);
    return created;
}

// The keys a text field edits with stay the field's own: the window's actions
// on the same keys (Undo, Redo, Select All, Delete) do not fire from a field,
// while every other shortcut (Save, Find, Auto-Layout…) still does. Qt's
// fields claim only the platform's bindings; Ctrl+Y, which the window adds
// to Redo, they leave to the window where it is not the platform's Redo.
class TextFieldKeys : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride && isTextField(watched)
            && isEditingKey(static_cast<QKeyEvent*>(event)))
            event->accept();
        return false;
    }

private:
    static bool isTextField(QObject* object)
    {
        const auto* combo = qobject_cast<QComboBox*>(object);
        return qobject_cast<QLineEdit*>(object) || qobject_cast<QPlainTextEdit*>(object)
               || qobject_cast<QTextEdit*>(object) || qobject_cast<QAbstractSpinBox*>(object)
               || (combo && combo->isEditable());
    }
    static bool isEditingKey(const QKeyEvent* key)
    {
        for (const auto standard : {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll,
                                    QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste,
                                    QKeySequence::Delete}) {
            if (key->matches(standard))
                return true;
        }
        return key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
    }
};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_placeholder(new QLabel(this))
    , m_modelList(new ModelList(this))
    , m_inspector(new InspectorPanel(this))
    , m_problems(new ProblemsPanel(this))
    , m_preview(new preview::PreviewPanel(this))
    , m_history(new QUndoView(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("<h2>No app open</h2><p>Open a LoopBack app folder with "
                              "<b>File ▸ Open</b>, or drop the folder here.</p>"));
    m_placeholder->setTextFormat(Qt::RichText);
    setCentralWidget(m_placeholder);
    m_history->setEmptyLabel(tr("<opened>"));
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::searchNow);
    createActions();
    createMenus();
    createToolBar();
    createDocks();
    statusBar()->addPermanentWidget(m_status);
    connect(m_modelList, &ModelList::modelChosen, this, [this](ModelId id) {
        if (!m_scene)
            return;
        m_scene->selectModel(id);
        m_view->fitSelection();
    });
    connect(m_problems, &ProblemsPanel::diagnosticActivated, this, &MainWindow::showDiagnostic);
    connect(m_inspector->modelInspector(), &ModelInspector::relationRequested, this,
            [this](ModelId source) { requestRelation(source, ModelId::None); });
    connect(m_inspector->modelInspector(), &ModelInspector::relationChosen, this,
            &MainWindow::showRelationOf);
    qApp->installEventFilter(new TextFieldKeys(this));
    readSettings();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    detachSession();
}

// The docks, the canvas and this window look at the session: detach them
// before it goes. Its undo stack signals while it is destroyed (clear()
// emits indexChanged), so the window stops listening first.
void MainWindow::detachSession()
{
    m_inspector->setSession(nullptr);
    m_problems->setSession(nullptr);
    m_preview->setSession(nullptr);
    m_modelList->setSession(nullptr);
    m_history->setStack(nullptr);
    if (m_session)
        m_session->edits().undoStack()->disconnect(this);
    if (m_scene)
        m_scene->disconnect(this);
    delete m_watcher;
    delete m_recovery;
    m_watcher = nullptr;
    m_recovery = nullptr;
    delete m_view;
    delete m_scene;
    m_view = nullptr;
    m_scene = nullptr;
}

void MainWindow::createActions()
{
    m_saveAction = action(this, tr("&Save"), QKeySequence::Save, QStringLiteral("save"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = action(this, tr("Save &As…"), QKeySequence::SaveAs, QStringLiteral("saveAs"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_revertAction = action(this, tr("&Revert"), {}, QStringLiteral("revert"));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revert);
    m_exportAction = action(this, tr("&Export Diagram…"), QKeySequence(tr("Ctrl+E")),
                            QStringLiteral("export"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDiagram);

    m_undoAction = action(this, tr("&Undo"), QKeySequence::Undo, QStringLiteral("undo"));
    m_redoAction = action(this, tr("&Redo"), QKeySequence::Redo, QStringLiteral("redo"));
    // Ctrl+Y redoes in most editors on every platform, next to the platform's own key.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redoAction->setShortcuts(redoKeys);
    m_deleteAction = action(this, tr("&Delete"), QKeySequence::Delete, QStringLiteral("delete"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelection);
    m_renameAction = action(this, tr("Re&name Model…"), QKeySequence(Qt::Key_F2), QStringLiteral("rename"));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameSelection);
    m_duplicateAction = action(this, tr("D&uplicate"), QKeySequence(tr("Ctrl+D")), QStringLiteral("duplicate"));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateSelection);
    m_addModelAction = action(this, tr("Add &Model…"), QKeySequence(tr("Ctrl+Shift+M")), QStringLiteral("addModel"));
    connect(m_addModelAction, &QAction::triggered, this, &MainWindow::addModel);
    m_addPropertyAction = action(this, tr("Add &Property…"), QKeySequence(tr("Ctrl+Shift+P")),
                                 QStringLiteral("addProperty"));
    connect(m_addPropertyAction, &QAction::triggered, this, &MainWindow::addProperty);
    m_newRelationAction = action(this, tr("New &Relation…"), QKeySequence(tr("Ctrl+Shift+R")),
                                 QStringLiteral("newRelation"));
    connect(m_newRelationAction, &QAction::triggered, this, &MainWindow::newRelation);
    m_selectAllAction = action(this, tr("Select &All"), QKeySequence::SelectAll, QStringLiteral("selectAll"));
    connect(m_selectAllAction, &QAction::triggered, this, [this] {
        for (QGraphicsItem* item : m_scene->items())
            item->setSelected(true);
    });
    m_findAction = action(this, tr("&Find…"), QKeySequence::Find, QStringLiteral("find"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_findNextAction = action(this, tr("Find &Next"), QKeySequence::FindNext, QStringLiteral("findNext"));
    connect(m_findNextAction, &QAction::triggered, this, [this] { searchStep(1); });
    m_findPreviousAction = action(this, tr("Find Pre&vious"), QKeySequence::FindPrevious,
                                  QStringLiteral("findPrevious"));
    connect(m_findPreviousAction, &QAction::triggered, this, [this] { searchStep(-1); });

    m_zoomInAction = action(this, tr("Zoom &In"), QKeySequence::ZoomIn, QStringLiteral("zoomIn"));
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    m_zoomOutAction = action(this, tr("Zoom &Out"), QKeySequence::ZoomOut, QStringLiteral("zoomOut"));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    m_zoomResetAction = action(this, tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), QStringLiteral("zoomReset"));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { m_view->setZoom(1); });
    m_fitAllAction = action(this, tr("&Fit All"), QKeySequence(tr("Ctrl+1")), QStringLiteral("fitAll"));
    connect(m_fitAllAction, &QAction::triggered, this, [this] { m_view->fitAll(); });
    m_fitSelectionAction = action(this, tr("Fit &Selection"), QKeySequence(tr("Ctrl+2")),
                                  QStringLiteral("fitSelection"));
    connect(m_fitSelectionAction, &QAction::triggered, this, [this] { m_view->fitSelection(); });
    m_minimapAction = action(this, tr("&Minimap"), QKeySequence(tr("Ctrl+M")), QStringLiteral("minimap"));
    m_minimapAction->setCheckable(true);
    m_minimapAction->setChecked(true);
    connect(m_minimapAction, &QAction::toggled, this, [this](bool on) {
        if (m_view)
            m_view->showMinimap(on);
    });
    m_generatedAction = action(this, tr("Show &Generated Through Models"), {}, QStringLiteral("showGenerated"));
    m_generatedAction->setCheckable(true);
    connect(m_generatedAction, &QAction::toggled, this, [this](bool on) {
        if (m_scene)
            m_scene->setShowGeneratedModels(on);
    });
    m_layoutAction = action(this, tr("Auto-&Layout"), QKeySequence(tr("Ctrl+L")), QStringLiteral("layout"));
    connect(m_layoutAction, &QAction::triggered, this, [this] { m_scene->autoLayout(false); });
    m_layoutSelectionAction = action(this, tr("Auto-Layout Se&lection"), QKeySequence(tr("Ctrl+Shift+L")),
                                     QStringLiteral("layoutSelection"));
    connect(m_layoutSelectionAction, &QAction::triggered, this, [this] { m_scene->autoLayout(true); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    QAction* exportLb4 = file->addAction(tr("Export to &LoopBack 4…"), this, [this] {
        if (m_session && exportToLoopBack4(*m_session, this))
            m_problems->showMigrationItems();
    });
    exportLb4->setObjectName(QStringLiteral("exportLb4"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addModelAction);
    edit->addAction(m_addPropertyAction);
    edit->addAction(m_newRelationAction);
    edit->addAction(m_renameAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_selectAllAction);
    edit->addAction(m_findAction);
    edit->addAction(m_findNextAction);
    edit->addAction(m_findPreviousAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addAction(m_fitAllAction);
    m_viewMenu->addAction(m_fitSelectionAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_minimapAction);
    m_viewMenu->addAction(m_generatedAction);
    m_viewMenu->addSeparator();

    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->addAction(m_layoutAction);
    arrange->addAction(m_layoutSelectionAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Relata"), this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Diagram"));
    bar->setObjectName(QStringLiteral("diagramToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_addModelAction);
    bar->addAction(m_layoutAction);
    bar->addAction(m_fitAllAction);
    bar->addSeparator();
    m_search->setPlaceholderText(tr("Search models, properties, relations"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_search->setObjectName(QStringLiteral("search"));
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer.isActive())
            searchNow();
        searchStep(QApplication::keyboardModifiers() & Qt::ShiftModifier ? -1 : 1);
    });
}

void MainWindow::createDocks()
{
    auto addDock = [this](const QString& title, const QString& name, QWidget* widget,
                          Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        m_viewMenu->addAction(dock->toggleViewAction());
        m_docks.push_back(dock);
        return dock;
    };
    QDockWidget* models = addDock(tr("Models"), QStringLiteral("modelsDock"), m_modelList,
                                  Qt::LeftDockWidgetArea);
    QDockWidget* history = addDock(tr("History"), QStringLiteral("historyDock"), m_history,
                                   Qt::LeftDockWidgetArea);
    QDockWidget* inspector = addDock(tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector,
                                     Qt::RightDockWidgetArea);
    QDockWidget* problems = addDock(tr("Problems"), QStringLiteral("problemsDock"), m_problems,
                                    Qt::BottomDockWidgetArea);
    // The preview's panes together ask for more height than a bottom dock
    // should take on first run; a scroll area lets the dock be short.
    auto* previewScroll = new QScrollArea(this);
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    previewScroll->setFrameShape(QFrame::NoFrame);
    QDockWidget* previewDock = addDock(tr("Preview"), QStringLiteral("previewDock"), previewScroll,
                                       Qt::BottomDockWidgetArea);
    tabifyDockWidget(problems, previewDock);
    problems->raise();
    // First-run sizes: model names readable, the canvas keeps most of the window.
    resizeDocks({models, inspector}, {190, 330}, Qt::Horizontal);
    resizeDocks({history, problems}, {160, 170}, Qt::Vertical);
}

void MainWindow::installSession(std::unique_ptr<Session> session)
{
    detachSession();
    m_hits.clear();
    m_hitIndex = -1;
    m_session = std::move(session);
    if (!m_session) {
        setCentralWidget(m_placeholder);
        m_placeholder->show();
        updateTitle();
        updateActions();
        return;
    }
    if (centralWidget() == m_placeholder) {
        // takeCentralWidget() hands the widget over unparented: keep it ours.
        takeCentralWidget();
        m_placeholder->setParent(this);
        m_placeholder->hide();
    }
    m_scene = new DiagramScene(m_session.get(), this);
    m_scene->setShowGeneratedModels(m_generatedAction->isChecked());
    m_view = new DiagramView(m_scene, this);
    m_view->showMinimap(m_minimapAction->isChecked());
    setCentralWidget(m_view);
    QUndoStack* stack = m_session->edits().undoStack();
    m_history->setStack(stack);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo, Qt::UniqueConnection);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo, Qt::UniqueConnection);
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_scene, &DiagramScene::relationRequested, this, &MainWindow::requestRelation);
    connect(m_scene, &DiagramScene::modelActivated, this, [this](ModelId id, const QString& property) {
        m_inspector->showModel(id);
        m_inspector->focusProperty(property);
    });
    connect(m_scene, &DiagramScene::relationActivated, this, [this](ModelId owner, const QString& name) {
        m_inspector->showRelation(owner, name);
    });
    m_modelList->setSession(m_session.get());
    m_problems->setSession(m_session.get());
    m_inspector->setSession(m_session.get());
    m_preview->setSession(m_session.get());
    m_watcher = new FileWatcher(m_session.get(), this);
    connect(m_watcher, &FileWatcher::reloaded, this, [this](const QStringList& paths) {
        statusBar()->showMessage(tr("Reloaded %1 from disk; the undo history was cleared")
                                     .arg(QDir::toNativeSeparators(paths.join(QStringLiteral(", ")))));
    });
    m_recovery = new Recovery(m_session.get(), this);
    m_view->fitAll();
    m_view->setFocus();
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Relata"));
        setWindowModified(false);
        return;
    }
    const QString root = m_session->document().rootPath();
    setWindowTitle(tr("%1[*] — Relata").arg(QDir(root).dirName()));
    setWindowModified(isModified());
}

bool MainWindow::isModified() const
{
    return m_session && m_session->isModified();
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    for (QAction* each : {m_saveAction, m_saveAsAction, m_revertAction, m_exportAction, m_deleteAction,
                          m_renameAction, m_duplicateAction, m_addModelAction, m_addPropertyAction,
                          m_newRelationAction,
                          m_selectAllAction, m_findAction, m_findNextAction, m_findPreviousAction,
                          m_zoomInAction, m_zoomOutAction, m_zoomResetAction, m_fitAllAction,
                          m_fitSelectionAction, m_layoutAction, m_layoutSelectionAction})
        each->setEnabled(open);
    m_search->setEnabled(open);
    QUndoStack* stack = open ? m_session->edits().undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    if (open)
        onSelectionChanged();
}

} // namespace relata
