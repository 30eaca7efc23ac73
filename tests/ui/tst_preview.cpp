#include "tst_preview.h"

#include "fixture_app.h"
#include "person.h"

#include <QElapsedTimer>

namespace {

// What an accessor answered, as the list of rows the tree shows.
Json asRows(const Json& value)
{
    if (value.is_array())
        return value;
    return value.is_null() ? Json::array() : Json::array({value});
}

// The rows the tree shows for Customer's `relation` on the root record; null while it has none.
Json shownRows(RelatedTree* tree, const char* relation)
{
    const RelatedTree::BranchNode* node = tree->branchAt(tree->relationIndex(QStringLiteral("Customer"),
                                                                             QString::fromLatin1(relation)));
    return node ? node->branch.rows : Json();
}

} // namespace

namespace preview_test {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Json ordersEntry(const Json& scope)
{
    Json entry = {{"type", "hasMany"}, {"model", "Order"}, {"foreignKey", "customerId"}};
    if (!scope.is_null())
        entry["scope"] = scope;
    entry["options"] = {{"nestRemoting", true}};
    return entry;
}

const RelatedTree::BranchNode* ordersNode(RelatedTree* tree)
{
    return tree->branchAt(tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("orders")));
}

} // namespace preview_test

using namespace preview_test;

void TestPreview::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_preview"));
    QVERIFY(m_dir.isValid());
    m_app = m_dir.filePath(QStringLiteral("shop"));
    test::copyTree(QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop"), m_app);
    m_database = m_dir.filePath(QStringLiteral("shop.sqlite3"));
    std::unique_ptr<Document> document = io::read(m_app);
    QVERIFY(document);
    const schema::Schema schema = schema::compile(*document);
    store::Error error;
    auto connection = store::Connection::open(m_database, {store::Access::ReadWrite}, &error);
    QVERIFY2(connection, qPrintable(error.text()));
    const store::SeedResult seeded = store::seed(*connection, schema, {100, 1});
    QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error->text()));
}

std::unique_ptr<MainWindow> TestPreview::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    if (!window->openApp(m_app, true))
        return nullptr;
    PreviewPanel* panel = window->preview();
    panel->openDatabase(m_database);
    if (!QTest::qWaitFor([&] { return !panel->databasePath().isEmpty(); }, answerTimeoutMs))
        return nullptr;
    return window;
}

Json TestPreview::cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(RELATA_CLI), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return Json();
    }
    return Json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
}

// Selects the first Customer in the records view and expands `relation`.
QModelIndex TestPreview::expandCustomerRelation(MainWindow& window, const QString& relation)
{
    PreviewPanel* panel = window.preview();
    panel->showModel("Customer");
    if (!QTest::qWaitFor([&] { return panel->records()->rowCount() > 0; }, answerTimeoutMs))
        return {};
    panel->recordsView()->selectRow(0);
    RelatedTree* tree = panel->tree();
    QModelIndex index;
    const bool found = QTest::qWaitFor([&] {
        index = tree->relationIndex(QStringLiteral("Customer"), relation);
        return index.isValid();
    }, answerTimeoutMs);
    if (found)
        tree->expand(index);
    return index;
}

// One row per relation of Customer: the tree's rows for it are what
// `relata-cli related` answers for the same record.
void TestPreview::relatedRowsMatchCli_data()
{
    QTest::addColumn<QString>("relation");
    for (const char* relation : {"orders", "bigOrders", "profile", "favorites", "address", "emails", "pictures",
                                 "comments"})
        QTest::addRow("%s", relation) << QString::fromLatin1(relation);
}

void TestPreview::relatedRowsMatchCli()
{
    QFETCH(QString, relation);
    auto window = openWindow();
    QVERIFY(window);
    const QModelIndex index = expandCustomerRelation(*window, relation);
    QVERIFY(index.isValid());
    RelatedTree* tree = window->preview()->tree();
    const RelatedTree::BranchNode* node = tree->branchAt(index);
    QVERIFY(node);
    QVERIFY2(!node->branch.error, node->branch.error ? node->branch.error->message.c_str() : "");
    const Json expected = cli({QStringLiteral("related"), m_app, QStringLiteral("--db"), m_database,
                               QStringLiteral("Customer"), QString::fromStdString(node->recordId.dump()), relation});
    QVERIFY(!expected.is_discarded());
    QVERIFY2(node->branch.rows == asRows(expected),
             qPrintable(QStringLiteral("preview %1\ncli     %2")
                            .arg(QString::fromStdString(node->branch.rows.dump()),
                                 QString::fromStdString(expected.dump()))));
    QCOMPARE(tree->treeModel()->rowCount(index), int(node->branch.rows.size()));
    QVERIFY(tree->isExpanded(index));
}

void TestPreview::canvasRelationExpandsInTree()
{
    auto window = openWindow();
    QVERIFY(window);
    window->scene()->selectRelation(QStringLiteral("Customer"), QStringLiteral("orders"));
    RelatedTree* tree = window->preview()->tree();
    QTRY_VERIFY_WITH_TIMEOUT(tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("orders")).isValid(),
                             answerTimeoutMs);
    const QModelIndex index = tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("orders"));
    QVERIFY(tree->isExpanded(index));
    QCOMPARE(tree->currentIndex(), index);
    QCOMPARE(window->preview()->records()->modelName(), std::string("Customer"));
}

void TestPreview::canvasModelShowsItsRecords()
{
    auto window = openWindow();
    QVERIFY(window);
    window->scene()->selectModel(window->session()->document().findModel("Product"));
    PreviewPanel* panel = window->preview();
    QCOMPARE(panel->records()->modelName(), std::string("Product"));
    const Json expected = cli({QStringLiteral("query"), m_app, QStringLiteral("--db"), m_database,
                               QStringLiteral("Product"), QStringLiteral("{\"limit\": 50}")});
    QTRY_COMPARE_WITH_TIMEOUT(panel->records()->rowCount(), int(expected.size()), answerTimeoutMs);
    QVERIFY(panel->records()->row(0) == expected[0]);
}

// A record reached through the tree opens in the records view, filtered to it.
void TestPreview::treeRecordOpensInRecordsView()
{
    auto window = openWindow();
    QVERIFY(window);
    const QModelIndex orders = expandCustomerRelation(*window, QStringLiteral("orders"));
    QVERIFY(orders.isValid());
    RelatedTree* tree = window->preview()->tree();
    QVERIFY(tree->treeModel()->rowCount(orders) > 0);
    const Json order = tree->branchAt(orders)->branch.rows[0];
    emit tree->doubleClicked(tree->treeModel()->index(0, 0, orders));
    PreviewPanel* panel = window->preview();
    QCOMPARE(panel->records()->modelName(), std::string("Order"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->records()->rowCount() == 1 && !panel->runner()->isPending(QStringLiteral("records")),
                             answerTimeoutMs);
    QVERIFY(panel->records()->row(0) == order);
}

void TestPreview::scopeEditShowsWithinASecond()
{
    auto window = openWindow();
    QVERIFY(window);
    const QModelIndex index = expandCustomerRelation(*window, QStringLiteral("orders"));
    QVERIFY(index.isValid());
    RelatedTree* tree = window->preview()->tree();
    const Json all = tree->branchAt(index)->branch.rows;
    const Json id = tree->branchAt(index)->recordId;
    const Json scope = {{"where", {{"total", {{"gt", 100}}}}}, {"order", "total DESC"}};
    const Json expected = cli({QStringLiteral("related"), m_app, QStringLiteral("--db"), m_database,
                               QStringLiteral("Customer"), QString::fromStdString(id.dump()),
                               QStringLiteral("orders"), QString::fromStdString(scope.dump())});
    QVERIFY(expected.is_array());
    QVERIFY(expected != all);

    Session* session = window->session();
    QElapsedTimer timer;
    timer.start();
    session->edits().setRelation(session->document().findModel("Customer"), "orders", "orders", ordersEntry(scope));
    QTRY_VERIFY_WITH_TIMEOUT(shownRows(tree, "orders") == expected, 1000);
    qInfo("scope edit to preview: %lld ms", timer.elapsed());
    QVERIFY(tree->isExpanded(tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("orders"))));

    session->edits().undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(shownRows(tree, "orders") == all, 1000);
}

// The scope typed into the Inspector reaches the preview while the field
// still has the focus (no Tab, no click elsewhere); Tab then makes it one
// undo step, and Edit ▸ Undo brings the old rows back.
void TestPreview::scopeShowsWhileItIsTyped()
{
    auto window = openWindow();
    QVERIFY(window);
    test::Person person(*window);
    QVERIFY(person.showFitted());
    const QModelIndex index = expandCustomerRelation(*window, QStringLiteral("orders"));
    QVERIFY(index.isValid());
    RelatedTree* tree = window->preview()->tree();
    const Json all = tree->branchAt(index)->branch.rows;
    const Json id = tree->branchAt(index)->recordId;
    const QString scope = QStringLiteral(R"({"where": {"total": {"gt": 100}}, "order": "total DESC"})");
    const Json expected = cli({QStringLiteral("related"), m_app, QStringLiteral("--db"), m_database,
                               QStringLiteral("Customer"), QString::fromStdString(id.dump()),
                               QStringLiteral("orders"), scope});
    QVERIFY(expected.is_array());
    QVERIFY(expected != all);

    QVERIFY(person.clickRelation(QStringLiteral("Customer"), QStringLiteral("orders")));
    QWidget* field = person.field(QStringLiteral("scope"));
    QVERIFY(field);
    person.replaceText(field, scope);
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(shownRows(tree, "orders") == expected, 1000);
    qInfo("last keystroke to preview: %lld ms", timer.elapsed());
    QVERIFY(field->hasFocus());
    const int steps = window->session()->edits().undoStack()->count();
    person.commit(test::Commit::Tab);
    QCOMPARE(window->session()->edits().undoStack()->count(), steps);
    QVERIFY(person.undo());
    QTRY_VERIFY_WITH_TIMEOUT(shownRows(tree, "orders") == all, 1000);
}

void TestPreview::brokenScopeKeepsLastRows()
{
    auto window = openWindow();
    QVERIFY(window);
    const QModelIndex index = expandCustomerRelation(*window, QStringLiteral("orders"));
    QVERIFY(index.isValid());
    RelatedTree* tree = window->preview()->tree();
    const Json good = tree->branchAt(index)->branch.rows;
    QVERIFY(!good.empty());

    Session* session = window->session();
    session->edits().setRelation(session->document().findModel("Customer"), "orders", "orders",
                                 ordersEntry({{"limit", "many"}}));
    QTRY_VERIFY_WITH_TIMEOUT(ordersNode(tree) && ordersNode(tree)->stale, 1000);
    QVERIFY(ordersNode(tree)->branch.error);
    QVERIFY2(ordersNode(tree)->branch.error->message.find("limit") != std::string::npos,
             ordersNode(tree)->branch.error->message.c_str());
    QVERIFY(ordersNode(tree)->branch.rows == good);
    const QModelIndex relation = tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("orders"));
    QStandardItemModel* model = tree->treeModel();
    QCOMPARE(model->rowCount(relation), int(good.size()) + 1);
    const QModelIndex error = model->index(0, 0, relation);
    QCOMPARE(error.data(RelatedTree::KindRole).toInt(), int(RelatedTree::NodeKind::Message));
    QVERIFY(error.data().toString().contains(QLatin1String("limit")));
    const QModelIndex kept = model->index(1, 0, relation);
    QCOMPARE(kept.data(Qt::ForegroundRole).value<QColor>(), QPalette().color(QPalette::Disabled, QPalette::Text));

    session->edits().undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(ordersNode(tree) && !ordersNode(tree)->stale, 1000);
    QCOMPARE(model->rowCount(tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("orders"))),
             int(good.size()));
}

void TestPreview::pagingFetchesMoreOnScroll()
{
    auto window = openWindow();
    QVERIFY(window);
    window->show();
    PreviewPanel* panel = window->preview();
    window->findChild<QWidget*>(QStringLiteral("previewDock"))->raise();
    panel->records()->setPageSize(10);
    panel->showModel("OrderItem");
    preview::RecordsModel* records = panel->records();
    QTRY_VERIFY_WITH_TIMEOUT(records->rowCount() >= 10, answerTimeoutMs);
    QCOMPARE(records->rowCount() % 10, 0);
    QVERIFY(records->canFetchMore({}));
    // Each scroll to the bottom asks for one more page.
    QScrollBar* bar = panel->recordsView()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT((bar->setValue(bar->maximum()), records->rowCount() >= 40), answerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->runner()->isPending(QStringLiteral("records")), answerTimeoutMs);
    const int loaded = records->rowCount();
    QVERIFY(records->lastFilter()["limit"] == Json(10));
    QVERIFY(records->lastFilter()["skip"] == Json(loaded - 10));

    const Json expected = cli({QStringLiteral("query"), m_app, QStringLiteral("--db"), m_database,
                               QStringLiteral("OrderItem"), QStringLiteral("{\"limit\": %1}").arg(loaded)});
    QCOMPARE(int(expected.size()), loaded);
    for (int row = 0; row < loaded; ++row)
        QVERIFY(records->row(row) == expected[std::size_t(row)]);
}

void TestPreview::columnClickSetsOrder()
{
    auto window = openWindow();
    QVERIFY(window);
    PreviewPanel* panel = window->preview();
    panel->showModel("Customer");
    preview::RecordsModel* records = panel->records();
    QTRY_VERIFY_WITH_TIMEOUT(records->rowCount() > 1, answerTimeoutMs);
    int column = -1;
    for (int each = 0; each < records->columnCount(); ++each) {
        if (records->headerData(each, Qt::Horizontal, Qt::DisplayRole).toString() == QLatin1String("name"))
            column = each;
    }
    QVERIFY(column >= 0);
    QHeaderView* header = panel->recordsView()->horizontalHeader();
    emit header->sectionClicked(column);
    QCOMPARE(panel->filterEdit()->value()->value("order", std::string()), std::string("name ASC"));
    QTRY_COMPARE_WITH_TIMEOUT(records->lastFilter().value("order", std::string()), std::string("name ASC"),
                              answerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->runner()->isPending(QStringLiteral("records")), answerTimeoutMs);
    for (int row = 1; row < records->rowCount(); ++row)
        QVERIFY(records->row(row - 1)["name"].get<std::string>() <= records->row(row)["name"].get<std::string>());
    emit header->sectionClicked(column);
    QCOMPARE(panel->filterEdit()->value()->value("order", std::string()), std::string("name DESC"));
    QTRY_VERIFY_WITH_TIMEOUT(records->lastFilter().value("order", std::string()) == "name DESC"
                                 && !panel->runner()->isPending(QStringLiteral("records")),
                             answerTimeoutMs);
    for (int row = 1; row < records->rowCount(); ++row)
        QVERIFY(records->row(row - 1)["name"].get<std::string>() >= records->row(row)["name"].get<std::string>());
}

void TestPreview::filterErrorsAndLint()
{
    auto window = openWindow();
    QVERIFY(window);
    PreviewPanel* panel = window->preview();
    panel->showModel("Customer");
    QTRY_VERIFY_WITH_TIMEOUT(panel->records()->rowCount() > 0, answerTimeoutMs);
    panel->setFilterText(QStringLiteral("{\n  \"where\": {\"vip\": true,}\n}"));
    QVERIFY2(panel->lintLabel()->text().contains(QLatin1String("line 2, column")),
             qPrintable(panel->lintLabel()->text()));
    panel->setFilterText(QStringLiteral("{\"skip\": 2}"));
    QVERIFY2(panel->lintLabel()->text().startsWith(QLatin1String("/skip")), qPrintable(panel->lintLabel()->text()));
    panel->setFilterText(QStringLiteral("{\"where\": {\"vip\": true}}"));
    QCOMPARE(panel->lintLabel()->text(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->runner()->isPending(QStringLiteral("records"))
                                 && panel->records()->lastFilter().contains("where"),
                             answerTimeoutMs);
    const Json expected = cli({QStringLiteral("query"), m_app, QStringLiteral("--db"), m_database,
                               QStringLiteral("Customer"), QStringLiteral("{\"where\": {\"vip\": true}}")});
    QCOMPARE(panel->records()->rowCount(), int(expected.size()));
}

void TestPreview::queryViewShowsWhatRan()
{
    auto window = openWindow();
    QVERIFY(window);
    const QModelIndex index = expandCustomerRelation(*window, QStringLiteral("bigOrders"));
    QVERIFY(index.isValid());
    RelatedTree* tree = window->preview()->tree();
    tree->setCurrentIndex(index);
    const QString id = QString::fromStdString(tree->branchAt(index)->recordId.dump());
    preview::QueryView* view = window->preview()->queryView();
    QCOMPARE(view->restCall(), QStringLiteral("GET /Customers/%1/big-orders").arg(id));
    const Json received = Json::parse(view->receivedFilter().toStdString());
    QVERIFY(received["order"] == Json("total DESC"));
    QVERIFY(received["where"].dump().find("customerId") != std::string::npos);
    QVERIFY(received["where"].dump().find("gt") != std::string::npos);
    // findById of the customer, then the orders.
    QCOMPARE(view->statementCount(), 2);
    const Json routes = rest::routesJson(window->session()->schema(), "Customer")["models"]["Customer"]["routes"];
    int bigOrderRoutes = 0;
    for (const Json& route : routes)
        bigOrderRoutes += route.value("relation", std::string()) == "bigOrders" ? 1 : 0;
    QVERIFY(bigOrderRoutes > 0);
    QCOMPARE(view->routeCount(), bigOrderRoutes);

    window->preview()->setFilterText(QStringLiteral("{\"where\": {\"name\": {\"like\": \"A%\"}}}"));
    tree->setCurrentIndex({});
    QTRY_VERIFY_WITH_TIMEOUT(view->restCall().startsWith(QLatin1String("GET /Customers?filter=")), answerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(view->restCall().contains(QLatin1String("%22like%22%3A%22A%25%22")), answerTimeoutMs);
}

// The Scope box lists Customer's named scopes; choosing one runs
// Customer.vips(filter), merged as LoopBack merges it, as `relata-cli query
// --scope` does, and the REST call is the scope's own route.
void TestPreview::namedScopeRunsFromTheRecordsView()
{
    auto window = openWindow();
    QVERIFY(window);
    PreviewPanel* panel = window->preview();
    panel->showModel("Customer");
    QTRY_VERIFY_WITH_TIMEOUT(panel->records()->rowCount() > 0, answerTimeoutMs);
    QComboBox* scopes = panel->scopeBox();
    QVERIFY(scopes->isEnabled());
    const int vips = scopes->findData(QStringLiteral("vips"));
    QVERIFY(vips > 0);
    const QString filter = QStringLiteral("{\"order\": \"name DESC\", \"limit\": 20}");
    panel->setFilterText(filter);
    scopes->setCurrentIndex(vips);
    QCOMPARE(panel->records()->scopeName(), std::string("vips"));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->runner()->isPending(QStringLiteral("records")), answerTimeoutMs);
    const Json expected = cli({QStringLiteral("query"), m_app, QStringLiteral("--db"), m_database,
                               QStringLiteral("Customer"), filter, QStringLiteral("--scope"), QStringLiteral("vips")});
    QVERIFY(expected.is_array() && !expected.empty());
    QCOMPARE(panel->records()->rowCount(), int(expected.size()));
    for (int row = 0; row < panel->records()->rowCount(); ++row) {
        QVERIFY(panel->records()->row(row)["id"] == expected[std::size_t(row)]["id"]);
        QVERIFY(panel->records()->row(row)["vip"] == Json(true));
    }
    QTRY_VERIFY_WITH_TIMEOUT(panel->queryView()->restCall().startsWith(QLatin1String("GET /Customers/vips?filter=")),
                             answerTimeoutMs);

    // An edit that removes the scope leaves the box on a plain find.
    const ModelId id = window->scene()->modelItem(QStringLiteral("Customer"))->modelId();
    Json customer = window->session()->document().model(id);
    customer.erase("scopes");
    window->session()->edits().setModelJson(id, customer, QStringLiteral("Remove scopes"));
    QTRY_COMPARE_WITH_TIMEOUT(scopes->count(), 1, answerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(panel->records()->scopeName().empty()
                                 && !panel->runner()->isPending(QStringLiteral("records")),
                             answerTimeoutMs);
    bool someoneElse = false;
    for (int row = 0; row < panel->records()->rowCount(); ++row)
        someoneElse |= panel->records()->row(row)["vip"] == Json(false);
    QVERIFY(someoneElse);
}

// An Order seen from its side: Customer.orders reaches every order of the
// customer, Customer.bigOrders (scope: total > 100) only the big ones.
void TestPreview::reverseLookupAppliesTheRelationScope_data()
{
    QTest::addColumn<QString>("orderFilter");
    QTest::addColumn<int>("bigOrderOwners");
    QTest::addRow("small order") << QStringLiteral("{\"where\": {\"total\": {\"lte\": 100}}, \"limit\": 1}") << 0;
    QTest::addRow("big order") << QStringLiteral("{\"where\": {\"total\": {\"gt\": 100}}, \"limit\": 1}") << 1;
}

void TestPreview::reverseLookupAppliesTheRelationScope()
{
    QFETCH(QString, orderFilter);
    QFETCH(int, bigOrderOwners);
    auto window = openWindow();
    QVERIFY(window);
    PreviewPanel* panel = window->preview();
    panel->showModel("Order");
    panel->setFilterText(orderFilter);
    QTRY_VERIFY_WITH_TIMEOUT(panel->records()->rowCount() == 1 && !panel->runner()->isPending(QStringLiteral("records")),
                             answerTimeoutMs);
    panel->recordsView()->selectRow(0);
    RelatedTree* tree = panel->tree();
    QTRY_VERIFY_WITH_TIMEOUT(tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("bigOrders"), {}, true).isValid(),
                             answerTimeoutMs);
    const RelatedTree::BranchNode* all = tree->branchAt(tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("orders"), {}, true));
    const RelatedTree::BranchNode* big = tree->branchAt(tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("bigOrders"), {}, true));
    QVERIFY(all && big && all->branch.incoming && big->branch.incoming);
    QVERIFY(!big->branch.error);
    QCOMPARE(int(all->branch.rows.size()), 1);
    QCOMPARE(int(big->branch.rows.size()), bigOrderOwners);
}

QTEST_MAIN(TestPreview)
