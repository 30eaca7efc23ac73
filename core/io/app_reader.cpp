#include "document/document.h"
#include "io/app_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace relata::io {
namespace {

// Free functions have no tr(): they translate in this context, which lupdate sees.
struct Io {
    Q_DECLARE_TR_FUNCTIONS(relata::io)
};

// LoopBack's default when model-config.json has no _meta.sources.
const QStringList defaultSources = {QStringLiteral("loopback/common/models"),
                                    QStringLiteral("loopback/server/models"),
                                    QStringLiteral("../common/models"), QStringLiteral("./models")};

const QString serverFolder = QStringLiteral("server");
const QString modelConfigName = QStringLiteral("model-config.json");
const QString defaultModelConfigPath = QStringLiteral("server/model-config.json");

// model-config.json where loopback-boot's modelsRootDir puts it: server/ by
// default. A boot script may point modelsRootDir elsewhere in code (JoshElias'
// esports site keeps it in server/configs/); Relata cannot run that code, so
// without server/model-config.json it takes the model-config.json of a folder
// directly in server/ when there is exactly one. Empty when there is none.
QString findModelConfig(const QDir& root)
{
    if (QFileInfo(root.filePath(defaultModelConfigPath)).isFile())
        return defaultModelConfigPath;
    QStringList found;
    const QStringList folders =
        QDir(root.filePath(serverFolder)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString& folder : folders) {
        const QString path = serverFolder + u'/' + folder + u'/' + modelConfigName;
        if (folder != QLatin1String("node_modules") && QFileInfo(root.filePath(path)).isFile())
            found << path;
    }
    return found.size() == 1 ? found.first() : QString();
}

bool hasSources(const Json& config)
{
    const Json meta = config.is_object() ? config.value("_meta", Json()) : Json();
    return meta.is_object() && meta.contains("sources") && meta["sources"].is_array();
}

// model-config's _meta.sources, or LoopBack's default.
QStringList modelSources(const Json& config)
{
    if (!hasSources(config))
        return defaultSources;
    QStringList sources;
    for (const Json& source : config["_meta"]["sources"]) {
        if (source.is_string())
            sources << QString::fromStdString(source.get<std::string>());
    }
    return sources;
}

// Sources are relative to the folder of model-config.json (modelsRootDir).
QString sourceFolder(const QString& configPath, const QString& source)
{
    return QDir::cleanPath(QFileInfo(configPath).path() + u'/' + source);
}

bool isOutside(const QString& configPath, const QString& source)
{
    return sourceFolder(configPath, source).startsWith(QLatin1String(".."));
}

// The folders (relative) whose *.json files are the app's models.
QStringList modelFolders(const QDir& root, const QString& configPath, const QStringList& sources)
{
    QStringList folders;
    for (const QString& source : sources) {
        // LoopBack's own models are known to the schema without files.
        if (source.startsWith(QLatin1String("loopback/")) || isOutside(configPath, source))
            continue;
        if (QFileInfo(root.filePath(sourceFolder(configPath, source))).isDir())
            folders << sourceFolder(configPath, source);
    }
    return folders;
}

// How deep below the opened folder a `models` folder is looked for.
constexpr int maxModelFolderDepth = 5;

// The `models` folders under `relativeDir` (itself included), in name order;
// hidden folders, node_modules and symbolic links are not entered.
void findModelFolders(const QDir& root, const QString& relativeDir, int depth, QStringList& folders)
{
    if (QFileInfo(relativeDir).fileName() == QLatin1String("models"))
        folders << relativeDir;
    if (depth == maxModelFolderDepth)
        return;
    const QStringList names = QDir(root.filePath(relativeDir))
                                  .entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString& name : names) {
        if (name != QLatin1String("node_modules"))
            findModelFolders(root, QDir::cleanPath(relativeDir + u'/' + name), depth + 1, folders);
    }
}

// A folder without server/model-config.json: an app whose boot script
// assembles its models (common/models, server/models, each module's
// common/models...), or a folder of model files. Its models are the files
// of every folder named `models` in it, as in LoopBack's own _meta.sources;
// without one, the files of the folder itself.
QStringList modelFolders(const QDir& root)
{
    QStringList folders;
    findModelFolders(root, QStringLiteral("."), 0, folders);
    return folders.isEmpty() ? QStringList{QStringLiteral(".")} : folders;
}

// An app whose boot script moved model-config.json gives boot its model
// sources in code too, unless model-config names them: its models are then
// found as in an app without model-config.
QStringList modelFolders(const QDir& root, const QString& configPath, const Json& config)
{
    if (configPath != defaultModelConfigPath && !hasSources(config))
        return modelFolders(root);
    return modelFolders(root, configPath, modelSources(config));
}

// An app's model-config path; found again on disk when the file did not parse.
QString modelConfigPath(const Document& document)
{
    if (const SourceFile* config = document.modelConfig())
        return config->relativePath();
    const QString found = findModelConfig(QDir(document.rootPath()));
    return found.isEmpty() ? defaultModelConfigPath : found;
}

QStringList modelFolders(const Document& document)
{
    const QDir root(document.rootPath());
    if (document.kind() == Document::Kind::Folder)
        return modelFolders(root);
    const SourceFile* config = document.modelConfig();
    return modelFolders(root, modelConfigPath(document), config ? config->value() : Json());
}

// What the document read (or last wrote) at each path it knows on disk.
std::map<QString, std::string> baselines(const Document& document)
{
    std::map<QString, std::string> known;
    std::vector<const SourceFile*> files = document.files();
    files.push_back(document.designerFile());
    // Only files that are on disk as far as Relata knows: a model an undo put
    // back after a save removed its file has a baseline but no file, and that
    // is Relata's own doing, not a change outside.
    for (const SourceFile* file : files) {
        if (file && !file->isNew() && document.pathsOnDisk().contains(file->relativePath()))
            known[file->relativePath()] = file->text().source();
    }
    for (const BrokenFile& broken : document.brokenFiles())
        known[broken.relativePath] = broken.source;
    return known;
}

class Reader {
public:
    Reader(Document& document, QDir root)
        : m_document(document)
        , m_root(std::move(root))
    {
    }

    std::optional<json::Text> readJson(const QString& relativePath)
    {
        QString reason;
        const std::optional<QByteArray> bytes =
            readJsonFile(m_root.filePath(relativePath), &reason);
        if (!bytes) {
            note(Severity::Error, "file-unreadable", relativePath, reason);
            return std::nullopt;
        }
        auto parsed = json::parse(std::string(bytes->constData(), std::size_t(bytes->size())));
        if (auto* error = std::get_if<json::ParseError>(&parsed)) {
            m_document.addBrokenFile({relativePath, *error, bytes->toStdString()});
            return std::nullopt;
        }
        json::Text text = std::get<json::Text>(std::move(parsed));
        for (const json::Warning& warning : text.warnings()) {
            Diagnostic diagnostic;
            diagnostic.severity = Severity::Warning;
            diagnostic.code = "json-duplicate-key";
            diagnostic.message = warning.message;
            diagnostic.file = relativePath;
            diagnostic.pointer = warning.pointer;
            diagnostic.at = warning.at;
            m_document.addReadDiagnostic(std::move(diagnostic));
        }
        return text;
    }

    void readModelFolder(const QString& relativeDir)
    {
        const QDir dir(m_root.filePath(relativeDir));
        // System entries too (FIFOs, devices, broken symlinks): LoopBack would
        // try to load them, so they are reported rather than silently left out.
        const QStringList names =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
        for (const QString& name : names) {
            const QString relativePath = QDir::cleanPath(relativeDir + u'/' + name);
            if (std::optional<json::Text> text = readModelJson(relativePath)) {
                m_onDisk << relativePath;
                m_document.insertModel(ModelId{m_nextId++},
                                       SourceFile(relativePath, std::move(*text)));
            }
        }
    }

    // The text of a model file; nullopt (and a note) for a broken file or one without "name".
    std::optional<json::Text> readModelJson(const QString& relativePath)
    {
        std::optional<json::Text> text = readJson(relativePath);
        if (!text)
            return std::nullopt;
        const Json& value = text->value();
        if (!value.is_object() || !value.contains("name") || !value["name"].is_string()) {
            note(Severity::Info, "file-not-a-model", relativePath,
                 Io::tr(
                     "skipped: the file has no \"name\", so LoopBack does not read it as a model"));
            return std::nullopt;
        }
        return text;
    }

    void readApp(const QString& configPath)
    {
        std::optional<json::Text> config = readJson(configPath);
        const Json value = config ? config->value() : Json();
        if (config) {
            m_onDisk << configPath;
            m_document.setModelConfig(SourceFile(configPath, std::move(*config)));
        }
        if (configPath == defaultModelConfigPath || hasSources(value)) {
            for (const QString& source : modelSources(value)) {
                if (isOutside(configPath, source))
                    note(Severity::Info, "source-outside-app", configPath,
                         Io::tr("model source \"%1\" is outside the app; its models are not loaded")
                             .arg(source));
            }
        }
        for (const QString& folder : modelFolders(m_root, configPath, value))
            readModelFolder(folder);
    }

    // A new model goes to common/models when there is one, as `lb model`
    // puts it, else to the first folder of models.
    void readFolder()
    {
        const QStringList folders = modelFolders(m_root);
        const QString common = QStringLiteral("common/models");
        m_document.setNewModelFolder(folders.contains(common) ? common : folders.first());
        for (const QString& folder : folders)
            readModelFolder(folder);
    }

    void readDesignerFile()
    {
        if (!QFileInfo::exists(m_root.filePath(designerPath)))
            return;
        std::optional<json::Text> text = readJson(designerPath);
        if (!text)
            return;
        const Json value = text->value();
        m_onDisk << designerPath;
        m_document.setDesignerFile(SourceFile(designerPath, std::move(*text)));
        if (!value.is_object())
            return;
        for (const auto& entry : value.items()) {
            if (entry.key() != "version" && entry.key() != "models")
                m_document.setDesignerSetting(entry.key(), entry.value());
        }
        for (ModelId id : m_document.modelIds())
            placeFromDesignerFile(id);
        placeBuiltinsFromDesignerFile(value.value("models", Json::object()));
    }

    // An entry no model of the app is named after places a built-in model
    // (kept whatever it names: a model whose file is gone for now keeps its
    // place too).
    void placeBuiltinsFromDesignerFile(const Json& models)
    {
        std::vector<std::pair<std::string, NodePlacement>> listed;
        if (models.is_object()) {
            for (const auto& entry : models.items()) {
                const auto placement = placementFromJson(entry.value());
                if (placement && m_document.findModel(entry.key()) == ModelId::None)
                    listed.emplace_back(entry.key(), *placement);
            }
        }
        const auto kept = m_document.diagram().builtins();
        for (const auto& [name, placement] : kept) {
            if (std::ranges::find(listed, name, &std::pair<std::string, NodePlacement>::first) == listed.end())
                m_document.setBuiltinPlacement(name, std::nullopt);
        }
        for (const auto& [name, placement] : listed)
            m_document.setBuiltinPlacement(name, placement);
    }

    void placeFromDesignerFile(ModelId id)
    {
        const SourceFile* designer = m_document.designerFile();
        const Json models = designer && designer->value().is_object()
                                ? designer->value().value("models", Json::object())
                                : Json::object();
        const auto entry =
            models.is_object() ? models.find(m_document.modelName(id)) : models.end();
        if (entry == models.end())
            return;
        if (const auto placement = placementFromJson(*entry))
            m_document.setPlacement(id, *placement);
    }

    void finish() { m_document.setPathsOnDisk(m_onDisk); }

    // Reads one file again after it changed on disk. Returns whether models,
    // model-config or the layout changed (not only what reading reports).
    bool reload(const QString& relativePath)
    {
        m_document.clearFileProblems(relativePath);
        m_onDisk = m_document.pathsOnDisk();
        m_onDisk.removeAll(relativePath);
        const SourceFile* config = m_document.modelConfig();
        const bool changed = config && relativePath == config->relativePath() ? reloadModelConfig(relativePath)
                             : relativePath == designerPath  ? reloadDesignerFile()
                                                             : reloadModel(relativePath);
        finish();
        return changed;
    }

private:
    bool reloadModelConfig(const QString& configPath)
    {
        std::optional<json::Text> config = readJson(configPath);
        if (!config)
            return false; // a broken or missing model-config: the last good one stays
        m_onDisk << configPath;
        m_document.setModelConfig(SourceFile(configPath, std::move(*config)));
        return true;
    }

    bool reloadDesignerFile()
    {
        readDesignerFile();
        return m_onDisk.contains(designerPath);
    }

    bool reloadModel(const QString& relativePath)
    {
        const ModelId id = m_document.modelAt(relativePath);
        std::optional<json::Text> text = QFileInfo::exists(m_root.filePath(relativePath))
                                             ? readModelJson(relativePath)
                                             : std::nullopt;
        const bool broken =
            std::ranges::any_of(m_document.brokenFiles(), [&](const BrokenFile& file) {
                return file.relativePath == relativePath;
            });
        if (!text && broken && id != ModelId::None) {
            // Broken while the model is open: its last good value stays on the
            // canvas, and a save never writes over the file (it is broken).
            m_onDisk << relativePath;
            return false;
        }
        if (!text) {
            if (id != ModelId::None)
                m_document.takeModel(id);
            return id != ModelId::None;
        }
        m_onDisk << relativePath;
        if (id != ModelId::None)
            m_document.replaceModelFile(id, SourceFile(relativePath, std::move(*text)));
        else
            placeFromDesignerFile(
                m_document.addModelFile(SourceFile(relativePath, std::move(*text))));
        return true;
    }

    void note(Severity severity, const char* code, const QString& file, const QString& message)
    {
        Diagnostic diagnostic;
        diagnostic.severity = severity;
        diagnostic.code = code;
        diagnostic.message = message.toStdString();
        diagnostic.file = file;
        m_document.addReadDiagnostic(std::move(diagnostic));
    }

    Document& m_document;
    QDir m_root;
    QStringList m_onDisk;
    quint32 m_nextId = 1;
};

} // namespace

std::optional<QByteArray> readJsonFile(const QString& path, QString* error) {
    const QFileInfo info(path);
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (info.exists() && !info.isFile())
        return fail(Io::tr("not a regular file (a folder, pipe, device or socket); Relata reads "
                           "only plain files"));
    const QString tooLarge = Io::tr("larger than %1 MiB, the most Relata reads from a JSON file")
                                 .arg(maxJsonFileSize / (1024 * 1024));
    if (info.size() > maxJsonFileSize)
        return fail(tooLarge);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Io::tr("cannot read the file: %1").arg(file.errorString()));
    // Read one byte past the size measured, and on to one past the cap when
    // that byte is there: a file that grew since it was measured is caught
    // too, and a small file does not cost a buffer the size of the cap.
    QByteArray bytes = file.read(info.size() + 1);
    if (bytes.size() > info.size())
        bytes += file.read(maxJsonFileSize + 1 - bytes.size());
    if (bytes.size() > maxJsonFileSize)
        return fail(tooLarge);
    if (file.error() != QFileDevice::NoError)
        return fail(Io::tr("cannot read the file: %1").arg(file.errorString()));
    return bytes;
}

bool reload(Document& document, const QString& relativePath)
{
    Reader reader(document, QDir(document.rootPath()));
    return reader.reload(relativePath);
}

QStringList changedOnDisk(const Document& document)
{
    const QDir root(document.rootPath());
    const std::map<QString, std::string> known = baselines(document);
    QStringList changed;
    for (const auto& [path, baseline] : known) {
        const std::optional<QByteArray> bytes = readJsonFile(root.filePath(path), nullptr);
        if (!bytes || *bytes != QByteArray::fromStdString(baseline))
            changed << path;
    }
    // New files, and files reading skipped (it keeps no bytes of them, so they
    // are read again; reload() then reports no change). The file of a model
    // created here and not saved yet is the save's to refuse, not a reload's.
    for (const QString& folder : modelFolders(document)) {
        const QStringList names =
            QDir(root.filePath(folder)).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString& name : names) {
            const QString path = QDir::cleanPath(folder + u'/' + name);
            // A file Relata read or wrote whose model is gone from the document
            // was deleted here (and not saved yet), not added outside.
            const ModelId id = document.modelAt(path);
            if (!known.contains(path) && !document.pathsOnDisk().contains(path)
                && (id == ModelId::None || !document.modelFile(id).isNew()))
                changed << path;
        }
    }
    return changed;
}

void rebase(Document& document, const QString& relativePath)
{
    const std::optional<QByteArray> bytes = readJsonFile(QDir(document.rootPath()).filePath(relativePath), nullptr);
    if (!bytes)
        return;
    auto parsed = json::parse(std::string(bytes->constData(), bytes->size()));
    if (auto* text = std::get_if<json::Text>(&parsed))
        document.rebaseFile(relativePath, std::move(*text));
}

QStringList watchedPaths(const Document& document)
{
    const QDir root(document.rootPath());
    QStringList paths{root.absolutePath(), root.filePath(designerPath)};
    if (document.kind() == Document::Kind::App) {
        const QString configPath = modelConfigPath(document);
        paths << root.filePath(QFileInfo(configPath).path()) << root.filePath(configPath);
    }
    for (const QString& folder : modelFolders(document))
        paths << QDir::cleanPath(root.filePath(folder));
    for (const auto& [path, baseline] : baselines(document))
        paths << root.filePath(path);
    paths.removeDuplicates();
    return paths;
}

std::unique_ptr<Document> read(const QString& path, ReadError* error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isDir() || !info.isReadable()) {
        if (error) {
            error->path = path;
            error->message = !info.exists()  ? Io::tr("no such folder")
                             : !info.isDir() ? Io::tr("not a folder; give the app root or a folder of model files")
                                             : Io::tr("the folder is not readable");
        }
        return nullptr;
    }
    const QDir root(info.absoluteFilePath());
    const QString configPath = findModelConfig(root);
    const bool isApp = !configPath.isEmpty();
    auto document = std::make_unique<Document>(root.absolutePath(),
                                               isApp ? Document::Kind::App : Document::Kind::Folder);
    Reader reader(*document, root);
    if (isApp)
        reader.readApp(configPath);
    else
        reader.readFolder();
    reader.readDesignerFile();
    reader.finish();
    return document;
}

} // namespace relata::io
