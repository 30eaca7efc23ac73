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

#include <algorithm>

using namespace relata;

namespace {

// No server/model-config.json but server/configs/model-config.json without _meta.sources:
// models in common/models and in modules/*/{common,server}/models.
const QString modularApp = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/apps/modular");
// server/config/model-config.json whose _meta.sources name ../../common/models.
const QString configFolderApp = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/apps/config-folder");

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
    void modelConfigIsFound_data();
    void modelConfigIsFound();
    void modelConfigOutsideServerConfiguresModels_data();
    void modelConfigOutsideServerConfiguresModels();
    void modelConfigIsSavedWhereItWasRead();
    void modelConfigOutsideServerFindings_data();
    void modelConfigOutsideServerFindings();
};

// An app assembled at boot has no server/model-config.json; its models are
// the files of every `models` folder in it (node_modules left out), also when
// a model-config.json without _meta.sources is in a folder of server/.
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
    QCOMPARE(document->kind(), Document::Kind::App);
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

// loopback-boot reads model-config.json from modelsRootDir, server/ unless the
// boot script says otherwise in code; Relata takes server/model-config.json,
// else the one model-config.json in a folder directly in server/.
void TestAppFolders::modelConfigIsFound_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("config"); // empty: read as a folder of models
    QTest::addRow("server") << QStringList{"server/model-config.json"} << "server/model-config.json";
    QTest::addRow("server/configs") << QStringList{"server/configs/model-config.json"}
                                    << "server/configs/model-config.json";
    QTest::addRow("server wins") << QStringList{"server/configs/model-config.json", "server/model-config.json"}
                                 << "server/model-config.json";
    QTest::addRow("two folders") << QStringList{"server/a/model-config.json", "server/b/model-config.json"}
                                 << QString();
    QTest::addRow("too deep") << QStringList{"server/a/b/model-config.json"} << QString();
    QTest::addRow("node_modules") << QStringList{"server/node_modules/model-config.json"} << QString();
    QTest::addRow("outside server") << QStringList{"configs/model-config.json"} << QString();
}

void TestAppFolders::modelConfigIsFound()
{
    QFETCH(QStringList, files);
    QFETCH(QString, config);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString& path : files << QStringLiteral("common/models/note.json")) {
        QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(path)).path()));
        QFile file(dir.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(path.endsWith(QLatin1String("note.json")) ? R"({"name": "Note"})" : R"({"Note": {"dataSource": "db"}})");
    }
    const auto document = io::read(dir.path());
    QVERIFY(document);
    QCOMPARE(document->kind(), config.isEmpty() ? Document::Kind::Folder : Document::Kind::App);
    QCOMPARE(document->modelConfig() ? document->modelConfig()->relativePath() : QString(), config);
    QVERIFY(document->findModel("Note") != ModelId::None);
}

// What a model-config.json in a folder of server/ says is what the schema
// does: which models are attached, to which datasource, and public or not;
// its _meta.sources are relative to its folder.
void TestAppFolders::modelConfigOutsideServerConfiguresModels_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("loaded");
    QTest::addColumn<QString>("dataSource"); // empty: not attached
    QTest::addColumn<bool>("isPublic");
    QTest::addRow("listed") << modularApp << "Member" << true << "db" << true;
    QTest::addRow("not public") << modularApp << "Purchase" << true << "db" << false;
    QTest::addRow("not listed") << modularApp << "Reply" << true << "" << true;
    QTest::addRow("a source of _meta") << configFolderApp << "Invoice" << true << "db" << true;
    QTest::addRow("no source of _meta") << configFolderApp << "Draft" << false << "" << true;
    if (test::corpusRowsMissing())
        return;
    QTest::addRow("JoshElias deck") << test::corpusApp(QStringLiteral("JoshElias__esports-website")) << "deck" << true
                                    << "mongodb" << true;
    QTest::addRow("JoshElias AccessToken") << test::corpusApp(QStringLiteral("JoshElias__esports-website"))
                                           << "AccessToken" << true << "mongodb" << false;
}

void TestAppFolders::modelConfigOutsideServerConfiguresModels()
{
    QFETCH(QString, app);
    QFETCH(QString, model);
    QFETCH(bool, loaded);
    QFETCH(QString, dataSource);
    QFETCH(bool, isPublic);
    if (test::corpusMissing(app))
        return;
    const auto document = io::read(app);
    QVERIFY(document);
    QCOMPARE(document->kind(), Document::Kind::App);
    const schema::Schema schema = schema::compile(*document);
    const schema::Model* found = schema.model(model.toStdString());
    QCOMPARE(found != nullptr, loaded);
    if (!found)
        return;
    QCOMPARE(QString::fromStdString(found->dataSource), dataSource);
    QCOMPARE(found->attached, !dataSource.isEmpty());
    QCOMPARE(found->isPublic, isPublic);
}

void TestAppFolders::modelConfigIsSavedWhereItWasRead()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(modularApp, dir.path()));
    auto document = io::read(dir.path());
    QVERIFY(document && document->modelConfig());
    Json config = document->modelConfig()->value();
    config["Reply"] = Json{{"dataSource", "db"}, {"public", true}};
    document->setModelConfigValue(config);
    const io::WriteReport report = io::write(*document);
    QVERIFY(report.ok());
    QCOMPARE(report.written, QStringList{"server/configs/model-config.json"});
    QVERIFY(!QFileInfo::exists(dir.filePath("server/model-config.json")));
    const auto reread = io::read(dir.path());
    QVERIFY(reread && reread->modelConfig());
    QVERIFY(reread->modelConfig()->value().contains("Reply"));
    QCOMPARE(QString::fromStdString(schema::compile(*reread).model("Reply")->dataSource), QStringLiteral("db"));
}

// Findings on model-config name the file the app holds; a configured model no
// file defines is an error only when model-config names the model sources.
void TestAppFolders::modelConfigOutsideServerFindings_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown, sources in code")
        << modularApp << "Badge" << "model-config-unknown-model" << int(Severity::Warning)
        << "server/configs/model-config.json"
        << "server/configs/model-config.json configures `Badge`, which no model file of the app defines; the boot "
           "script gives LoopBack its model sources in code";
    QTest::addRow("unknown, sources in _meta")
        << configFolderApp << "Ghost" << "model-config-unknown-model" << int(Severity::Error)
        << "server/config/model-config.json"
        << "server/config/model-config.json configures `Ghost`, but no model file defines it";
    QTest::addRow("not listed")
        << modularApp << "Reply" << "model-unregistered" << int(Severity::Warning)
        << "modules/blog/common/models/reply.json"
        << "Model `Reply` is not listed in server/configs/model-config.json (nor the base of a model there)";
}

void TestAppFolders::modelConfigOutsideServerFindings()
{
    QFETCH(QString, app);
    QFETCH(QString, model);
    QFETCH(QString, code);
    QFETCH(int, severity);
    QFETCH(QString, file);
    QFETCH(QString, message);
    const auto document = io::read(app);
    QVERIFY(document);
    const Diagnostics diagnostics = check::check(*document, schema::compile(*document));
    const auto found = std::ranges::find_if(diagnostics, [&](const Diagnostic& diagnostic) {
        return diagnostic.code == code.toStdString() && diagnostic.model == model.toStdString();
    });
    QVERIFY2(found != diagnostics.end(), qPrintable(code + QStringLiteral(" on ") + model));
    QCOMPARE(int(found->severity), severity);
    QCOMPARE(found->file, file);
    QVERIFY2(QString::fromStdString(found->message).startsWith(message), found->message.c_str());
}

QTEST_GUILESS_MAIN(TestAppFolders)
#include "tst_app_folders.moc"
