#include "document/document.h"
#include "io/app_io.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
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

bool copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
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

// Files as people leave them (issue 10): a full disk must not cost the file
// being saved.
class TestIo : public QObject {
    Q_OBJECT

private slots:
    void failedSaveKeepsTheFile();
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
    QVERIFY(copyTree(shopApp, app));
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
}

QTEST_GUILESS_MAIN(TestIo)
#include "tst_io.moc"
