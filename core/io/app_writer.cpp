#include "document/document.h"
#include "io/app_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace relata::io {
namespace {

// Free functions have no tr(): they translate in this context, which lupdate sees.
struct Io {
    Q_DECLARE_TR_FUNCTIONS(relata::io)
};

// Atomic: the old file stays as it was unless the new one is complete. The
// flush is explicit because QSaveFile::commit() (Qt 6.4) ignores a failed
// flush: on a full disk it would replace the file with an empty one and report
// success.
std::optional<QString> saveFile(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Io::tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return std::nullopt;
}

struct Pending {
    QString relativePath;
    std::string bytes;
    bool changed = false;
};

std::vector<Pending> collect(const Document& document, bool inPlace)
{
    std::vector<Pending> pending;
    const QStringList& onDisk = document.pathsOnDisk();
    for (const SourceFile* file : document.files()) {
        Pending item{file->relativePath(), file->render()};
        item.changed = !inPlace || !onDisk.contains(file->relativePath())
                       || item.bytes != file->text().source();
        pending.push_back(std::move(item));
    }
    const Json designer = document.designerValue();
    const SourceFile* designerFile = document.designerFile();
    const bool hasDesignerData = designerFile || !document.diagram().isEmpty() || designer.size() > 2;
    if (hasDesignerData) {
        Pending item{QStringLiteral("relata.json"),
                     designerFile ? designerFile->text().render(designer) : json::format(designer)};
        item.changed = !inPlace || !designerFile || item.bytes != designerFile->text().source();
        pending.push_back(std::move(item));
    }
    return pending;
}

} // namespace

WriteReport write(Document& document, const QString& targetRoot)
{
    const QDir source(document.rootPath());
    const QDir target(targetRoot.isEmpty() ? document.rootPath() : targetRoot);
    const bool inPlace = target.absolutePath() == source.absolutePath();
    WriteReport report;
    QStringList present;
    for (Pending& item : collect(document, inPlace)) {
        present << item.relativePath;
        if (!item.changed) {
            report.unchanged << item.relativePath;
            continue;
        }
        const QByteArray bytes(item.bytes.data(), static_cast<qsizetype>(item.bytes.size()));
        if (const auto error = saveFile(target.filePath(item.relativePath), bytes)) {
            report.failed.push_back({item.relativePath, *error});
            continue;
        }
        report.written << item.relativePath;
        if (inPlace)
            document.markSaved(item.relativePath, item.bytes);
    }
    for (const BrokenFile& broken : document.brokenFiles()) {
        // A file that did not parse is never written over; an export copies it as it is.
        present << broken.relativePath;
        if (inPlace)
            continue;
        QFile original(source.filePath(broken.relativePath));
        if (!original.open(QIODevice::ReadOnly)) {
            report.failed.push_back({broken.relativePath, original.errorString()});
            continue;
        }
        if (const auto error = saveFile(target.filePath(broken.relativePath), original.readAll()))
            report.failed.push_back({broken.relativePath, *error});
        else
            report.written << broken.relativePath;
    }
    if (inPlace) {
        // Models removed or moved since the last save leave their old file behind otherwise.
        for (const QString& path : document.pathsOnDisk()) {
            if (present.contains(path) || !QFile::exists(source.filePath(path)))
                continue;
            if (QFile::remove(source.filePath(path)))
                report.removed << path;
            else
                report.failed.push_back({path, Io::tr("cannot remove the file of a deleted model")});
        }
        QStringList onDisk;
        for (const QString& path : present) {
            if (QFile::exists(source.filePath(path)))
                onDisk << path;
        }
        document.setPathsOnDisk(onDisk);
    }
    return report;
}

} // namespace relata::io
