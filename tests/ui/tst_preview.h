#pragma once

// The Preview dock on the sample shop app: tst_preview.cpp covers the records
// view, the related tree and the query view; tst_preview_database.cpp covers
// the worker thread and the database (stale answers, locks, unusable files,
// read-only access, the sample database).
#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "canvas/model_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "inspector/json_edit.h"
#include "io/app_io.h"
#include "main_window.h"
#include "preview/preview_panel.h"
#include "preview/preview_runner.h"
#include "preview/query_view.h"
#include "preview/records_model.h"
#include "preview/related_tree.h"
#include "rest/routes.h"
#include "schema/schema.h"
#include "session.h"
#include "store/connection.h"
#include "store/seed.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace relata;
using preview::PreviewPanel;
using preview::RelatedTree;

class TestPreview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void relatedRowsMatchCli_data();
    void relatedRowsMatchCli();
    void canvasRelationExpandsInTree();
    void canvasModelShowsItsRecords();
    void treeRecordOpensInRecordsView();
    void scopeEditShowsWithinASecond();
    void scopeShowsWhileItIsTyped();
    void brokenScopeKeepsLastRows();
    void pagingFetchesMoreOnScroll();
    void columnClickSetsOrder();
    void filterErrorsAndLint();
    void queryViewShowsWhatRan();
    void namedScopeRunsFromTheRecordsView();
    void reverseLookupAppliesTheRelationScope_data();
    void reverseLookupAppliesTheRelationScope();
    void newerRequestDiscardsOlderAnswer();
    void slowQueryLeavesGuiResponsive();
    void unusableDatabase_data();
    void unusableDatabase();
    void deeplyNestedColumnOnOpen();
    void readOnlyDatabaseIsNotWritten();
    void createSampleDatabase();
    void screenshot();

private:
    std::unique_ptr<MainWindow> openWindow();
    QModelIndex expandCustomerRelation(MainWindow& window, const QString& relation);
    Json cli(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_app;
    QString m_database;
};

namespace preview_test {

constexpr int answerTimeoutMs = 10000;

QByteArray fileBytes(const QString& path);
// Customer's `orders` relation entry, with `scope` when it is not null.
Json ordersEntry(const Json& scope);
// Customer's `orders` branch of the tree's root record; null while it has none.
const relata::preview::RelatedTree::BranchNode* ordersNode(relata::preview::RelatedTree* tree);

} // namespace preview_test
