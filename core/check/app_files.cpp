#include "check/app_files.h"

#include "document/document.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <cctype>

namespace relata::check {

namespace {

const char* const connectorPrefix = "loopback-connector-";

std::optional<Json> readJsonFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Json value = Json::parse(file.readAll().toStdString(), nullptr, false);
    if (value.is_discarded())
        return std::nullopt;
    return value;
}

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// loopback-ds-timestamp-mixin's TimeStamp: two dates, renamed by its options.
MixinProperties timeStamp(const Json& options) {
    MixinProperties result;
    result.complete = true;
    for (const char* key : {"createdAt", "updatedAt"}) {
        const auto renamed = options.is_object() ? options.find(key) : options.end();
        result.names.insert(renamed != options.end() && renamed->is_string()
                                ? renamed->get<std::string>()
                                : std::string(key));
    }
    return result;
}

} // namespace

std::string mixinName(std::string_view fileBaseName) {
    // "([A-Z]+)" -> " $1", then non-word characters and "_" -> " ", lower-cased,
    // then every word capitalized and the blanks dropped.
    std::string spaced;
    bool inUpper = false;
    for (char c : fileBaseName) {
        const bool upper = std::isupper(static_cast<unsigned char>(c));
        if (upper && !inUpper)
            spaced += ' ';
        inUpper = upper;
        const bool word = std::isalnum(static_cast<unsigned char>(c));
        spaced += word ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : ' ';
    }
    std::string name;
    bool startOfWord = true;
    for (char c : spaced) {
        if (c == ' ') {
            startOfWord = true;
            continue;
        }
        name += startOfWord ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        startOfWord = false;
    }
    return name;
}

MixinProperties definedProperties(std::string_view source) {
    MixinProperties result;
    result.complete = true;
    static constexpr std::string_view call = "defineProperty(";
    for (std::size_t at = source.find(call); at != std::string_view::npos;
         at = source.find(call, at + call.size())) {
        std::size_t start = at + call.size();
        while (start < source.size() && std::isspace(static_cast<unsigned char>(source[start])))
            ++start;
        const char quote = start < source.size() ? source[start] : '\0';
        const std::size_t end = quote == '\'' || quote == '"' || quote == '`'
                                    ? source.find(quote, start + 1)
                                    : std::string_view::npos;
        const std::string_view name = end == std::string_view::npos
                                          ? std::string_view()
                                          : source.substr(start + 1, end - start - 1);
        if (name.empty() || name.find_first_of("\\\n$") != std::string_view::npos) {
            result.complete = false;
            continue;
        }
        result.names.emplace(name);
    }
    return result;
}

AppFiles::AppFiles(const Document& document) {
    if (document.kind() != Document::Kind::App)
        return;
    const QString root = document.rootPath();
    readPackage(root);
    // datasources.json is next to model-config.json, where the app's boot options put both.
    const SourceFile* config = document.modelConfig();
    readDataSources(QDir(root).filePath(config ? QFileInfo(config->relativePath()).path() : QStringLiteral("server")));
    readMixins(root, document.modelConfig() ? document.modelConfig()->value() : Json());
}

void AppFiles::readPackage(const QString& root) {
    // Node resolves packages from the nearest package.json upwards; an app in a
    // subfolder of its repository (tests/app) has it higher up.
    for (QDir dir(root);;) {
        if (const auto package = readJsonFile(dir.filePath(QStringLiteral("package.json")))) {
            for (const char* section : {"dependencies", "devDependencies"}) {
                const auto found = package->is_object() ? package->find(section) : package->end();
                if (found == package->end() || !found->is_object())
                    continue;
                for (const auto& item : found->items())
                    m_dependencies.insert(item.key());
            }
            return;
        }
        if (!dir.cdUp())
            return;
    }
}

void AppFiles::readDataSources(const QString& folder) {
    const auto sources = readJsonFile(QDir(folder).filePath(QStringLiteral("datasources.json")));
    if (!sources || !sources->is_object())
        return;
    for (const auto& item : sources->items()) {
        if (!item.value().is_object() || !item.value().contains("connector") ||
            !item.value()["connector"].is_string())
            continue;
        std::string connector = item.value()["connector"].get<std::string>();
        if (connector.rfind(connectorPrefix, 0) == 0)
            connector.erase(0, std::char_traits<char>::length(connectorPrefix));
        m_connectors.emplace(item.key(), std::move(connector));
    }
}

void AppFiles::readMixins(const QString& root, const Json& modelConfig) {
    const Json meta = modelConfig.is_object() ? modelConfig.value("_meta", Json()) : Json();
    if (!meta.is_object() || !meta.contains("mixins") || !meta["mixins"].is_array())
        return;
    const QDir server(QDir(root).filePath(QStringLiteral("server")));
    for (const Json& entry : meta["mixins"]) {
        if (!entry.is_string())
            continue;
        const QDir folder(
            QDir::cleanPath(server.filePath(QString::fromStdString(entry.get<std::string>()))));
        // loopback-boot loads every script of the folder and every subfolder's index.js.
        const QFileInfoList found =
            folder.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QFileInfo& info : found) {
            const QString script = info.isDir()
                                       ? QDir(info.filePath()).filePath(QStringLiteral("index.js"))
                                       : info.filePath();
            if (!script.endsWith(QLatin1String(".js")) || !QFileInfo(script).isFile())
                continue;
            const std::string name = mixinName(info.completeBaseName().toStdString());
            m_mixins.emplace(name, definedProperties(readText(script).toStdString()));
        }
    }
}

bool AppFiles::dependsOn(std::string_view package) const {
    return m_dependencies.count(package) > 0;
}

std::string AppFiles::connectorOf(std::string_view dataSource) const {
    const auto found = m_connectors.find(dataSource);
    return found == m_connectors.end() ? std::string() : found->second;
}

MixinProperties AppFiles::mixin(std::string_view name, const Json& options) const {
    const auto found = m_mixins.find(name);
    if (found != m_mixins.end())
        return found->second;
    if (name == "TimeStamp")
        return timeStamp(options);
    return {};
}

} // namespace relata::check
