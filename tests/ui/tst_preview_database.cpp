#include "tst_preview.h"

#include "fixture_app.h"

#include <sys/stat.h>

using namespace preview_test;

void TestPreview::newerRequestDiscardsOlderAnswer()
{
    auto window = openWindow();
    QVERIFY(window);
    preview::PreviewRunner* runner = window->preview()->runner();
    QSignalSpy answers(runner, &preview::PreviewRunner::finished);
    const int discarded = runner->discardedCount();
    preview::Request first;
    first.kind = preview::Request::Kind::Find;
    first.channel = QStringLiteral("test");
    first.model = "Order";
    preview::Request second = first;
    second.filter = {{"limit", 1}};
    runner->submit(first);
    const quint64 newest = runner->submit(second);
    QTRY_COMPARE_WITH_TIMEOUT(runner->discardedCount(), discarded + 1, answerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isPending(QStringLiteral("test")), answerTimeoutMs);
    int delivered = 0;
    for (const QList<QVariant>& answer : answers) {
        const auto result = answer.at(0).value<preview::ResultPtr>();
        if (result->channel == QLatin1String("test")) {
            ++delivered;
            QCOMPARE(result->generation, newest);
            QCOMPARE(result->answer.value.size(), std::size_t(1));
        }
    }
    QCOMPARE(delivered, 1);
}

// Another program holds an exclusive lock: the worker's query waits for it
// while the GUI thread keeps running its timers.
void TestPreview::slowQueryLeavesGuiResponsive()
{
    auto window = openWindow();
    QVERIFY(window);
    PreviewPanel* panel = window->preview();
    panel->showModel("Customer");
    QTRY_VERIFY_WITH_TIMEOUT(panel->records()->rowCount() > 0, answerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->runner()->isPending(QStringLiteral("records")), answerTimeoutMs);

    store::Error error;
    auto locker = store::Connection::open(m_database, {store::Access::ReadWrite}, &error);
    QVERIFY2(locker, qPrintable(error.text()));
    QSqlQuery lock(locker->database());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start();
    QElapsedTimer elapsed;
    elapsed.start();
    panel->setFilterText(QStringLiteral("{\"where\": {\"vip\": false}}"));
    QTest::qWait(1000);
    QVERIFY(panel->runner()->isPending(QStringLiteral("records")));
    QVERIFY2(ticks >= 30, qPrintable(QString::number(ticks)));
    qInfo("GUI timer ticks while the query waited 1 s: %d", ticks);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->runner()->isPending(QStringLiteral("records")), answerTimeoutMs);
    QVERIFY2(panel->records()->error().isEmpty(), qPrintable(panel->records()->error()));
    QVERIFY(panel->records()->lastFilter().contains("where"));
}

void TestPreview::unusableDatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::addRow("missing") << QByteArray() << QStringLiteral("no such database file");
    QTest::addRow("not a database") << QByteArray(4096, 'x') << QStringLiteral("not a SQLite database");
    QTest::addRow("folder") << QByteArray("/") << QStringLiteral("is a folder");
    // SQLite would block the worker on a FIFO until a writer came.
    QTest::addRow("FIFO") << QByteArray("|") << QStringLiteral("not a regular file");
}

void TestPreview::unusableDatabase()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    auto window = openWindow();
    QVERIFY(window);
    PreviewPanel* panel = window->preview();
    const QString path = m_dir.filePath(QStringLiteral("unusable-%1").arg(QTest::currentDataTag()).replace(u' ', u'-'));
    if (content == "/")
        QVERIFY(QDir().mkpath(path));
    else if (content == "|")
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QElapsedTimer timer;
    timer.start();
    panel->openDatabase(path);
    QVERIFY(timer.elapsed() < 100);
    QTRY_VERIFY_WITH_TIMEOUT(panel->databasePath().isEmpty(), answerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(panel->message().contains(expected), answerTimeoutMs);
    QVERIFY(panel->message().contains(QDir::toNativeSeparators(path)));
}

// Issue 10: relata.json remembers a database whose JSON column nests 40,000
// deep; opening the app shows the query's error instead of ending the designer.
void TestPreview::deeplyNestedColumnOnOpen() {
    const QString app = m_dir.filePath(QStringLiteral("deep-app"));
    test::copyTree(QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop"), app);
    const QString database = app + QStringLiteral("/deep.sqlite3");
    QVERIFY(QFile::copy(m_database, database));
    {
        store::Error error;
        const auto connection =
            store::Connection::open(database, {store::Access::ReadWrite}, &error);
        QVERIFY2(connection, qPrintable(error.text()));
        QSqlQuery update(connection->database());
        QVERIFY(update.prepare(QStringLiteral("UPDATE customer SET billingaddress = ?")));
        update.addBindValue(QString(40000, u'[') + QString(40000, u']'));
        QVERIFY(update.exec());
    }
    QFile designer(app + QStringLiteral("/relata.json"));
    QVERIFY(designer.open(QIODevice::WriteOnly));
    designer.write(R"({"version": 1, "database": "deep.sqlite3"})");
    designer.close();
    MainWindow window;
    QVERIFY(window.openApp(app, true));
    PreviewPanel* panel = window.preview();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->databasePath().isEmpty(), answerTimeoutMs);
    panel->showModel("Customer");
    QTRY_VERIFY_WITH_TIMEOUT(panel->message().contains(QStringLiteral("nested too deeply")),
                             answerTimeoutMs);
}

void TestPreview::readOnlyDatabaseIsNotWritten()
{
    const QByteArray before = fileBytes(m_database);
    const QDateTime modified = QFileInfo(m_database).lastModified();
    QVERIFY(!before.isEmpty());
    {
        auto window = openWindow();
        QVERIFY(window);
        const QModelIndex index = expandCustomerRelation(*window, QStringLiteral("orders"));
        QVERIFY(index.isValid());
        Session* session = window->session();
        session->edits().setRelation(session->document().findModel("Customer"), "orders", "orders",
                                     ordersEntry({{"where", {{"total", {{"lt", 50}}}}}}));
        RelatedTree* tree = window->preview()->tree();
        QTRY_VERIFY_WITH_TIMEOUT(ordersNode(tree) && !ordersNode(tree)->branch.trace.empty()
                                     && ordersNode(tree)->branch.trace.back().filter.dump().find("\"lt\"")
                                            != std::string::npos,
                                 answerTimeoutMs);
        window->preview()->showModel("OrderItem");
        QTRY_VERIFY_WITH_TIMEOUT(window->preview()->records()->rowCount() > 0, answerTimeoutMs);
    }
    QCOMPARE(QFileInfo(m_database).lastModified(), modified);
    QVERIFY(fileBytes(m_database) == before);
    QVERIFY(!QFileInfo::exists(m_database + QStringLiteral("-journal")));
}

void TestPreview::createSampleDatabase()
{
    auto window = openWindow();
    QVERIFY(window);
    PreviewPanel* panel = window->preview();
    const QString path = m_dir.filePath(QStringLiteral("created.sqlite3"));
    panel->createSampleDatabase(path, 20);
    QTRY_COMPARE_WITH_TIMEOUT(panel->databasePath(), path, answerTimeoutMs);
    // Outside the app folder the path is kept absolute.
    QVERIFY(window->session()->document().designerSetting("database") == Json(path.toStdString()));
    panel->showModel("OrderItem");
    QTRY_COMPARE_WITH_TIMEOUT(panel->records()->rowCount(), 20, answerTimeoutMs);
    QVERIFY(panel->message().isEmpty());

    // A temporary database is used but not remembered: it goes with the window.
    const QString temporary = panel->temporaryDatabasePath();
    panel->createSampleDatabase(temporary, 8);
    QTRY_COMPARE_WITH_TIMEOUT(panel->databasePath(), temporary, answerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(panel->records()->rowCount(), 8, answerTimeoutMs);
    QVERIFY(window->session()->document().designerSetting("database") == Json(path.toStdString()));
}

// RELATA_SCREENSHOT=FILE.png: the window with the sample app, a Customer
// selected and its orders expanded, for the README.
void TestPreview::screenshot()
{
    const QString target = qEnvironmentVariable("RELATA_SCREENSHOT");
    if (target.isEmpty())
        QSKIP("set RELATA_SCREENSHOT=FILE.png to write the screenshot");
    auto window = openWindow();
    QVERIFY(window);
    window->show();
    window->findChild<QWidget*>(QStringLiteral("previewDock"))->raise();
    window->scene()->selectRelation(QStringLiteral("Customer"), QStringLiteral("orders"));
    RelatedTree* tree = window->preview()->tree();
    QTRY_VERIFY_WITH_TIMEOUT(tree->relationIndex(QStringLiteral("Customer"), QStringLiteral("orders")).isValid(),
                             answerTimeoutMs);
    window->resize(1600, 1000);
    window->resizeDocks({window->findChild<QDockWidget*>(QStringLiteral("previewDock"))}, {480}, Qt::Vertical);
    QTest::qWait(300);
    window->view()->fitAll();
    QVERIFY(window->grab().save(target));
}
