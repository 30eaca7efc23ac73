#include "recovery.h"

#include "document/document.h"
#include "edit/document_commands.h"
#include "edit/edit_controller.h"
#include "io/app_io.h"
#include "session.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace relata {
namespace {

constexpr int autosaveDelayMs = 5000;
const QString manifestName = QStringLiteral("manifest.json");
const QString filesFolder = QStringLiteral("files");

QString recoveryRoot() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

std::optional<Json> readJsonFile(const QString& path) {
    const std::optional<QByteArray> bytes = io::readJsonFile(path, nullptr);
    if (!bytes)
        return std::nullopt;
    auto parsed = json::parse(bytes->toStdString());
    if (const auto* text = std::get_if<json::Text>(&parsed))
        return text->value();
    return std::nullopt;
}

QString lockPath(const QString& folder) {
    return folder + QStringLiteral(".lock");
}

// True when a running Relata holds the folder (this one included).
bool isHeld(const QString& folder) {
    QLockFile lock(lockPath(folder));
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

QString stringMember(const Json& object, const char* key) {
    const auto it = object.is_object() ? object.find(key) : object.end();
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

QStringList stringList(const Json& object, const char* key) {
    QStringList list;
    const Json array = object.is_object() ? object.value(key, Json::array()) : Json::array();
    for (const Json& entry : array) {
        if (entry.is_string())
            list << QString::fromStdString(entry.get<std::string>());
    }
    return list;
}

// Model name -> placement, from a relata.json value.
std::map<std::string, NodePlacement> layoutOf(const std::optional<Json>& designer) {
    std::map<std::string, NodePlacement> layout;
    const Json models = designer && designer->is_object()
                            ? designer->value("models", Json::object())
                            : Json::object();
    for (const auto& [name, entry] : models.items()) {
        if (const auto placement = placementFromJson(entry))
            layout[name] = *placement;
    }
    return layout;
}

// The recovered files as one macro: model-config first, so new models find
// their registration and EditController::addModel adds none of its own.
void apply(Session& session, const QDir& files, const Json& manifest) {
    Document& document = session.document();
    EditController& edits = session.edits();
    QUndoStack* stack = edits.undoStack();
    auto layout = layoutOf(readJsonFile(files.filePath(io::designerPath)));
    stack->beginMacro(Recovery::tr("Restore unsaved changes"));
    std::vector<Json> added;
    for (const QString& path : stringList(manifest, "files")) {
        const std::optional<Json> value =
            path == io::designerPath ? std::nullopt : readJsonFile(files.filePath(path));
        const SourceFile* config = document.modelConfig();
        if (!value)
            continue;
        if (config && config->relativePath() == path)
            stack->push(new ModelConfigCommand(&document, config->value(), *value,
                                               Recovery::tr("Restore %1").arg(path)));
        else if (const ModelId id = document.modelAt(path); id != ModelId::None)
            edits.setModelJson(id, *value, Recovery::tr("Restore %1").arg(path));
        else
            added.push_back(*value);
    }
    for (const Json& value : added)
        edits.addModel(value, layout[value.value("name", std::string())]);
    std::vector<ModelId> removed;
    for (const QString& path : stringList(manifest, "removed")) {
        if (const ModelId id = document.modelAt(path); id != ModelId::None)
            removed.push_back(id);
    }
    edits.removeModels(removed);
    std::map<ModelId, NodePlacement> placements;
    for (ModelId id : document.modelIds()) {
        if (const auto it = layout.find(document.modelName(id)); it != layout.end()) {
            placements[id] = it->second;
            layout.erase(it);
        }
    }
    // What is left places built-in models.
    std::map<std::string, std::optional<NodePlacement>> builtins(layout.begin(), layout.end());
    edits.setPlacements(placements, Recovery::tr("Restore layout"), builtins);
    stack->endMacro();
}

} // namespace

Recovery::Recovery(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session) {
    // The app's first free folder: <hash>, then <hash>-2, <hash>-3…
    const QByteArray path = QDir::cleanPath(session->document().rootPath()).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
    QDir().mkpath(recoveryRoot());
    for (int slot = 1; !m_lock; ++slot) {
        const QString folder = QDir(recoveryRoot()).filePath(
            slot == 1 ? hash : QStringLiteral("%1-%2").arg(hash).arg(slot));
        auto lock = std::make_unique<QLockFile>(lockPath(folder));
        // Taken by another running Relata: try the next one. A folder that cannot
        // be locked at all (storage not writable) is used as it is.
        if (lock->tryLock(0) || lock->error() != QLockFile::LockFailedError) {
            m_lock = std::move(lock);
            m_folder = folder;
        }
    }
    m_timer.setSingleShot(true);
    m_timer.setInterval(autosaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Recovery::autosave);
    // Back at what is on disk (undone to the last save), the snapshot goes at
    // once: opening the app again before the timer fired must not offer to
    // restore changes the user has just undone.
    connect(session->edits().undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_session->isModified())
            m_timer.start();
        else
            discard();
    });
}

Recovery::~Recovery() = default;

QString Recovery::latestApp() {
    QString app;
    QString newest;
    const QDir root(recoveryRoot());
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (isHeld(root.filePath(name)))
            continue;
        const std::optional<Json> manifest =
            readJsonFile(QDir(root.filePath(name)).filePath(manifestName));
        const QString time = manifest ? stringMember(*manifest, "time") : QString();
        // ISO 8601 UTC times sort as text.
        if (!time.isEmpty() && time > newest && QFileInfo(stringMember(*manifest, "app")).isDir()) {
            newest = time;
            app = stringMember(*manifest, "app");
        }
    }
    return app;
}

bool Recovery::exists() const {
    return QFileInfo::exists(QDir(folder()).filePath(manifestName));
}

void Recovery::autosave() {
    m_timer.stop();
    if (!m_session->isModified()) {
        discard();
        return;
    }
    const Document& document = m_session->document();
    const QDir files(QDir(folder()).filePath(filesFolder));
    QDir(files.path()).removeRecursively();
    Json written = Json::array();
    const auto keep = [&](const QString& path, const std::string& bytes) {
        if (!io::saveFile(files.filePath(path), QByteArray::fromStdString(bytes)))
            written.push_back(path.toStdString());
    };
    for (const SourceFile* file : document.files()) {
        if (file->isModified())
            keep(file->relativePath(), file->render());
    }
    keep(io::designerPath, json::format(document.designerValue()));
    Json removed = Json::array();
    const SourceFile* config = document.modelConfig();
    for (const QString& path : document.pathsOnDisk()) {
        if (document.modelAt(path) == ModelId::None && path != io::designerPath &&
            (!config || path != config->relativePath()))
            removed.push_back(path.toStdString());
    }
    const Json manifest{
        {"app", document.rootPath().toStdString()},
        {"time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString()},
        {"files", std::move(written)},
        {"removed", std::move(removed)}};
    io::saveFile(QDir(folder()).filePath(manifestName),
             QByteArray::fromStdString(json::format(manifest)));
}

void Recovery::discard() {
    m_timer.stop();
    QDir(folder()).removeRecursively();
}

bool Recovery::offer(QWidget* window) {
    const std::optional<Json> manifest = readJsonFile(QDir(folder()).filePath(manifestName));
    if (!manifest || stringMember(*manifest, "app") != m_session->document().rootPath())
        return false;
    const QDateTime time =
        QDateTime::fromString(stringMember(*manifest, "time"), Qt::ISODateWithMs);
    QMessageBox box(
        QMessageBox::Question, tr("Restore Unsaved Changes"),
        tr("Relata did not close cleanly while %1 had unsaved changes. Restore the changes "
           "autosaved at %2?")
            .arg(QDir::toNativeSeparators(m_session->document().rootPath()),
                 QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, window);
    box.setInformativeText(
        tr("Restore makes them unsaved changes you can save or undo. Discard deletes them."));
    QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        discard();
        return false;
    }
    apply(*m_session, QDir(QDir(folder()).filePath(filesFolder)), *manifest);
    return true;
}

} // namespace relata
