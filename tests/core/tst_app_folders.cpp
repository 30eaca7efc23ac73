#include "check/check.h"
#include "document/document.h"
#include "io/app_io.h"
#include "schema/schema.h"
#include "copy_tree.h"
#include "corpus_apps.h"

#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace relata;

namespace {

// No server/model-config.json: models in common/models and in modules/*/{common,server}/models.
const QString modularApp = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/apps/modular");

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Where Relata finds the models of a folder that is no standard app root (no
// server/model-config.json), and where it writes them back.
class TestAppFolders : public QObject {
    Q_OBJECT

private slots:
    void assembledAppModelsAreFound_data();
    void assembledAppModelsAreFound();
    void newModelInAFolderIsReadAgain_data();
    void newModelInAFolderIsReadAgain();
    void assembledAppSavesEachModelToItsFile();
    void assembledAppRelationsResolve_data();
    void assembledAppRelationsResolve();
};

// An app assembled at boot has no server/model-config.json; its models are
// the files of every `models` folder in it (node_modules left out).
void TestAppFolders::assembledAppModelsAreFound_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("file");
    QTest::addRow("common") << "Member" << "common/models/member.json";
    QTest::addRow("module common 1") << "Post" << "modules/blog/common/models/post.json";
    QTest::addRow("module common 2") << "Reply" << "modules/blog/common/models/reply.json";
    QTest::addRow("module server") << "Purchase" << "modules/shop/server/models/purchase.json";
    QTest::addRow("node_modules") << "LeftOut" << "";
}

void TestAppFolders::assembledAppModelsAreFound()
{
    QFETCH(QString, model);
    QFETCH(QString, file);
    QVERIFY2(QFileInfo(modularApp + QStringLiteral("/common/models/member.json")).isFile(), qPrintable(modularApp));
    const auto document = io::read(modularApp);
    QVERIFY(document);
    QCOMPARE(document->kind(), Document::Kind::Folder);
    QCOMPARE(document->modelIds().size(), std::size_t(4));
    const ModelId id = document->findModel(model.toStdString());
    QCOMPARE(id == ModelId::None ? QString() : document->modelFile(id).relativePath(), file);
    QCOMPARE(document->defaultModelPath("BlogEntry"), QStringLiteral("common/models/blog-entry.json"));
}

// A model added to a folder of models is saved where reading finds it again.
void TestAppFolders::newModelInAFolderIsReadAgain_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("path");
    QTest::addRow("common/models") << "common/models" << "common/models/blog-entry.json";
    QTest::addRow("a module's models") << "modules/blog/common/models" << "modules/blog/common/models/blog-entry.json";
    QTest::addRow("no models folder") << "" << "blog-entry.json";
}

void TestAppFolders::newModelInAFolderIsReadAgain()
{
    QFETCH(QString, folder);
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = QDir::cleanPath(dir.filePath(folder) + QStringLiteral("/post.json"));
    QVERIFY(QDir().mkpath(QFileInfo(existing).path()));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "Post"})");
    file.close();
    auto document = io::read(dir.path());
    QVERIFY(document);
    QCOMPARE(document->kind(), Document::Kind::Folder);
    const ModelId added = document->addModel(Json{{"name", "BlogEntry"}});
    QCOMPARE(document->modelFile(added).relativePath(), path);
    QVERIFY(io::write(*document).ok());
    const auto reread = io::read(dir.path());
    QVERIFY(reread->findModel("BlogEntry") != ModelId::None);
    QVERIFY(reread->findModel("Post") != ModelId::None);
}

void TestAppFolders::assembledAppSavesEachModelToItsFile()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(modularApp, dir.path()));
    auto document = io::read(dir.path());
    QVERIFY(document);
    for (const char* name : {"Member", "Post", "Reply", "Purchase"}) {
        const ModelId id = document->findModel(name);
        QVERIFY2(id != ModelId::None, name);
        Json value = document->model(id);
        value["description"] = std::string("edited ") + name;
        document->setModel(id, value);
    }
    const io::WriteReport report = io::write(*document);
    QVERIFY(report.ok());
    QStringList written = report.written;
    written.sort();
    QCOMPARE(written, (QStringList{"common/models/member.json", "modules/blog/common/models/post.json",
                                   "modules/blog/common/models/reply.json",
                                   "modules/shop/server/models/purchase.json"}));
    QVERIFY(readBytes(dir.filePath("modules/blog/common/models/reply.json")).contains("edited Reply"));
    QVERIFY(!QFileInfo::exists(dir.filePath("common/models/reply.json")));

    QTemporaryDir exported;
    QVERIFY(io::write(*document, exported.path()).ok());
    for (const QString& file : written)
        QCOMPARE(readBytes(exported.filePath(file)), readBytes(dir.filePath(file)));
}

// A relation's target is unknown only when no model file of the app defines
// it: JoshElias' esports site keeps its models in common/models and
// modules/*/common/models (24 false relation-model-unknown before; the 3
// left name models no file defines).
void TestAppFolders::assembledAppRelationsResolve_data()
{
    QTest::addColumn<QString>("app");
    QTest::addRow("modular fixture") << modularApp;
    if (test::corpusRowsMissing())
        return;
    QTest::addRow("JoshElias__esports-website") << test::corpusApp(QStringLiteral("JoshElias__esports-website"));
}

void TestAppFolders::assembledAppRelationsResolve()
{
    QFETCH(QString, app);
    if (test::corpusMissing(app))
        return;
    QSet<QString> defined;
    QDirIterator files(app, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const Json value = Json::parse(readBytes(path).toStdString(), nullptr, false);
        if (!path.contains(QLatin1String("/node_modules/")) && value.is_object() && value.contains("name")
            && value["name"].is_string())
            defined << QString::fromStdString(value["name"].get<std::string>());
    }
    const auto document = io::read(app);
    QVERIFY(document);
    const schema::Schema schema = schema::compile(*document);
    for (const Diagnostic& diagnostic : check::check(*document, schema)) {
        if (diagnostic.code != "relation-model-unknown")
            continue;
        const ModelId id = document->modelAt(diagnostic.file);
        QVERIFY2(id != ModelId::None, qPrintable(diagnostic.file));
        const Json target = document->model(id).at(Json::json_pointer(diagnostic.pointer));
        QVERIFY2(!defined.contains(QString::fromStdString(target.get<std::string>())),
                 qPrintable(diagnostic.file + QStringLiteral(": ") + QString::fromStdString(diagnostic.message)));
    }
}

QTEST_GUILESS_MAIN(TestAppFolders)
#include "tst_app_folders.moc"
