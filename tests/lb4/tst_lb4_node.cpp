#include "tst_lb4.h"

#include "fixture_app.h"
#include "io/app_io.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace relata;
using namespace relata::test;

namespace {

bool fixtureInstalled()
{
    return QFile::exists(lb4Fixture + QStringLiteral("/node_modules/typescript/bin/tsc"));
}

// sqlite3's native binding, which its install script builds (minutes, from
// source on Node 20); scripts/test installs the fixture without scripts, so
// CI has tsc and the LoopBack 4 packages but no database driver.
bool sqliteBindingBuilt()
{
    QDirIterator it(lb4Fixture + QStringLiteral("/node_modules/sqlite3/lib/binding"), {QStringLiteral("*.node")},
                    QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext();
}

// The exported project with a tsconfig that resolves the fixture's packages.
QString tsconfig(const QString& extra)
{
    return QStringLiteral("{\"extends\": \"%1/tsconfig.json\", \"compilerOptions\": {\"baseUrl\": \"%1\", "
                          "\"paths\": {\"*\": [\"node_modules/*\"]}, %2}, \"include\": [\"src/**/*.ts\"]}")
        .arg(lb4Fixture, extra);
}

// Runs node; the output, or an error message in `error`.
QByteArray runNode(const QStringList& arguments, QString* error, const QString& nodePath = {})
{
    QProcess process;
    if (!nodePath.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NODE_PATH"), nodePath);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral("node"), arguments);
    if (!process.waitForFinished(300000)) {
        *error = QStringLiteral("node %1 did not finish").arg(arguments.join(u' '));
        return {};
    }
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        *error = QString::fromUtf8(output + process.readAllStandardError());
    return output;
}



// The apps generate.js compares: the sample on the committed conformance
// database, two corpus apps on one that `relata-cli migrate` and `seed` make.
struct ConformanceApp {
    const char* name;
    QString root;
    QString expected; // the committed answers
    bool seeded;
};

const std::vector<ConformanceApp>& conformanceApps()
{
    static const QString dir = QStringLiteral(RELATA_SOURCE_DIR "/tests/lb4/conformance/");
    static const std::vector<ConformanceApp> apps = {
        {"shop", shopApp, dir + QStringLiteral("expected.json"), false},
        {"loopback-example-relations", corpusApp(QStringLiteral("strongloop__loopback-example-relations")),
         dir + QStringLiteral("expected-loopback-example-relations.json"), true},
        {"looback-model-sample-app", corpusApp(QStringLiteral("gfornari__looback-model-sample-app")),
         dir + QStringLiteral("expected-looback-model-sample-app.json"), true},
    };
    return apps;
}

Json readJson(const QString& path)
{
    const QByteArray bytes = readAll(path);
    return bytes.isEmpty() ? Json() : Json::parse(bytes.toStdString(), nullptr, false);
}

std::string caseKey(const Json& c)
{
    return c["model"].get<std::string>() + "." + c["relation"].get<std::string>() + "#" + c["id"].dump();
}

QString runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(RELATA_CLI), arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return QStringLiteral("relata-cli %1 failed: %2")
            .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
    return {};
}

// Exports `app`, compiles it with tsc, and runs run-lb4.js on its database.
QString runLb4(const ConformanceApp& app, Json& answers)
{
    static QTemporaryDir work;
    const QString root = work.filePath(QString::fromLatin1(app.name));
    const QString project = root + QStringLiteral("/project");
    const lb4::WriteReport report = lb4::write(exportApp(app.root), project);
    if (!report.ok() || io::saveFile(project + QStringLiteral("/tsconfig.json"),
                                     tsconfig(QStringLiteral("\"outDir\": \"dist\", \"rootDir\": \"src\"")).toUtf8()))
        return QStringLiteral("cannot write the project");
    QString error;
    runNode({lb4Fixture + QStringLiteral("/node_modules/typescript/bin/tsc"), QStringLiteral("-p"), project}, &error);
    if (!error.isEmpty())
        return error;
    // The engines read a copy: the committed database stays as it is.
    const QString database = root + QStringLiteral("/app.sqlite");
    if (!app.seeded && !QFile::copy(QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/shop.sqlite"), database))
        return QStringLiteral("cannot copy tests/conformance/shop.sqlite");
    if (app.seeded) {
        error = runCli({QStringLiteral("migrate"), app.root, QStringLiteral("--db"), database});
        if (error.isEmpty())
            error = runCli({QStringLiteral("seed"), app.root, QStringLiteral("--db"), database, QStringLiteral("--scale"),
                            QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("7")});
        if (!error.isEmpty())
            return error;
    }
    const QByteArray output = runNode({QStringLiteral(RELATA_SOURCE_DIR "/tests/lb4/conformance/run-lb4.js"),
                                       QStringLiteral("--project"), project + QStringLiteral("/dist"),
                                       QStringLiteral("--db"), database},
                                      &error, lb4Fixture + QStringLiteral("/node_modules"));
    if (!error.isEmpty())
        return error;
    const Json result = Json::parse(output.toStdString(), nullptr, false);
    if (!result.is_object() || !result.contains("cases"))
        return QStringLiteral("run-lb4.js printed no cases: ") + QString::fromUtf8(output.left(400));
    answers = Json::object();
    for (const Json& c : result["cases"])
        answers[caseKey(c)] = Json{{"accessor", c["accessor"]}, {"include", c["include"]}};
    return {};
}

} // namespace

// The output type-checks against the LoopBack 4 packages of tests/lb4/fixture.
void TestLb4::typescript_data()
{
    QTest::addColumn<QString>("app");
    QTest::addRow("shop sample") << shopApp;
    QTest::addRow("loopback-example-relations") << corpusApp(QStringLiteral("strongloop__loopback-example-relations"));
    QTest::addRow("crownstone-cloud") << corpusApp(QStringLiteral("crownstone__crownstone-cloud"));
}

void TestLb4::typescript()
{
    QFETCH(QString, app);
    const QString tsc = lb4Fixture + QStringLiteral("/node_modules/typescript/bin/tsc");
    if (!fixtureInstalled())
        QSKIP("tests/lb4/fixture/node_modules is not installed (scripts/test installs it when npm is there; or npm "
              "ci there); the golden rows still run");
    if (corpusMissing(app))
        return;
    QTemporaryDir out;
    const lb4::WriteReport report = lb4::write(exportApp(app), out.path());
    QVERIFY(report.ok() && !report.written.isEmpty());
    QVERIFY(!io::saveFile(out.filePath(QStringLiteral("tsconfig.json")), tsconfig(QStringLiteral("\"noEmit\": true")).toUtf8()));
    QProcess process;
    process.start(QStringLiteral("node"), {tsc, QStringLiteral("-p"), out.filePath(QStringLiteral("tsconfig.json"))});
    QVERIFY2(process.waitForFinished(300000), "tsc did not finish");
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0 && output.trimmed().isEmpty(), qPrintable(output));
}

// The committed answers of LoopBack 3 and LoopBack 4 (tests/lb4/conformance,
// generate.js): wherever they differ, MIGRATION.md lists the relation or a note
// says why. Runs without Node.
void TestLb4::conformanceExpectations_data()
{
    QTest::addColumn<int>("app");
    for (std::size_t i = 0; i < conformanceApps().size(); ++i)
        QTest::addRow("%s", conformanceApps()[i].name) << int(i);
}

void TestLb4::conformanceExpectations()
{
    QFETCH(int, app);
    const ConformanceApp& entry = conformanceApps()[std::size_t(app)];
    const Json expected = readJson(entry.expected);
    QVERIFY2(expected.is_object(),
             qPrintable(entry.expected + QStringLiteral(" is missing or not JSON; run tests/lb4/conformance/generate.js")));
    if (corpusMissing(entry.root))
        return;
    const lb4::Project project = exportApp(entry.root);
    QVERIFY(!expected["cases"].empty());
    for (const Json& c : expected["cases"]) {
        const bool agree = c["agree"]["accessor"] == true && c["agree"]["include"] == true;
        const bool listed = std::any_of(project.migration.begin(), project.migration.end(), [&](const lb4::MigrationItem& item) {
            return item.model == c["model"] && item.relation == c["relation"];
        });
        QVERIFY2(agree || listed || c.contains("note"), qPrintable(QString::fromStdString(caseKey(c) + " differs unexplained")));
        QCOMPARE(c.contains("migration"), listed);
    }
}

void TestLb4::conformance_data()
{
    QTest::addColumn<int>("app");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("expected");
    for (std::size_t i = 0; i < conformanceApps().size(); ++i) {
        const Json expected = readJson(conformanceApps()[i].expected);
        if (!expected.is_object())
            continue; // conformanceExpectations fails for it
        for (const Json& c : expected["cases"]) {
            QTest::addRow("%s %s", conformanceApps()[i].name, caseKey(c).c_str())
                << int(i) << QString::fromStdString(caseKey(c)) << QByteArray::fromStdString(c["lb4"].dump());
        }
    }
}

// Runs every relation of the exported app through LoopBack 4 on the same
// database, and gets the answers generate.js recorded.
void TestLb4::conformance()
{
    QFETCH(int, app);
    QFETCH(QString, key);
    QFETCH(QByteArray, expected);
    if (!fixtureInstalled() || !sqliteBindingBuilt())
        QSKIP("tests/lb4/fixture/node_modules has no sqlite3 binding (npm ci there, or npm rebuild sqlite3 after "
              "scripts/test's npm ci --ignore-scripts); conformanceExpectations still runs");
    const ConformanceApp& entry = conformanceApps()[std::size_t(app)];
    if (corpusMissing(entry.root))
        return;
    QString error;
    const Json& answers = lb4Answers(app, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto answer = answers.find(key.toStdString());
    QVERIFY2(answer != answers.end(), "LoopBack 4 has no such case any more");
    QCOMPARE(QString::fromStdString(answer->dump()), QString::fromUtf8(expected));
}

const Json& TestLb4::lb4Answers(int app, QString* error)
{
    auto& [answers, failure] = m_lb4Answers[app];
    *error = failure;
    if (!answers.is_null() || !failure.isEmpty())
        return answers;
    failure = runLb4(conformanceApps()[std::size_t(app)], answers);
    *error = failure;
    return answers;
}
