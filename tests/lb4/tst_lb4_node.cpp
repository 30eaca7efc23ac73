#include "tst_lb4.h"

#include "fixture_app.h"
#include "io/app_io.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace relata;
using namespace relata::test;

namespace {

const QString corpus = QStringLiteral(RELATA_SHARED_DIR "/corpus/lb3/");
const QString conformanceFile = QStringLiteral(RELATA_SOURCE_DIR "/tests/lb4/conformance/expected.json");

bool fixtureInstalled()
{
    return QFile::exists(lb4Fixture + QStringLiteral("/node_modules/typescript/bin/tsc"));
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

Json conformanceExpected()
{
    const QByteArray bytes = readAll(conformanceFile);
    return bytes.isEmpty() ? Json() : Json::parse(bytes.toStdString(), nullptr, false);
}

} // namespace

// The output type-checks against the LoopBack 4 packages of tests/lb4/fixture.
void TestLb4::typescript_data()
{
    QTest::addColumn<QString>("app");
    QTest::addRow("shop sample") << shopApp;
    QTest::addRow("loopback-example-relations")
        << test::corpusAppRoot(corpus + QStringLiteral("strongloop__loopback-example-relations"));
    QTest::addRow("crownstone-cloud") << test::corpusAppRoot(corpus + QStringLiteral("crownstone__crownstone-cloud"));
}

void TestLb4::typescript()
{
    QFETCH(QString, app);
    const QString tsc = lb4Fixture + QStringLiteral("/node_modules/typescript/bin/tsc");
    if (!fixtureInstalled())
        QSKIP("tests/lb4/fixture/node_modules is not installed (npm install there); the golden rows still run");
    if (!QDir(app).exists())
        QSKIP(qPrintable(QStringLiteral("%1 is not there (../shared/corpus missing)").arg(app)));
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
void TestLb4::conformanceExpectations()
{
    const Json expected = conformanceExpected();
    QVERIFY2(expected.is_object(), qPrintable(conformanceFile + QStringLiteral(" is missing or not JSON; run tests/lb4/conformance/generate.js")));
    const lb4::Project project = exportApp(shopApp);
    QVERIFY(expected["cases"].size() > 100);
    for (const Json& c : expected["cases"]) {
        const std::string name = c["model"].get<std::string>() + "." + c["relation"].get<std::string>();
        const bool agree = c["agree"]["accessor"] == true && c["agree"]["include"] == true;
        const bool listed = std::any_of(project.migration.begin(), project.migration.end(), [&](const lb4::MigrationItem& item) {
            return item.model == c["model"] && item.relation == c["relation"];
        });
        QVERIFY2(agree || listed || c.contains("note"), qPrintable(QString::fromStdString(name + " differs unexplained: " + c.dump())));
        QCOMPARE(c.contains("migration"), listed);
    }
}

void TestLb4::conformance_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("expected");
    const Json expected = conformanceExpected();
    if (!expected.is_object())
        return;
    for (const Json& c : expected["cases"]) {
        const std::string key = c["model"].get<std::string>() + "." + c["relation"].get<std::string>() + "#"
                                + c["id"].dump();
        QTest::addRow("%s", key.c_str()) << QString::fromStdString(key) << QByteArray::fromStdString(c["lb4"].dump());
    }
}

// Runs every relation of the exported sample through LoopBack 4 on the
// conformance database, and gets the answers generate.js recorded.
void TestLb4::conformance()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, expected);
    if (!fixtureInstalled())
        QSKIP("tests/lb4/fixture/node_modules is not installed (npm install there); conformanceExpectations still runs");
    const Json& answers = lb4Answers();
    QVERIFY2(m_lb4Error.isEmpty(), qPrintable(m_lb4Error));
    const auto answer = answers.find(key.toStdString());
    QVERIFY2(answer != answers.end(), "LoopBack 4 has no such case any more");
    QCOMPARE(QString::fromStdString(answer->dump()), QString::fromUtf8(expected));
}

const Json& TestLb4::lb4Answers()
{
    if (!m_lb4Answers.is_null() || !m_lb4Error.isEmpty())
        return m_lb4Answers;
    static QTemporaryDir work;
    const QString project = work.filePath(QStringLiteral("project"));
    const lb4::WriteReport report = lb4::write(exportApp(shopApp), project);
    if (!report.ok() || io::saveFile(project + QStringLiteral("/tsconfig.json"),
                                     tsconfig(QStringLiteral("\"outDir\": \"dist\", \"rootDir\": \"src\"")).toUtf8())) {
        m_lb4Error = QStringLiteral("cannot write the project");
        return m_lb4Answers;
    }
    runNode({lb4Fixture + QStringLiteral("/node_modules/typescript/bin/tsc"), QStringLiteral("-p"), project}, &m_lb4Error);
    if (!m_lb4Error.isEmpty())
        return m_lb4Answers;
    // The engines read a copy: the committed database stays as it is.
    const QString database = work.filePath(QStringLiteral("shop.sqlite"));
    if (!QFile::copy(QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/shop.sqlite"), database)) {
        m_lb4Error = QStringLiteral("cannot copy tests/conformance/shop.sqlite");
        return m_lb4Answers;
    }
    const QByteArray output = runNode({QStringLiteral(RELATA_SOURCE_DIR "/tests/lb4/conformance/run-lb4.js"),
                                       QStringLiteral("--project"), project + QStringLiteral("/dist"),
                                       QStringLiteral("--db"), database},
                                      &m_lb4Error, lb4Fixture + QStringLiteral("/node_modules"));
    if (!m_lb4Error.isEmpty())
        return m_lb4Answers;
    const Json result = Json::parse(output.toStdString(), nullptr, false);
    if (!result.is_object() || !result.contains("cases")) {
        m_lb4Error = QStringLiteral("run-lb4.js printed no cases: ") + QString::fromUtf8(output.left(400));
        return m_lb4Answers;
    }
    m_lb4Answers = Json::object();
    for (const Json& c : result["cases"]) {
        const std::string key = c["model"].get<std::string>() + "." + c["relation"].get<std::string>() + "#"
                                + c["id"].dump();
        m_lb4Answers[key] = Json{{"accessor", c["accessor"]}, {"include", c["include"]}};
    }
    return m_lb4Answers;
}

