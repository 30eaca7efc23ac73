// Core messages reach users (Problems panel, relata-cli): with the German
// translation installed, every message Relata writes must come out German.
#include "check/check.h"
#include "document/document.h"
#include "io/app_io.h"
#include "schema/schema.h"

#include <QDir>
#include <QRegularExpression>
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

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
