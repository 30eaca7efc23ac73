#include "document/document.h"
#include "io/app_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace relata::io {
namespace {

// Free functions have no tr(): they translate in this context, which lupdate sees.
struct Io {
    Q_DECLARE_TR_FUNCTIONS(relata::io)
};

struct Pending {
    QString relativePath;
    std::string bytes;
    std::string baseline; // the bytes the document read or last wrote there
    bool changed = false;
};

// Why saving in place must not write `item`: what is on disk there is not what
// the document read, so writing would destroy something the user never saw here.
std::optional<QString> refusal(const Document& document, const QDir& root, const Pending& item)
{
    const auto broken =
        std::ranges::find(document.brokenFiles(), item.relativePath, &BrokenFile::relativePath);
    if (broken != document.brokenFiles().end())
        return Io::tr("the file on disk could not be read (%1), so it is not written over")
            .arg(QString::fromStdString(broken->error.message));
    if (!QFileInfo::exists(root.filePath(item.relativePath)))
        return std::nullopt;
    if (!document.pathsOnDisk().contains(item.relativePath))
        return Io::tr("a file Relata did not read is already there; it is not written over");
    QString error;
    const std::optional<QByteArray> onDisk = readJsonFile(root.filePath(item.relativePath), &error);
    if (!onDisk)
        return error;
    if (*onDisk != QByteArray::fromStdString(item.baseline))
        return Io::tr("the file changed on disk since Relata read it; reload it before saving");
    return std::nullopt;
}

std::vector<Pending> collect(const Document& document, bool inPlace)
{
    std::vector<Pending> pending;
    const QStringList& onDisk = document.pathsOnDisk();
    for (const SourceFile* file : document.files()) {
        Pending item{file->relativePath(), file->render(), file->text().source()};
        item.changed = !inPlace || !onDisk.contains(file->relativePath())
                       || item.bytes != file->text().source();
        pending.push_back(std::move(item));
    }
    const Json designer = document.designerValue();
    const SourceFile* designerFile = document.designerFile();
    const bool hasDesignerData = designerFile || !document.diagram().isEmpty() || designer.size() > 2;
    if (hasDesignerData) {
        Pending item{designerPath, document.renderDesignerFile(),
                     designerFile ? designerFile->text().source() : std::string()};
        item.changed = !inPlace || !designerFile || item.bytes != designerFile->text().source();
        pending.push_back(std::move(item));
    }
    return pending;
}

} // namespace

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
        if (const auto reason = inPlace ? refusal(document, source, item) : std::nullopt) {
            report.failed.push_back({item.relativePath, *reason});
            continue;
        }
        const QByteArray bytes(item.bytes.data(), static_cast<qsizetype>(item.bytes.size()));
        if (const auto error = saveFile(target.filePath(item.relativePath), bytes)) {
            report.failed.push_back({item.relativePath, *error});
            continue;
        }
        report.written << item.relativePath;
        if (!inPlace)
            continue;
        // A first relata.json becomes the baseline the next save compares the disk with.
        if (item.relativePath == designerPath && !document.designerFile())
            document.setDesignerFile(SourceFile::created(designerPath, document.designerValue()),
                                     Document::LayoutOrder::Kept);
        document.markSaved(item.relativePath, item.bytes);
    }
    for (const BrokenFile& broken : document.brokenFiles()) {
        // A file that did not parse is never written over; an export copies it as it is.
        present << broken.relativePath;
        if (inPlace)
            continue;
        QString reason;
        const std::optional<QByteArray> original = readJsonFile(source.filePath(broken.relativePath), &reason);
        if (!original) {
            report.failed.push_back({broken.relativePath, reason});
            continue;
        }
        if (const auto error = saveFile(target.filePath(broken.relativePath), *original))
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
