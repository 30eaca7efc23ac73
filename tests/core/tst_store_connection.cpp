// The connection: how opening fails, locks, read-only access and the REGEXP function.
#include "store/connection.h"
#include "tst_store.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <sys/stat.h>

using namespace relata;
using relata::storetest::openFile;
using relata::storetest::scalar;

void TestStore::openErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("write");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing file") << "missing" << false << "no such database file";
    QTest::addRow("a folder") << "folder" << false << "is a folder";
    QTest::addRow("random bytes") << "random" << false << "not a SQLite database";
    QTest::addRow("random bytes, for writing") << "random" << true << "not a SQLite database";
    QTest::addRow("damaged schema page") << "corrupt" << false << "corrupt";
    QTest::addRow("missing folder, for writing") << "nofolder" << true << "does not exist";
    // SQLite would block on a FIFO until a writer comes, and read /dev/zero forever.
    QTest::addRow("a FIFO") << "fifo" << false << "not a regular file";
    QTest::addRow("a FIFO, for writing") << "fifo" << true << "not a regular file";
    QTest::addRow("a symlink to /dev/zero") << "zero" << false << "not a regular file";
}

void TestStore::openErrors()
{
    QFETCH(QString, kind);
    QFETCH(bool, write);
    QFETCH(QString, message);
    QVERIFY(m_dir.isValid());
    QString path = m_dir.filePath(kind + QStringLiteral(".db"));
    if (kind == QLatin1String("folder")) {
        path = m_dir.path();
    } else if (kind == QLatin1String("nofolder")) {
        path = m_dir.filePath(QStringLiteral("no/such/folder.db"));
    } else if (kind == QLatin1String("fifo")) {
        QFile::remove(path);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("zero")) {
        QFile::remove(path);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else if (kind == QLatin1String("random")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        quint32 state = 12345;
        for (char& byte : bytes) {
            state = state * 1103515245u + 12345u;
            byte = char(state >> 16);
        }
        file.write(bytes);
    } else if (kind == QLatin1String("corrupt")) {
        {
            auto connection = openFile(path);
            QVERIFY(connection);
            QSqlQuery query(connection->database());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a TEXT)")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(1000, '\xff'));
    }
    store::Error error;
    const auto connection = store::Connection::open(
        path, {write ? store::Access::ReadWrite : store::Access::ReadOnly, 200}, &error);
    QVERIFY(!connection);
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.text()));
}

void TestStore::lockedDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    auto holder = openFile(path);
    QVERIFY(holder);
    QSqlQuery lock(holder->database());
    QVERIFY(lock.exec(QStringLiteral("CREATE TABLE t (a TEXT)")));
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(lock.exec(QStringLiteral("INSERT INTO t VALUES ('x')")));
    for (const store::Access access : {store::Access::ReadOnly, store::Access::ReadWrite}) {
        store::Error error;
        QElapsedTimer timer;
        timer.start();
        const auto blocked = store::Connection::open(path, {access, 300}, &error);
        QVERIFY(!blocked);
        QVERIFY2(error.message.contains(QStringLiteral("locked by another program")),
                 qPrintable(error.text()));
        QVERIFY(timer.elapsed() >= 250); // it waited for the lock before giving up
    }
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QVERIFY(openFile(path, store::Access::ReadOnly));
}

void TestStore::readOnlyConnectionNeverWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.db"));
    {
        auto writer = openFile(path);
        QVERIFY(writer);
        QSqlQuery query(writer->database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
    }
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    auto reader = openFile(path, store::Access::ReadOnly);
    QVERIFY(reader);
    QVERIFY(!reader->isWritable());
    QSqlQuery query(reader->database());
    for (const char* sql : {"INSERT INTO t VALUES ('no')", "DELETE FROM t", "CREATE TABLE u (b)"}) {
        QVERIFY2(!query.exec(QString::fromLatin1(sql)), sql);
        QVERIFY(reader->errorFrom(query.lastError()).message.contains(QStringLiteral("cannot be written")));
    }
    QCOMPARE(scalar(*reader, QStringLiteral("SELECT group_concat(a) FROM t")).toString(),
             QStringLiteral("kept"));
    reader.reset();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!store::Connection::open(m_dir.filePath(QStringLiteral("never-created.db")), {}));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never-created.db"))));
}

void TestStore::regexpFunction_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("matches");
    QTest::addRow("bare source") << "^Ann" << "Ann Smith" << 1;
    QTest::addRow("bare source is case-sensitive") << "^ann" << "Ann Smith" << 0;
    QTest::addRow("slashes with i flag") << "/^ann/i" << "Ann Smith" << 1;
    QTest::addRow("slashes without flags") << "/^ann/" << "Ann Smith" << 0;
    QTest::addRow("g flag changes nothing") << "/mit/g" << "Ann Smith" << 1;
    QTest::addRow("m flag: ^ at a line start") << "/^B/m" << "A\nB" << 1;
    QTest::addRow("no m flag: ^ only at the start") << "/^B/" << "A\nB" << 0;
    QTest::addRow("unanchored search") << "ond" << "London" << 1;
    QTest::addRow("a slash inside the source") << "/a\\/b/" << "xa/by" << 1;
    QTest::addRow("null value never matches") << "a" << QString() << -1;
    // JavaScript's dialect, not PCRE's.
    QTest::addRow("[^] is any character") << "^[^]nn" << "Ann" << 1;
    QTest::addRow("[] matches nothing") << "a[]" << "a]" << 0;
    QTest::addRow("$ is the very end") << "/a$/" << "a\n" << 0;
    QTest::addRow("dot stops at a carriage return") << "^a.b" << "a\rb" << 0;
    QTest::addRow("\\v is a vertical tab, not a newline") << "\\v" << "\n" << 0;
    QTest::addRow("\\a is the letter a") << "^\\a$" << "a" << 1;
    QTest::addRow("\\u escape") << "^\\u0041$" << "A" << 1;
    QTest::addRow("[ inside a class is a literal") << "^[[:]+$" << "[:" << 1;
    // JavaScript reads a string as UTF-16 units unless the u flag is given.
    QTest::addRow("a character outside the BMP is two units") << "^.$" << "😀" << 0;
    QTest::addRow("two dots match it") << "^..$" << "😀" << 1;
    QTest::addRow("with u it is one character") << "/^.$/u" << "😀" << 1;
    QTest::addRow("a class of it holds its two units") << "^[😀]$" << "😀" << 0;
    QTest::addRow("that class twice matches it") << "^[😀]{2}$" << "😀" << 1;
    QTest::addRow("a \\u escape of one surrogate") << "\\ud83d" << "a😀" << 1;
    QTest::addRow("an identity escape of it") << "^\\😀$" << "😀" << 1;
}

// Raw calls go to the driver's handle only when its SQLite is the one Relata
// links; QSQLITE on this system is, a missing driver is not.
void TestStore::driverUsesLinkedSqlite()
{
    const auto connection = store::Connection::open(
        m_dir.filePath(QStringLiteral("driver.db")), {store::Access::ReadWrite, 3000});
    QVERIFY(connection);
    QVERIFY(store::driverUsesLinkedSqlite(connection->database().driver()));
    QVERIFY(!store::driverUsesLinkedSqlite(nullptr));
}

void TestStore::regexpFunction()
{
    QFETCH(QString, pattern);
    QFETCH(QString, value);
    QFETCH(int, matches);
    auto connection = openFile(m_dir.filePath(QStringLiteral("regexp.db")));
    QVERIFY(connection);
    QSqlQuery query(connection->database());
    QVERIFY(query.prepare(QStringLiteral("SELECT ? REGEXP ?")));
    query.addBindValue(value.isNull() ? QVariant() : QVariant(value));
    query.addBindValue(pattern);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).isNull() ? -1 : query.value(0).toInt(), matches);
    if (matches >= 0)
        QCOMPARE(store::regexpMatches(pattern, value), matches == 1);
    QVERIFY(!query.exec(QStringLiteral("SELECT 'x' REGEXP '('")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("Invalid regular expression: /(/: Unterminated group")));
    QVERIFY(!query.exec(QStringLiteral("SELECT 'x' REGEXP '/w++/'"))); // PCRE's possessive quantifier is not JavaScript
}
