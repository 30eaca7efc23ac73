#include "document/document.h"
#include "edit/edit_controller.h"
#include "io/app_io.h"
#include "session.h"
#include "tst_lb4.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace relata;
using namespace relata::test;

namespace {

const QByteArray handWritten = "// written by hand\nexport const mine = 1;\n";

// The LoopBack 3 app between the two exports, as a user changes it in the designer.
void change(Session& session, const QString& how) {
    const ModelId tag = session.document().findModel("Tag");
    if (how == QLatin1String("delete Tag")) {
        session.edits().removeModels({tag});
    } else if (how == QLatin1String("rename Tag to Label")) {
        QVERIFY(session.edits().renameModel(tag, "Label"));
    } else if (how == QLatin1String("add a property to Tag")) {
        session.edits().addProperty(tag, "color", Json{{"type", "string"}});
    } else {
        QCOMPARE(how, QStringLiteral("none"));
    }
}

void appendTo(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Append), qPrintable(path));
    file.write(bytes);
}

QStringList keptRows(const lb4::WriteReport& report) {
    QStringList rows;
    for (const lb4::KeptFile& file : report.kept)
        rows << file.path + u' ' + QLatin1String(lb4::keptCode(file.why));
    rows.sort();
    return rows;
}

} // namespace

// The sample exported, the app changed, the files in DIR changed by a user,
// and the export run again: what it removes, what it keeps, and that every
// other file in DIR is what the second export generates.
void TestLb4::rerunRemovesWhatIsGone_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("userFiles"); // written by hand into DIR before the second run
    QTest::addColumn<QStringList>("edited");    // generated files edited before the second run
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("kept");
    const QString tagModel = QStringLiteral("src/models/tag.model.ts");
    const QString tagRepository = QStringLiteral("src/repositories/tag.repository.ts");
    // Tag's files; Product.tags goes with Tag, and follows it to Label.
    const QStringList tagFiles = {tagModel, tagRepository,
                                  QStringLiteral("src/controllers/tag.controller.ts"),
                                  QStringLiteral("src/controllers/tag.products.controller.ts")};
    const QStringList withProductTags =
        tagFiles + QStringList{QStringLiteral("src/controllers/product.tags.controller.ts")};
    QTest::addRow("deleted model") << QStringLiteral("delete Tag") << QStringList() << QStringList()
                                   << withProductTags << QStringList();
    QTest::addRow("renamed model") << QStringLiteral("rename Tag to Label") << QStringList()
                                   << QStringList() << tagFiles << QStringList();
    QTest::addRow("hand-written files in DIR")
        << QStringLiteral("delete Tag")
        << QStringList{QStringLiteral("src/models/tag-extra.ts"),
                       QStringLiteral("src/controllers/tag-search.controller.ts"),
                       QStringLiteral("README.md")}
        << QStringList() << withProductTags << QStringList();
    QTest::addRow("hand-edited file of a deleted model")
        << QStringLiteral("delete Tag") << QStringList() << QStringList{tagModel}
        << QStringList(withProductTags.mid(1))
        << QStringList{tagModel + QStringLiteral(" editedGone")};
    QTest::addRow("hand-edited file of a changed model")
        << QStringLiteral("add a property to Tag") << QStringList() << QStringList{tagModel}
        << QStringList() << QStringList{tagModel + QStringLiteral(" editedChanged")};
    QTest::addRow("hand-edited file, nothing changed")
        << QStringLiteral("none") << QStringList() << QStringList{tagModel} << QStringList()
        << QStringList{tagModel + QStringLiteral(" edited")};
    QTest::addRow("user's file where a renamed model's goes")
        << QStringLiteral("rename Tag to Label")
        << QStringList{QStringLiteral("src/models/label.model.ts")} << QStringList() << tagFiles
        << QStringList{QStringLiteral("src/models/label.model.ts notExported")};
}

void TestLb4::rerunRemovesWhatIsGone() {
    QFETCH(QString, change);
    QFETCH(QStringList, userFiles);
    QFETCH(QStringList, edited);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, kept);
    QTemporaryDir out;
    Session session(io::read(shopApp));
    QVERIFY(lb4::write(lb4::generate(session.document(), session.schema()), out.path()).ok());
    for (const QString& path : userFiles) {
        QVERIFY(!io::saveFile(out.filePath(path), handWritten));
    }
    for (const QString& path : edited)
        appendTo(out.filePath(path), handWritten);
    ::change(session, change);
    if (QTest::currentTestFailed())
        return;

    const lb4::Project project = lb4::generate(session.document(), session.schema());
    const lb4::WriteReport report = lb4::write(project, out.path());
    QVERIFY(report.ok());
    removed.sort();
    QStringList actuallyRemoved = report.removed;
    actuallyRemoved.sort();
    QCOMPARE(actuallyRemoved, removed);
    QCOMPARE(keptRows(report), kept);
    for (const QString& path : removed)
        QVERIFY2(!QFile::exists(out.filePath(path)) || edited.contains(path), qPrintable(path));
    for (const QString& path : userFiles)
        QCOMPARE(readAll(out.filePath(path)), handWritten);
    for (const QString& path : edited)
        QVERIFY(readAll(out.filePath(path)).endsWith(handWritten));
    // Everything else in DIR is what this export generates: the index files
    // follow the models, and nothing of the old export is left.
    QDirIterator it(out.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(out.path()).relativeFilePath(it.next());
        if (path == lb4::manifestPath || userFiles.contains(path) || edited.contains(path))
            continue;
        const lb4::GeneratedFile* file = findFile(project, path);
        QVERIFY2(file, qPrintable(path + QStringLiteral(" is left over")));
        QCOMPARE(QString::fromUtf8(readAll(out.filePath(path))),
                 QString::fromStdString(file->text));
    }
    for (const lb4::GeneratedFile& file : project.files) {
        const bool userOwned = userFiles.contains(file.path) || edited.contains(file.path);
        QVERIFY2(userOwned || QFile::exists(out.filePath(file.path)), qPrintable(file.path));
    }
    const bool tagExported = findFile(project, QStringLiteral("src/models/tag.model.ts"));
    QCOMPARE(readAll(out.filePath(QStringLiteral("src/models/index.ts"))).contains("'./tag.model'"),
             tagExported);
    QCOMPARE(readAll(out.filePath(QStringLiteral("src/repositories/index.ts")))
                 .contains("'./tag.repository'"),
             tagExported);
}

// A third run after the second one removed files: nothing more to do.
void TestLb4::rerunAfterRemovalIsQuiet() {
    QTemporaryDir out;
    Session session(io::read(shopApp));
    QVERIFY(lb4::write(lb4::generate(session.document(), session.schema()), out.path()).ok());
    session.edits().removeModels({session.document().findModel("Tag")});
    const lb4::Project project = lb4::generate(session.document(), session.schema());
    QCOMPARE(lb4::write(project, out.path()).removed.size(), 5);
    const lb4::WriteReport third = lb4::write(project, out.path());
    QVERIFY(third.ok());
    QVERIFY(third.written.isEmpty());
    QVERIFY(third.removed.isEmpty());
    QVERIFY(third.kept.empty());
    QCOMPARE(third.unchanged.size(), qsizetype(project.files.size()));
}

// A folder the export emptied goes with its files; DIR itself stays.
void TestLb4::rerunRemovesEmptiedFolders() {
    QTemporaryDir out;
    Session session(io::read(checkApps + QStringLiteral("habtm-keys")));
    QVERIFY(lb4::write(lb4::generate(session.document(), session.schema()), out.path()).ok());
    QVERIFY(QDir(out.filePath(QStringLiteral("src/repositories"))).exists());
    session.edits().removeModels(session.document().modelIds());
    const lb4::WriteReport report =
        lb4::write(lb4::generate(session.document(), session.schema()), out.path());
    QVERIFY(report.ok());
    QVERIFY(!report.removed.isEmpty());
    QVERIFY(!QDir(out.filePath(QStringLiteral("src/repositories"))).exists());
    QVERIFY(!QDir(out.filePath(QStringLiteral("src/datasources"))).exists());
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("src/models/index.ts"))));
    QVERIFY(QDir(out.path()).exists());
}

// A manifest the export cannot trust stops it before it writes or removes anything.
void TestLb4::badManifest_data() {
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("message");
    QTest::addRow("not JSON") << QByteArray("{\"files\": {\n  \"MIGRATION.md\": \"ab\",\n}")
                              << QStringLiteral("3:1: ");
    QTest::addRow("files not an object")
        << QByteArray("{\"files\": []}") << QStringLiteral("`files` must be");
    QTest::addRow("path outside DIR")
        << QByteArray("{\"files\": {\n  \"../outside.ts\": \"ab\"\n}}")
        << QStringLiteral("2:3: `../outside.ts` is not a path inside this folder");
    QTest::addRow("absolute path")
        << QByteArray("{\"files\": {\"/etc/passwd\": \"ab\"}}")
        << QStringLiteral("`/etc/passwd` is not a path inside this folder");
    QTest::addRow("hash not a string") << QByteArray("{\"files\": {\"MIGRATION.md\": 1}}")
                                       << QStringLiteral("`MIGRATION.md` is not a path inside");
}

void TestLb4::badManifest() {
    QFETCH(QByteArray, manifest);
    QFETCH(QString, message);
    QTemporaryDir out;
    QVERIFY(!io::saveFile(out.filePath(lb4::manifestPath), manifest));
    const lb4::WriteReport report = lb4::write(exportApp(shopApp), out.path());
    QCOMPARE(report.failed.size(), std::size_t(1));
    QCOMPARE(report.failed.front().path, lb4::manifestPath);
    QVERIFY2(report.failed.front().message.contains(message),
             qPrintable(report.failed.front().message));
    QVERIFY(report.written.isEmpty());
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{lb4::manifestPath});
    QCOMPARE(readAll(out.filePath(lb4::manifestPath)), manifest);
}
