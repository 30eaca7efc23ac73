#include "document/document.h"
#include "document/key_order.h"
#include "io/app_io.h"
#include "copy_tree.h"
#include "corpus_apps.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relata;

namespace {

const QString miniApp = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/apps/mini");

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::vector<std::string> keys(const Json& object)
{
    std::vector<std::string> names;
    for (const auto& entry : object.items())
        names.push_back(entry.key());
    return names;
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT

private slots:
    void readsAppRootWithSourcesAndLayout();
    void brokenAndForeignFilesAreReported();
    void unreadablePathIsAnError();
    void newKeysGoWhereLoopBackPutsThem_data();
    void newKeysGoWhereLoopBackPutsThem();
    void defaultModelPath_data();
    void defaultModelPath();
    void saveWritesOnlyChangedFiles();
    void savedDeletionRemovesFileAndUndoRestoresIt();
    void newModelIsWrittenInCanonicalStyle();
    void newModelNeverTakesATakenPath_data();
    void newModelNeverTakesATakenPath();
    void saveNeverWritesOverFilesItDidNotRead_data();
    void saveNeverWritesOverFilesItDidNotRead();
    void firstRelataJsonIsTheNextSavesBaseline();
    void undoingSavedEditsGivesBackTheBytesRead();
    void removedModelKeepsItsPlaceInRelataJson();
    void builtinModelPlacesAreKeptByName();
    void reloadReadsWhatChangedOutsideInPlace();
    void exportRoundTripsCorpusByteForByte_data();
    void exportRoundTripsCorpusByteForByte();
    void validateReportsBrokenFileUntouched_data();
    void validateReportsBrokenFileUntouched();
};

void TestDocument::readsAppRootWithSourcesAndLayout()
{
    io::ReadError error;
    const auto document = io::read(miniApp, &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->kind(), Document::Kind::App);
    QVERIFY(document->modelConfig());
    QCOMPARE(document->modelIds().size(), std::size_t(2));
    const ModelId customer = document->findModel("Customer");
    const ModelId order = document->findModel("Order");
    QVERIFY(customer != ModelId::None && order != ModelId::None);
    QCOMPARE(document->findModel("customer"), ModelId::None);
    QCOMPARE(document->modelFile(customer).relativePath(), QStringLiteral("common/models/customer.json"));
    QCOMPARE(document->modelFile(customer).text().style().newline, std::string("\r\n"));
    QCOMPARE(document->diagram().placement(order)->x, 300.0);
    QVERIFY(document->diagram().placement(order)->pinned);
    QVERIFY(document->designerSetting("database") == Json("shop.sqlite3"));
    QVERIFY(!document->isModified());
}

void TestDocument::brokenAndForeignFilesAreReported()
{
    const auto document = io::read(miniApp);
    QVERIFY(document);
    QCOMPARE(document->brokenFiles().size(), std::size_t(1));
    const BrokenFile& broken = document->brokenFiles().front();
    QCOMPARE(broken.relativePath, QStringLiteral("common/models/broken.json"));
    QCOMPARE(broken.error.at.line, 5);
    const auto skipped = std::find_if(document->readDiagnostics().begin(),
                                      document->readDiagnostics().end(),
                                      [](const Diagnostic& d) { return d.code == "file-not-a-model"; });
    QVERIFY(skipped != document->readDiagnostics().end());
    QCOMPARE(skipped->file, QStringLiteral("common/models/notes.json"));
}

void TestDocument::unreadablePathIsAnError()
{
    io::ReadError error;
    QVERIFY(!io::read(QStringLiteral("/nonexistent/relata/app"), &error));
    QCOMPARE(error.path, QStringLiteral("/nonexistent/relata/app"));
    QVERIFY(!error.message.isEmpty());
}

void TestDocument::newKeysGoWhereLoopBackPutsThem_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::addRow("relations between properties and acls")
        << R"({"name":"A","properties":{},"acls":[]})"
        << R"({"name":"A","properties":{},"acls":[],"relations":{}})"
        << R"({"name":"A","properties":{},"relations":{},"acls":[]})";
    QTest::addRow("plural after name, before base")
        << R"({"name":"A","base":"Model"})" << R"({"name":"A","base":"Model","plural":"As"})"
        << R"({"name":"A","plural":"As","base":"Model"})";
    QTest::addRow("unknown key before properties")
        << R"({"name":"A","properties":{}})" << R"({"name":"A","properties":{},"mixins":{}})"
        << R"({"name":"A","mixins":{},"properties":{}})";
    QTest::addRow("existing odd order is kept")
        << R"({"relations":{},"name":"A"})" << R"({"relations":{},"name":"A","base":"M"})"
        << R"({"relations":{},"name":"A","base":"M"})";
    QTest::addRow("foreignKey after model in a relation")
        << R"({"name":"A","relations":{"b":{"type":"belongsTo","model":"B","options":{}}}})"
        << R"({"name":"A","relations":{"b":{"type":"belongsTo","model":"B","options":{},"foreignKey":"bId"}}})"
        << R"({"name":"A","relations":{"b":{"type":"belongsTo","model":"B","foreignKey":"bId","options":{}}}})";
    QTest::addRow("required after type in a property")
        << R"({"name":"A","properties":{"p":{"type":"string","description":"d"}}})"
        << R"({"name":"A","properties":{"p":{"type":"string","description":"d","required":true}}})"
        << R"({"name":"A","properties":{"p":{"type":"string","required":true,"description":"d"}}})";
    QTest::addRow("new relation keeps its own canonical order")
        << R"({"name":"A","relations":{}})"
        << R"({"name":"A","relations":{"b":{"foreignKey":"x","model":"B","type":"hasMany"}}})"
        << R"({"name":"A","relations":{"b":{"type":"hasMany","model":"B","foreignKey":"x"}}})";
    QTest::addRow("acl keys")
        << R"({"name":"A","acls":[]})"
        << R"({"name":"A","acls":[{"permission":"DENY","accessType":"*","principalId":"$everyone","principalType":"ROLE"}]})"
        << R"({"name":"A","acls":[{"accessType":"*","principalType":"ROLE","principalId":"$everyone","permission":"DENY"}]})";
}

void TestDocument::newKeysGoWhereLoopBackPutsThem()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const Json placed = placeNewModelKeys(Json::parse(before.toStdString()),
                                          Json::parse(after.toStdString()));
    QCOMPARE(placed.dump(), Json::parse(expected.toStdString()).dump());
}

void TestDocument::defaultModelPath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addRow("camel") << "OrderItem" << "common/models/order-item.json";
    QTest::addRow("single") << "Customer" << "common/models/customer.json";
    QTest::addRow("all caps") << "ACL" << "common/models/acl.json";
    QTest::addRow("dashed") << "my-Model" << "common/models/my-model.json";
    QTest::addRow("acronym then word") << "URLShortener" << "common/models/url-shortener.json";
    QTest::addRow("underscore") << "order_item" << "common/models/order-item.json";
    // lodash 4 kebabCase, as loopback-workspace's toFilename calls it (checked with lodash 4.18).
    QTest::addRow("acronym, one capital first") << "OAuthToken" << "common/models/o-auth-token.json";
    QTest::addRow("acronym at the end") << "userID" << "common/models/user-id.json";
    QTest::addRow("acronym then plural s") << "IDs" << "common/models/i-ds.json";
    QTest::addRow("acronym then capitalised word") << "APIKey" << "common/models/api-key.json";
    QTest::addRow("digit inside") << "Model2Go" << "common/models/model-2-go.json";
    QTest::addRow("digits inside") << "Acme2000Order" << "common/models/acme-2000-order.json";
    QTest::addRow("digit after an acronym") << "HTTP2Server" << "common/models/http-2-server.json";
    QTest::addRow("digit after a capital") << "V2Model" << "common/models/v-2-model.json";
    QTest::addRow("ordinals") << "Item1st2nd" << "common/models/item-1-st-2nd.json";
    QTest::addRow("underscore and digit") << "Model_V2" << "common/models/model-v-2.json";
    QTest::addRow("double underscore") << "Foo__Bar" << "common/models/foo-bar.json";
    QTest::addRow("leading underscore") << "_private" << "common/models/private.json";
    QTest::addRow("all caps with underscore kept") << "MY_MODEL" << "common/models/my_model.json";
    QTest::addRow("all caps with digits") << "A1B2" << "common/models/a1b2.json";
}

void TestDocument::defaultModelPath()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    Document document(QStringLiteral("/app"), Document::Kind::App);
    QCOMPARE(document.defaultModelPath(name.toStdString()), path);
}

void TestDocument::saveWritesOnlyChangedFiles()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    const QByteArray customerBefore = readBytes(dir.filePath("common/models/customer.json"));
    const QByteArray brokenBefore = readBytes(dir.filePath("common/models/broken.json"));
    auto document = io::read(dir.path());
    QVERIFY(document);
    QCOMPARE(io::write(*document).written, QStringList());

    const ModelId order = document->findModel("Order");
    QSignalSpy changed(document.get(), &Document::modelChanged);
    Json value = document->model(order);
    value["properties"]["status"] = {{"type", "string"}};
    document->setModel(order, value);
    QCOMPARE(changed.count(), 1);
    QVERIFY(document->isModified());

    const io::WriteReport report = io::write(*document);
    QVERIFY(report.ok());
    QCOMPARE(report.written, QStringList{QStringLiteral("common/models/order.json")});
    QVERIFY(!document->isModified());
    QCOMPARE(readBytes(dir.filePath("common/models/customer.json")), customerBefore);
    QCOMPARE(readBytes(dir.filePath("common/models/broken.json")), brokenBefore);
    const QByteArray order_bytes = readBytes(dir.filePath("common/models/order.json"));
    QVERIFY(order_bytes.contains(R"("properties": {"total": {"type": "number"}, "status": {"type": "string"}})"));

    const auto reread = io::read(dir.path());
    QVERIFY(reread->model(reread->findModel("Order")) == value);
}

void TestDocument::savedDeletionRemovesFileAndUndoRestoresIt()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    auto document = io::read(dir.path());
    const ModelId order = document->findModel("Order");
    const QByteArray bytes = readBytes(dir.filePath("common/models/order.json"));
    SourceFile taken = document->takeModel(order);
    io::WriteReport report = io::write(*document);
    QCOMPARE(report.removed, QStringList{QStringLiteral("common/models/order.json")});
    QVERIFY(!QFile::exists(dir.filePath("common/models/order.json")));

    document->insertModel(order, std::move(taken));
    report = io::write(*document);
    QVERIFY(report.written.contains(QStringLiteral("common/models/order.json")));
    QCOMPARE(readBytes(dir.filePath("common/models/order.json")), bytes);
}

void TestDocument::newModelIsWrittenInCanonicalStyle()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    auto document = io::read(dir.path());
    const ModelId id = document->addModel(
        Json{{"properties", Json::object()}, {"base", "PersistedModel"}, {"name", "LineItem"}});
    QCOMPARE(keys(document->model(id)), (std::vector<std::string>{"name", "base", "properties"}));
    QVERIFY(io::write(*document).ok());
    QCOMPARE(readBytes(dir.filePath("common/models/line-item.json")),
             QByteArray("{\n  \"name\": \"LineItem\",\n  \"base\": \"PersistedModel\",\n"
                        "  \"properties\": {}\n}\n"));
}

void TestDocument::newModelNeverTakesATakenPath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addRow("a file that failed to parse") << "Broken"
                                                 << "common/models/broken-2.json";
    QTest::addRow("a JSON file that is not a model") << "Notes"
                                                     << "common/models/notes-2.json";
    QTest::addRow("a file created since the app was read") << "Later"
                                                           << "common/models/later-2.json";
    QTest::addRow("another model's file") << "Order"
                                          << "common/models/order-2.json";
    QTest::addRow("a free path") << "LineItem"
                                 << "common/models/line-item.json";
}

void TestDocument::newModelNeverTakesATakenPath()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    auto document = io::read(dir.path());
    QFile later(dir.filePath("common/models/later.json"));
    QVERIFY(later.open(QIODevice::WriteOnly));
    later.write(R"({"name": "Later"})");
    later.close();
    const QString defaultPath = document->defaultModelPath(name.toStdString());
    const QByteArray before = readBytes(dir.filePath(defaultPath));

    const ModelId id = document->addModel(Json{{"name", name.toStdString()}});
    QCOMPARE(document->modelFile(id).relativePath(), path);
    QVERIFY(io::write(*document).ok());
    if (path != defaultPath)
        QCOMPARE(readBytes(dir.filePath(defaultPath)), before);
    // loopback-boot reads every *.json of a source folder and keys it by "name".
    const auto reread = io::read(dir.path());
    QVERIFY(reread->findModel(name.toStdString()) != ModelId::None);
}

void TestDocument::saveNeverWritesOverFilesItDidNotRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("outside"); // written after the read; empty: left as it is
    QTest::addRow("a file that failed to parse") << "common/models/broken.json" << QByteArray();
    QTest::addRow("a file created since the read")
        << "common/models/later.json" << QByteArray(R"({"name": "Later"})");
    QTest::addRow("a model file changed since the read")
        << "common/models/order.json" << QByteArray(R"({"name": "Order", "base": "Model"})");
}

void TestDocument::saveNeverWritesOverFilesItDidNotRead()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, outside);
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    auto document = io::read(dir.path());
    if (!outside.isEmpty()) {
        QFile file(dir.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(outside);
    }
    const QByteArray before = readBytes(dir.filePath(path));
    if (const ModelId id = document->findModel("Order"); path.endsWith(u"order.json"))
        document->setModel(id, Json{{"name", "Order"}, {"properties", Json::object()}});
    else
        document->addModel(Json{{"name", "Intruder"}}, path);

    const io::WriteReport report = io::write(*document);
    QCOMPARE(int(report.failed.size()), 1);
    QCOMPARE(report.failed.front().relativePath, path);
    QVERIFY(!report.failed.front().message.isEmpty());
    QCOMPARE(readBytes(dir.filePath(path)), before);
}

void TestDocument::firstRelataJsonIsTheNextSavesBaseline()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    QVERIFY(QFile::remove(dir.filePath("relata.json")));
    auto document = io::read(dir.path());
    const ModelId order = document->findModel("Order");
    document->setPlacement(order, NodePlacement{.x = 10, .y = 20, .pinned = false, .collapsed = false, .color = {}});
    QVERIFY(io::write(*document).ok());
    document->setPlacement(order, NodePlacement{.x = 30, .y = 40, .pinned = false, .collapsed = false, .color = {}});
    const io::WriteReport report = io::write(*document);
    QVERIFY(report.ok());
    QCOMPARE(report.written, QStringList{QStringLiteral("relata.json")});
}

// A duplicate key and spacing the style does not follow cannot be rendered
// from the value; after a save without them, undoing the edit brings them back.
void TestDocument::undoingSavedEditsGivesBackTheBytesRead()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    const QByteArray config = "{\n  \"Order\": {\"public\":false},\n  \"Customer\": {\n    \"dataSource\": \"db\"\n  },\n"
                              "  \"Order\": {\n    \"dataSource\": \"db\",\n    \"public\": true\n  }\n}\n";
    QVERIFY(io::saveFile(dir.filePath("server/model-config.json"), config) == std::nullopt);
    auto document = io::read(dir.path());
    QVERIFY(document);
    const Json read = document->modelConfig()->value();
    Json edited = read;
    edited.erase("Order");
    document->setModelConfigValue(edited);
    QVERIFY(io::write(*document).ok());
    QVERIFY(!readBytes(dir.filePath("server/model-config.json")).contains("Order"));

    document->setModelConfigValue(read);
    QCOMPARE(QByteArray::fromStdString(document->modelConfig()->render()), config);
    QVERIFY(document->isModified());
    QVERIFY(io::write(*document).ok());
    QCOMPARE(readBytes(dir.filePath("server/model-config.json")), config);
    QVERIFY(!document->isModified());
}

// An app opened without relata.json: a model deleted, saved and brought back
// by undo takes its old place in relata.json again, not the last one.
void TestDocument::removedModelKeepsItsPlaceInRelataJson()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    QVERIFY(QFile::remove(dir.filePath("relata.json")));
    auto document = io::read(dir.path());
    QVERIFY(document);
    double x = 0;
    for (ModelId id : document->modelIds())
        document->setPlacement(id, NodePlacement{.x = x += 100, .y = 0, .pinned = false, .collapsed = false, .color = {}});
    const std::string opened = document->renderDesignerFile();
    const ModelId first = document->modelIds().front();
    const auto placement = document->diagram().placement(first);
    QVERIFY(placement);

    document->clearPlacement(first);
    SourceFile taken = document->takeModel(first);
    QVERIFY(io::write(*document).ok());
    document->insertModel(first, std::move(taken), 0);
    document->setPlacement(first, *placement);
    QCOMPARE(QString::fromStdString(document->renderDesignerFile()), QString::fromStdString(opened));
    QVERIFY(io::write(*document).ok());
    QCOMPARE(readBytes(dir.filePath("relata.json")), QByteArray::fromStdString(opened));
}

// relata.json places built-in models (no file, no ModelId) by name, beside
// the app's models: read, written back unchanged, and read again on reload.
void TestDocument::builtinModelPlacesAreKeptByName()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    const QByteArray designer = "{\n  \"version\": 1,\n  \"models\": {\n    \"Customer\": {\"x\": 10, \"y\": 20},\n"
                                "    \"User\": {\"x\": -40.5, \"y\": 300},\n    \"Order\": {\"x\": 300, \"y\": 20}\n  }\n}\n";
    QFile file(dir.filePath("relata.json"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(designer) == designer.size());
    file.close();
    auto document = io::read(dir.path());
    QVERIFY(document);
    const auto user = document->diagram().builtinPlacement("User");
    QVERIFY(user);
    QCOMPARE(user->x, -40.5);
    QCOMPARE(user->y, 300.0);
    QCOMPARE(document->diagram().builtins().size(), std::size_t(1));
    QVERIFY(!document->diagram().builtinPlacement("Customer"));
    QVERIFY(!document->isModified());

    QSignalSpy moved(document.get(), &Document::builtinPlacementChanged);
    document->setBuiltinPlacement("User", NodePlacement{.x = 7, .y = 8, .pinned = false, .collapsed = false, .color = {}});
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.takeFirst().at(0).toString(), QStringLiteral("User"));
    QVERIFY(document->isLayoutModified());
    QVERIFY(io::write(*document).ok());
    const Json written = Json::parse(readBytes(dir.filePath("relata.json")).toStdString());
    QCOMPARE(written["models"]["User"]["x"].get<double>(), 7.0);
    QCOMPARE(keys(written["models"]), (std::vector<std::string>{"Customer", "Order", "User"}));
    QVERIFY(!io::read(dir.path())->isLayoutModified());

    // Changed outside: the place read again; gone from the file: no place.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(designer) == designer.size());
    file.close();
    QVERIFY(io::reload(*document, QStringLiteral("relata.json")));
    QCOMPARE(document->diagram().builtinPlacement("User")->x, -40.5);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"version\": 1, \"models\": {\"Customer\": {\"x\": 10, \"y\": 20}}}\n");
    file.close();
    QVERIFY(io::reload(*document, QStringLiteral("relata.json")));
    QVERIFY(!document->diagram().builtinPlacement("User"));
    QVERIFY(document->diagram().builtins().empty());
}

void TestDocument::reloadReadsWhatChangedOutsideInPlace()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(miniApp, dir.path()));
    auto document = io::read(dir.path());
    QCOMPARE(io::changedOnDisk(*document), QStringList{QStringLiteral("common/models/notes.json")});
    QVERIFY(!io::reload(*document, QStringLiteral("common/models/notes.json"))); // still not a model

    // What a save writes is its own: nothing to reload.
    const ModelId order = document->findModel("Order");
    document->setModel(order, Json{{"name", "Order"}, {"properties", Json::object()}});
    QVERIFY(io::write(*document).ok());
    QVERIFY(!io::changedOnDisk(*document).contains(QStringLiteral("common/models/order.json")));

    for (const auto& [path, bytes] : {std::pair{"common/models/order.json", R"({"name": "Order", "plural": "Orders"})"},
                                      std::pair{"common/models/broken.json", R"({"name": "Broken"})"}}) {
        QFile file(dir.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    const QStringList changed = io::changedOnDisk(*document);
    QVERIFY(changed.contains(QStringLiteral("common/models/order.json")));
    QVERIFY(changed.contains(QStringLiteral("common/models/broken.json")));
    for (const QString& path : changed)
        io::reload(*document, path);
    QCOMPARE(document->findModel("Order"), order); // the id, and so the canvas place, stays
    QVERIFY(document->model(order)["plural"] == "Orders");
    QVERIFY(!document->isModified());
    QVERIFY(document->findModel("Broken") != ModelId::None);
    QVERIFY(document->brokenFiles().empty());
}

void TestDocument::exportRoundTripsCorpusByteForByte_data()
{
    QTest::addColumn<QString>("root");
    const QString corpusDir = test::corpusDir();
    if (test::corpusRowsMissing())
        return;
    // Every folder LoopBack boots as an app, and every folder of model files.
    QDirIterator it(corpusDir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList roots;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/_bad-input")))
            continue;
        const bool app = QFileInfo::exists(path + "/server/model-config.json");
        const bool models = QFileInfo(path + "/common/models").isDir();
        if (app || (models && !QFileInfo::exists(QFileInfo(path).path() + "/server/model-config.json")))
            roots << path;
    }
    roots.sort();
    for (const QString& root : roots)
        QTest::addRow("%s", qPrintable(root.mid(corpusDir.size() + 1))) << root;
}

void TestDocument::exportRoundTripsCorpusByteForByte()
{
    QFETCH(QString, root);
    if (test::corpusMissing(root))
        return;
    QTemporaryDir out;
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), {QStringLiteral("export"), root, QStringLiteral("--out"), out.path()});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const Json report = Json::parse(cli.readAllStandardOutput().toStdString());
    QVERIFY(!report["written"].empty());
    for (const Json& path : report["written"]) {
        const QString relative = QString::fromStdString(path.get<std::string>());
        QCOMPARE(readBytes(out.filePath(relative)), readBytes(root + u'/' + relative));
    }
}

// Each real broken file of the corpus (and the repository's own), through the command line:
// `file:line:column: message` on stderr, exit 2, and the file left as it was.
void TestDocument::validateReportsBrokenFileUntouched_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("location");
    const auto row = [](const char* name, const QString& app, const char* file, const char* location) {
        QTest::addRow("%s", name) << app << QString::fromLatin1(file) << QString::fromLatin1(location);
    };
    const QString bad = test::corpusDir() + QStringLiteral("/_bad-input/");
    row("repository fixture", miniApp, "common/models/broken.json", "5:3: trailing comma before '}'");
    row("trailing comma after the last entry", bad + QStringLiteral("crownstone__crownstone-cloud@1cf2a8b"),
        "server/model-config.json", "242:1: trailing comma before '}'");
    row("trailing comma in an ACL", bad + QStringLiteral("ebrake__visav-health-platform@d786b29"),
        "common/models/person.json", "117:5: trailing comma before '}'");
    row("trailing comma in a property", bad + QStringLiteral("SteveFortune__isometrica-app@f88282d"),
        "common/models/plan.json", "18:5: trailing comma before '}'");
    row("missing comma", bad + QStringLiteral("isotopeee__dietview-api@1387817"), "common/models/user.json",
        "7:5: expected ',' or '}' after object member");
    row("git conflict markers", bad + QStringLiteral("JoshElias__esports-website@fb6ec30"),
        "common/models/guide-hero.json",
        "36:1: unresolved merge conflict marker '<<<<<<<' (resolve the git conflict)");
    row("stray closing brace", bad + QStringLiteral("AKAJEANYANN__horeoo-api@e9a18a6"), "common/models/offre.json",
        "50:4: unexpected ',' after the end of the top-level value (a closing bracket too many before it?)");
}

void TestDocument::validateReportsBrokenFileUntouched()
{
    QFETCH(QString, app);
    QFETCH(QString, file);
    QFETCH(QString, location);
    if (test::corpusMissing(app))
        return;
    // A writable copy: a read-only source could not be overwritten anyway.
    QTemporaryDir dir;
    QVERIFY(test::copyTree(app, dir.path()));
    const QByteArray before = readBytes(dir.filePath(file));
    QVERIFY(!before.isEmpty());
    const QDateTime modified = QFileInfo(dir.filePath(file)).lastModified();
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), {QStringLiteral("validate"), dir.path()});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 2);
    const QStringList lines = QString::fromUtf8(cli.readAllStandardError()).split(u'\n');
    const QString expected = file + u':' + location;
    QVERIFY2(lines.contains(expected), qPrintable(lines.join(u'\n') + QStringLiteral("\nlacks: ") + expected));
    QCOMPARE(readBytes(dir.filePath(file)), before);
    QCOMPARE(QFileInfo(dir.filePath(file)).lastModified(), modified);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
