#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace relata {
class Document;
}

namespace relata::io {

struct ReadError {
    QString path;
    QString message;
};

// The designer's own file at the app root: positions, never in model files.
inline const QString designerPath = QStringLiteral("relata.json");

// The largest JSON file Relata reads (model files, model-config.json,
// relata.json, the data file of `load`): far above any real one (the largest
// model file of the corpus is under 1 MiB), low enough that a runaway file
// cannot exhaust memory.
inline constexpr qint64 maxJsonFileSize = 64 * 1024 * 1024;

// The bytes of a JSON file; nullopt (and `error`) when it cannot be read, is
// not a regular file once symlinks are resolved (a FIFO blocks the reader,
// /dev/zero never ends) or is larger than maxJsonFileSize.
std::optional<QByteArray> readJsonFile(const QString& path, QString* error);

// Writes `bytes` to `path` atomically (QSaveFile, the flush checked: Qt 6.4's
// commit() ignores a failed one, and a full disk would leave an empty file);
// the old file stays unless the new one is complete. The error, or nullopt.
std::optional<QString> saveFile(const QString& path, const QByteArray& bytes);

// Reads a LoopBack app root (server/model-config.json and its _meta.sources) or
// a folder of model files. An app whose boot script moved model-config.json
// into a folder of server/ (server/configs/) is an app when that folder is the
// only one holding it; its _meta.sources are relative to that folder, and
// without them its models are found as in a folder of model files. Broken files are recorded in the document and the
// rest still loads; null (and `error`) only when the path is not readable at all.
std::unique_ptr<Document> read(const QString& path, ReadError* error = nullptr);

// The relative paths whose bytes on disk are not what the document read or last
// wrote there, with the files added to or removed from its model folders since.
QStringList changedOnDisk(const Document& document);
// Reads one file again into the document (a model, model-config.json or
// relata.json): a model keeps its ModelId, and so its place on the canvas; a new
// file adds a model, a removed one removes it. Returns whether models,
// model-config or the layout changed. Not an edit: there is nothing to undo.
bool reload(Document& document, const QString& relativePath);
// Keeps the document's value of a file changed on disk, taking the new bytes as
// its baseline: the next save writes over the outside change knowingly.
void rebase(Document& document, const QString& relativePath);
// Absolute paths to watch for outside changes: the files above and their folders.
QStringList watchedPaths(const Document& document);

struct WriteFailure {
    QString relativePath;
    QString message;
};

struct WriteReport {
    QStringList written;  // relative paths
    QStringList unchanged;
    QStringList removed; // files of models deleted since the last save
    std::vector<WriteFailure> failed;
    bool ok() const { return failed.empty(); }
};

// Writes every file that changed (all files when `targetRoot` is another
// folder), each atomically with QSaveFile; broken files are never written.
// Saving in place makes the written bytes the document's new baseline.
WriteReport write(Document& document, const QString& targetRoot = {});

} // namespace relata::io
