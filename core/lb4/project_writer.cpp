#include "io/app_io.h"
#include "lb4/lb4_export.h"

#include "json/json_text.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <map>
#include <optional>
#include <set>
#include <variant>

namespace relata::lb4 {
namespace {

class Lb4 {
    Q_DECLARE_TR_FUNCTIONS(relata::lb4)
};

using Manifest = std::map<QString, QByteArray>; // relative path -> SHA-256 in hex

QByteArray sha256(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A path inside the output folder, as the export writes them: a manifest edited
// to name "../x" or "/x" must never make the export remove a file outside it.
bool insideFolder(const QString& path) {
    return !path.isEmpty() && QDir::isRelativePath(path) && QDir::cleanPath(path) == path &&
           path != QLatin1String("..") && !path.startsWith(QLatin1String("../")) &&
           !path.contains(u'\\');
}

std::string pointerTo(const QString& file) {
    std::string pointer = "/files/";
    for (const char c : file.toStdString())
        pointer += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return pointer;
}

// An earlier export's manifest: empty when there is none, nullopt (and `error`,
// "line:column: what") when it cannot be trusted.
std::optional<Manifest> readManifest(const QDir& root, QString* error) {
    const QString path = root.filePath(manifestPath);
    if (!QFileInfo::exists(path))
        return Manifest();
    const std::optional<QByteArray> bytes = io::readJsonFile(path, error);
    if (!bytes)
        return std::nullopt;
    auto parsed = json::parse(bytes->toStdString());
    if (const auto* failure = std::get_if<json::ParseError>(&parsed)) {
        *error = QStringLiteral("%1:%2: %3")
                     .arg(failure->at.line)
                     .arg(failure->at.column)
                     .arg(QString::fromStdString(failure->message));
        return std::nullopt;
    }
    const json::Text& text = std::get<json::Text>(parsed);
    const Json files = text.value().is_object() ? text.value().value("files", Json()) : Json();
    if (!files.is_object()) {
        *error = QStringLiteral("1:1: ") +
                 Lb4::tr("`files` must be an object of relative path: SHA-256");
        return std::nullopt;
    }
    Manifest manifest;
    for (const auto& [name, hash] : files.items()) {
        const QString file = QString::fromStdString(name);
        if (!hash.is_string() || !insideFolder(file)) {
            const json::Location at = text.locate(pointerTo(file));
            *error = QStringLiteral("%1:%2: ").arg(at.line).arg(at.column) +
                     Lb4::tr("`%1` is not a path inside this folder with the SHA-256 of its bytes")
                         .arg(file);
            return std::nullopt;
        }
        manifest[file] = QByteArray::fromStdString(hash.get<std::string>());
    }
    return manifest;
}

QByteArray manifestText(const Manifest& manifest) {
    Json files = Json::object();
    for (const auto& [path, hash] : manifest)
        files[path.toStdString()] = hash.toStdString();
    const Json value = {
        {"about", "Written by Relata's LoopBack 4 export: the files it wrote here and the SHA-256 "
                  "of their bytes. It replaces or removes only a file that still holds them."},
        {"files", files}};
    return QByteArray::fromStdString(value.dump(2) + "\n");
}

// The bytes of the file at `path`; nullopt when there is none; `error` when
// there is one that cannot be read.
std::optional<QByteArray> existingBytes(const QString& path, QString* error) {
    if (!QFileInfo::exists(path))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

// The folders of a removed file that it left empty, up to (not including) the root.
void removeEmptyFolders(const QDir& root, QString folder) {
    const QString top = QDir::cleanPath(root.absolutePath());
    while (QDir::cleanPath(folder) != top && folder.startsWith(top + u'/') && QDir().rmdir(folder))
        folder = QFileInfo(folder).path();
}

// The files of `previous` the project no longer generates: removed when they
// hold what the export wrote, kept (and still recorded in `next`) when edited.
void removeGone(const Manifest& previous, const Project& project, const QDir& root,
                WriteReport& report, Manifest& next) {
    std::set<QString> generated;
    for (const GeneratedFile& file : project.files)
        generated.insert(file.path);
    for (const auto& [path, hash] : previous) {
        if (generated.count(path))
            continue;
        const QString absolute = root.filePath(path);
        QString error;
        const std::optional<QByteArray> bytes = existingBytes(absolute, &error);
        if (!error.isEmpty()) {
            report.failed.push_back({path, error});
            next[path] = hash;
        } else if (!bytes) {
            continue; // the user deleted it already
        } else if (sha256(*bytes) != hash) {
            report.kept.push_back({path, KeptFile::Why::EditedGone});
            next[path] = hash;
        } else if (QFile file(absolute); !file.remove()) {
            report.failed.push_back({path, file.errorString()});
            next[path] = hash;
        } else {
            report.removed << path;
            removeEmptyFolders(root, QFileInfo(absolute).absolutePath());
        }
    }
}

} // namespace

const char* keptCode(KeptFile::Why why) {
    switch (why) {
    case KeptFile::Why::Edited:
        return "edited";
    case KeptFile::Why::EditedChanged:
        return "editedChanged";
    case KeptFile::Why::EditedGone:
        return "editedGone";
    case KeptFile::Why::NotExported:
        return "notExported";
    }
    return "";
}

QString keptReason(KeptFile::Why why) {
    switch (why) {
    case KeptFile::Why::Edited:
        return Lb4::tr("edited since the last export; kept as it is");
    case KeptFile::Why::EditedChanged:
        return Lb4::tr(
            "edited since the last export, and the LoopBack 3 app changed it too; kept as it is "
            "(delete it and export again to get the new version)");
    case KeptFile::Why::EditedGone:
        return Lb4::tr(
            "edited since the last export, and its model is gone from the LoopBack 3 app; kept "
            "(delete it when you no longer need it)");
    case KeptFile::Why::NotExported:
        return Lb4::tr("not written by the export, which now generates a file of this name; kept "
                       "(move it away and export again to get the generated one)");
    }
    return {};
}

WriteReport write(const Project& project, const QString& directory) {
    WriteReport report;
    const QDir root(directory);
    QString error;
    const std::optional<Manifest> previous = readManifest(root, &error);
    if (!previous) {
        report.failed.push_back(
            {manifestPath,
             error + u' ' + Lb4::tr("(nothing was written: delete the file to export afresh)")});
        return report;
    }
    Manifest next;
    for (const GeneratedFile& file : project.files) {
        const QByteArray bytes = QByteArray::fromStdString(file.text);
        const QByteArray hash = sha256(bytes);
        const auto recorded = previous->find(file.path);
        const bool known = recorded != previous->end();
        QString readError;
        const std::optional<QByteArray> existing =
            existingBytes(root.filePath(file.path), &readError);
        if (!readError.isEmpty()) {
            report.failed.push_back({file.path, readError});
        } else if (existing && *existing == bytes) {
            report.unchanged << file.path;
            next[file.path] = hash;
            continue;
        } else if (existing && (!known || sha256(*existing) != recorded->second)) {
            report.kept.push_back({file.path, !known ? KeptFile::Why::NotExported
                                              : recorded->second == hash
                                                  ? KeptFile::Why::Edited
                                                  : KeptFile::Why::EditedChanged});
        } else if (const auto failure = io::saveFile(root.filePath(file.path), bytes)) {
            report.failed.push_back({file.path, *failure});
        } else {
            report.written << file.path;
            next[file.path] = hash;
            continue;
        }
        if (known)
            next[file.path] = recorded->second;
    }
    removeGone(*previous, project, root, report, next);
    const QByteArray manifest = manifestText(next);
    QString manifestError;
    if (existingBytes(root.filePath(manifestPath), &manifestError) != manifest) {
        if (const auto failure = io::saveFile(root.filePath(manifestPath), manifest))
            report.failed.push_back({manifestPath, *failure});
    }
    return report;
}

} // namespace relata::lb4
