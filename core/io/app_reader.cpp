#include "document/document.h"
#include "io/app_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

const QString modelConfigPath = QStringLiteral("server/model-config.json");
const QString designerPath = QStringLiteral("relata.json");

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
            m_document.addBrokenFile({relativePath, *error});
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
            std::optional<json::Text> text = readJson(relativePath);
            if (!text)
                continue;
            const Json& value = text->value();
            if (!value.is_object() || !value.contains("name") || !value["name"].is_string()) {
                note(Severity::Info, "file-not-a-model", relativePath,
                     Io::tr("skipped: the file has no \"name\", so LoopBack does not read it as a model"));
                continue;
            }
            m_onDisk << relativePath;
            m_document.insertModel(ModelId{m_nextId++}, SourceFile(relativePath, std::move(*text)));
        }
    }

    void readApp()
    {
        QStringList sources = defaultSources;
        if (std::optional<json::Text> config = readJson(modelConfigPath)) {
            const Json& meta = config->value().is_object() ? config->value().value("_meta", Json())
                                                            : Json();
            if (meta.is_object() && meta.contains("sources") && meta["sources"].is_array()) {
                sources.clear();
                for (const Json& source : meta["sources"]) {
                    if (source.is_string())
                        sources << QString::fromStdString(source.get<std::string>());
                }
            }
            m_onDisk << modelConfigPath;
            m_document.setModelConfig(SourceFile(modelConfigPath, std::move(*config)));
        }
        for (const QString& source : sources)
            readSource(source);
    }

    void readSource(const QString& source)
    {
        // LoopBack's own models are known to the schema without files.
        if (source.startsWith(QLatin1String("loopback/")))
            return;
        const QString relativeDir = QDir::cleanPath(QStringLiteral("server/") + source);
        if (relativeDir.startsWith(QLatin1String(".."))) {
            note(Severity::Info, "source-outside-app", modelConfigPath,
                 Io::tr("model source \"%1\" is outside the app; its models are not loaded").arg(source));
            return;
        }
        if (!QFileInfo(m_root.filePath(relativeDir)).isDir())
            return;
        readModelFolder(relativeDir);
    }

    void readFolder()
    {
        const bool common = QFileInfo(m_root.filePath(QStringLiteral("common/models"))).isDir();
        const bool server = QFileInfo(m_root.filePath(QStringLiteral("server/models"))).isDir();
        if (common)
            readModelFolder(QStringLiteral("common/models"));
        if (server)
            readModelFolder(QStringLiteral("server/models"));
        if (!common && !server)
            readModelFolder(QStringLiteral("."));
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
        const Json models = value.value("models", Json::object());
        if (!models.is_object())
            return;
        for (const auto& entry : models.items()) {
            const ModelId id = m_document.findModel(entry.key());
            if (id == ModelId::None)
                continue;
            if (const auto placement = placementFromJson(entry.value()))
                m_document.setPlacement(id, *placement);
        }
    }

    void finish() { m_document.setPathsOnDisk(m_onDisk); }

private:
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
    // Read one byte past the cap: a file that grew since it was measured is caught too.
    QByteArray bytes = file.read(maxJsonFileSize + 1);
    if (bytes.size() > maxJsonFileSize)
        return fail(tooLarge);
    if (file.error() != QFileDevice::NoError)
        return fail(Io::tr("cannot read the file: %1").arg(file.errorString()));
    return bytes;
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
    const bool isApp = QFileInfo(root.filePath(modelConfigPath)).isFile();
    auto document = std::make_unique<Document>(root.absolutePath(),
                                               isApp ? Document::Kind::App : Document::Kind::Folder);
    Reader reader(*document, root);
    if (isApp)
        reader.readApp();
    else
        reader.readFolder();
    reader.readDesignerFile();
    reader.finish();
    return document;
}

} // namespace relata::io
