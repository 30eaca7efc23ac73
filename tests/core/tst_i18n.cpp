// Core messages reach users (Problems panel, relata-cli): with the German
// translation installed, every message Relata writes must come out German.
#include "check/check.h"
#include "document/document.h"
#include "io/app_io.h"
#include "json/message_text.h"
#include "schema/schema.h"
#include "store/connection.h"
#include "store/fixtures.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace relata;

namespace {

const QString checkFixtures = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/check/");

Diagnostics checkApp(const QString& path) {
    const std::unique_ptr<Document> document = io::read(path);
    if (!document)
        return {};
    return check::check(*document, schema::compile(*document));
}

// English left in a translated message: quoted names, JSON and LoopBack's own
// error texts (in backquotes or double quotes) are meant to stay as written.
QString untranslatedEnglish(const QString& message) {
    static const QRegularExpression quoted(QStringLiteral("`[^`]*`|\"[^\"]*\"|\\{[^}]*\\}"));
    static const QRegularExpression english(
        QStringLiteral("\\b(the|is|has|of|and|with|but|which|not|to|it|Did you mean)\\b"));
    QString rest = message;
    rest.remove(quoted);
    const QRegularExpressionMatch match = english.match(rest);
    return match.hasMatch() ? match.captured() : QString();
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void checkMessages_data();
    void checkMessages();
    void parseErrors_data();
    void parseErrors();
    void storeErrors_data();
    void storeErrors();
    void pluralsByLanguage_data();
    void pluralsByLanguage();

private:
    void verifyTranslated(const QString& english, const QString& german);

    QTranslator m_german;
};

void TestI18n::initTestCase() {
    QVERIFY(m_german.load(QStringLiteral(":/i18n/relata_de.qm")));
}

void TestI18n::cleanup() {
    QCoreApplication::removeTranslator(&m_german);
}

void TestI18n::verifyTranslated(const QString& english, const QString& german) {
    QVERIFY2(german != english, qPrintable(QStringLiteral("untranslated: ") + english));
    const QString leftover = untranslatedEnglish(german);
    QVERIFY2(leftover.isEmpty(),
             qPrintable(QStringLiteral("English \"%1\" in: %2").arg(leftover, german)));
}

// One row per check fixture: the inputs of tst_check's rule rows.
void TestI18n::checkMessages_data() {
    QTest::addColumn<QString>("fixture");
    const QStringList fixtures = QDir(checkFixtures).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& fixture : fixtures) {
        if (!fixture.startsWith(QLatin1String("clean-")))
            QTest::addRow("%s", qPrintable(fixture)) << fixture;
    }
}

void TestI18n::checkMessages() {
    QFETCH(QString, fixture);
    const Diagnostics english = checkApp(checkFixtures + fixture);
    QVERIFY(!english.empty());
    QCoreApplication::installTranslator(&m_german);
    const Diagnostics german = checkApp(checkFixtures + fixture);
    QCOMPARE(german.size(), english.size());
    for (std::size_t i = 0; i < english.size(); ++i) {
        QCOMPARE(german[i].code, english[i].code);
        verifyTranslated(QString::fromStdString(english[i].message),
                         QString::fromStdString(german[i].message));
        if (QTest::currentTestFailed())
            return;
    }
}

// One row per kind of JSON syntax error a model file can have.
void TestI18n::parseErrors_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addRow("empty file") << QByteArray("  ");
    QTest::addRow("trailing comma") << QByteArray("{\"a\": 1,}");
    QTest::addRow("unclosed object") << QByteArray("{\"a\": 1");
    QTest::addRow("unclosed array") << QByteArray("[1, 2");
    QTest::addRow("single quotes") << QByteArray("['a']");
    QTest::addRow("unquoted key") << QByteArray("{a: 1}");
    QTest::addRow("missing colon") << QByteArray("{\"a\" 1}");
    QTest::addRow("comment") << QByteArray("{// note\n}");
    QTest::addRow("merge conflict") << QByteArray("{\n<<<<<<< HEAD\n}");
    QTest::addRow("bad literal") << QByteArray("[tru]");
    QTest::addRow("leading zero") << QByteArray("[01]");
    QTest::addRow("bad escape") << QByteArray("[\"\\q\"]");
    QTest::addRow("control character") << QByteArray("[\"a\tb\"]");
    QTest::addRow("unterminated string") << QByteArray("[\"abc\n\"]");
    QTest::addRow("text after the value") << QByteArray("{} x");
    QTest::addRow("bracket too many") << QByteArray("{}}");
}

void TestI18n::parseErrors() {
    QFETCH(QByteArray, source);
    const auto english = json::parse(source.toStdString());
    QVERIFY(std::holds_alternative<json::ParseError>(english));
    QCoreApplication::installTranslator(&m_german);
    const auto german = json::parse(source.toStdString());
    QVERIFY(std::holds_alternative<json::ParseError>(german));
    verifyTranslated(QString::fromStdString(std::get<json::ParseError>(english).message),
                     QString::fromStdString(std::get<json::ParseError>(german).message));
}

// A database file that cannot be opened, and fixture data the loader refuses.
void TestI18n::storeErrors_data() {
    QTest::addColumn<QString>("kind");
    QTest::addRow("missing file") << "missing";
    QTest::addRow("not an object") << "data";
    QTest::addRow("unknown model") << "model";
}

void TestI18n::storeErrors() {
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto run = [&](const QString& name) -> QString {
        store::Error error;
        if (kind == QLatin1String("missing")) {
            const auto connection =
                store::Connection::open(dir.filePath(QStringLiteral("none.db")), {}, &error);
            return connection ? QString() : error.message;
        }
        const auto connection =
            store::Connection::open(dir.filePath(name), {store::Access::ReadWrite, 3000}, &error);
        if (!connection)
            return error.message;
        Document document(dir.path(), Document::Kind::Folder);
        const Json data =
            kind == QLatin1String("data") ? Json::array() : Json{{"Ghost", Json::array()}};
        const store::LoadResult result =
            store::loadFixtures(*connection, schema::compile(document), data);
        return result.error ? QString::fromStdString(result.error->message) : QString();
    };
    const QString english = run(QStringLiteral("en.db"));
    QVERIFY(!english.isEmpty());
    QCoreApplication::installTranslator(&m_german);
    verifyTranslated(english, run(QStringLiteral("de.db")));
}

// One row per language: loadTranslation() picks the system language's file,
// and English (or a language Relata lacks) gets the English plural forms.
void TestI18n::pluralsByLanguage_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::addRow("C") << QLocale::c() << QStringLiteral("1 model") << QStringLiteral("2 models");
    QTest::addRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("1 model")
                           << QStringLiteral("2 models");
    QTest::addRow("ja_JP, untranslated") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("1 model")
                                         << QStringLiteral("2 models");
    QTest::addRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("1 Modell")
                           << QStringLiteral("2 Modelle");
    QTest::addRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("1 modèle")
                           << QStringLiteral("2 modèles");
}

void TestI18n::pluralsByLanguage() {
    QFETCH(QLocale, locale);
    QFETCH(QString, one);
    QFETCH(QString, two);
    QTranslator translator;
    QVERIFY(loadTranslation(translator, locale));
    QCoreApplication::installTranslator(&translator);
    const QString single = QCoreApplication::translate("relata::cli", "%n model(s)", nullptr, 1);
    const QString plural = QCoreApplication::translate("relata::cli", "%n model(s)", nullptr, 2);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(single, one);
    QCOMPARE(plural, two);
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
