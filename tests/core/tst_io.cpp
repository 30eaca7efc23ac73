#include "document/document.h"
#include "io/app_io.h"
#include "copy_tree.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace relata;

namespace {

const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
const QString customerFile = QStringLiteral("common/models/customer.json");

QByteArray readBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `root`, relative path → bytes.
std::map<QString, QByteArray> snapshot(const QString& root) {
    std::map<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files[path.mid(root.size() + 1)] = readBytes(path);
    }
    return files;
}

// Takes every byte left on the file system that holds `path`.
void fillDisk(const QString& path) {
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return;
    const QByteArray chunk(64 * 1024, 'x');
    while (filler.write(chunk) > 0) {
    }
    while (filler.write("x", 1) > 0) {
    }
}

struct Run {
    bool finished = false;
    int exitCode = -1;
    QString errors;
};

// relata-cli with a deadline: a command that blocks on a FIFO or reads
// /dev/zero forever fails the test instead of hanging the suite.
Run runCli(const QStringList& arguments) {
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), arguments);
    Run run;
    run.finished = cli.waitForFinished(10000);
    if (!run.finished) {
        cli.kill();
        cli.waitForFinished(5000);
        return run;
    }
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.errors = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

} // namespace

// Files as people leave them (issue 10): a full disk, a file nobody may read,
// a FIFO or a device where a file should be, a file too large to be JSON.
// Saving keeps the old file; reading says where and what, and never hangs.
class TestIo : public QObject {
    Q_OBJECT

private slots:
    void failedSaveKeepsTheFile();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
};

void TestIo::failedSaveKeepsTheFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString disk = dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    if (geteuid() != 0)
        QSKIP("a full disk is simulated with a small tmpfs, which only root may mount");
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=1m"), QStringLiteral("tmpfs"), disk}) != 0)
        QSKIP("mount -t tmpfs failed (no privilege to mount in this container): cannot simulate a "
              "full disk");
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {disk}); });
    const QString app = disk + QStringLiteral("/app");
    QVERIFY(test::copyTree(shopApp, app));
    const QStringList pictures = {app + QStringLiteral("/diagram.svg"), app + QStringLiteral("/diagram.png")};
    for (const QString& picture : pictures)
        QVERIFY(io::saveFile(picture, "an earlier picture") == std::nullopt);
    const std::map<QString, QByteArray> before = snapshot(app);
    auto document = io::read(app);
    QVERIFY(document);
    fillDisk(disk + QStringLiteral("/filler"));

    // The designer's Save: one changed model, written in place.
    const ModelId customer = document->findModel("Customer");
    Json value = document->model(customer);
    value["description"] = std::string(16 * 1024, 'd');
    document->setModel(customer, value);
    const io::WriteReport report = io::write(*document);
    QVERIFY(!report.ok());
    QCOMPARE(report.failed.size(), std::size_t(1));
    QCOMPARE(report.failed.front().relativePath, customerFile);
    QVERIFY(!report.failed.front().message.isEmpty());
    QVERIFY(document->isModified());
    QCOMPARE(snapshot(app), before);

    // relata-cli export over the copy: every file fails, none is emptied.
    const Run run = runCli({QStringLiteral("export"), shopApp, QStringLiteral("--out"), app});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errors.contains(customerFile + QStringLiteral(": ")), qPrintable(run.errors));
    QCOMPARE(snapshot(app), before);

    // relata-cli render over an earlier picture: it fails and the picture stays.
    for (const QString& picture : pictures) {
        const Run render = runCli({QStringLiteral("render"), shopApp, QStringLiteral("--out"), picture});
        QVERIFY(render.finished);
        QVERIFY(render.exitCode != 0);
        QVERIFY2(render.errors.contains(picture + QStringLiteral(": ")), qPrintable(render.errors));
        QCOMPARE(snapshot(app), before);
    }
}

void TestIo::refusesWhatItCannotRead_data() {
    QTest::addColumn<QString>("setup");   // what is put where a file should be
    QTest::addColumn<QString>("command"); // export, graph, query or load
    QTest::addColumn<QString>("path");    // the file the message must name
    QTest::addColumn<QString>("reason");  // and what it must say
    const QString notRegular = QStringLiteral("not a regular file");
    const QString tooLarge = QStringLiteral("larger than 64 MiB");
    const QString model = QStringLiteral("common/models/broken-link.json");
    QTest::addRow("dangling model symlink") << "dangling"
                                            << "export" << model << "No such file or directory";
    QTest::addRow("model symlink loop") << "loop"
                                        << "export" << model << "cannot read the file";
    QTest::addRow("model without read permission") << "unreadable"
                                                   << "export" << model << "cannot read the file";
    QTest::addRow("model symlink to /dev/zero") << "zero"
                                                << "export" << model << notRegular;
    QTest::addRow("model FIFO") << "fifo"
                                << "export" << model << notRegular;
    QTest::addRow("model too large") << "large"
                                     << "export" << model << tooLarge;
    QTest::addRow("relata.json FIFO") << "fifo"
                                      << "graph"
                                      << "relata.json" << notRegular;
    QTest::addRow("model-config.json too large") << "large"
                                                 << "graph"
                                                 << "server/model-config.json" << tooLarge;
    QTest::addRow("database FIFO") << "fifo"
                                   << "query"
                                   << "db.sqlite" << notRegular;
    QTest::addRow("database symlink to /dev/zero") << "zero"
                                                   << "query"
                                                   << "db.sqlite" << notRegular;
    QTest::addRow("data FIFO") << "fifo"
                               << "load"
                               << "data.json" << notRegular;
    QTest::addRow("data symlink to /dev/zero") << "zero"
                                               << "load"
                                               << "data.json" << notRegular;
    QTest::addRow("data too large") << "large"
                                    << "load"
                                    << "data.json" << tooLarge;
}

void TestIo::refusesWhatItCannotRead() {
    QFETCH(QString, setup);
    QFETCH(QString, command);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    if (setup == QLatin1String("unreadable") && geteuid() == 0)
        QSKIP("root reads a file without read permission");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString app = dir.filePath(QStringLiteral("app"));
    QVERIFY(test::copyTree(shopApp, app));
    const QString target = QDir(app).filePath(path);
    QFile::remove(target);
    if (setup == QLatin1String("dangling")) {
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.json")), target));
    } else if (setup == QLatin1String("loop")) {
        QVERIFY(QFile::link(target, target));
    } else if (setup == QLatin1String("unreadable")) {
        QVERIFY(QFile::copy(app + u'/' + customerFile, target));
        QVERIFY(QFile::setPermissions(target, QFileDevice::WriteOwner));
    } else if (setup == QLatin1String("zero")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), target));
    } else if (setup == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    } else {
        // Sparse: the size is what counts, not the bytes on disk.
        QFile large(target);
        QVERIFY(large.open(QIODevice::WriteOnly));
        QVERIFY(large.resize(io::maxJsonFileSize + 1));
    }
    QStringList arguments{command, app};
    if (command == QLatin1String("export"))
        arguments << QStringLiteral("--out") << dir.filePath(QStringLiteral("out"));
    else if (command == QLatin1String("query"))
        arguments << QStringLiteral("--db") << target << QStringLiteral("Customer");
    else if (command == QLatin1String("load"))
        arguments << QStringLiteral("--db") << dir.filePath(QStringLiteral("new.sqlite")) << target;
    const Run run = runCli(arguments);
    QVERIFY2(run.finished, "relata-cli did not finish within 10 s");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors.contains(path + QStringLiteral(": ")), qPrintable(run.errors));
    QVERIFY2(run.errors.contains(reason), qPrintable(run.errors));
}

QTEST_GUILESS_MAIN(TestIo)
#include "tst_io.moc"
