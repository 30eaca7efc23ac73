#include "document/document.h"

#include "document/key_order.h"
#include "document/model_file_name.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

#include <algorithm>

namespace relata {

SourceFile::SourceFile(QString relativePath, json::Text text)
    : m_relativePath(std::move(relativePath))
    , m_read(text)
    , m_text(std::move(text))
    , m_value(m_text.value())
{
}

SourceFile SourceFile::created(QString relativePath, Json value)
{
    SourceFile file;
    file.m_relativePath = std::move(relativePath);
    file.m_value = std::move(value);
    file.m_isNew = true;
    return file;
}

bool SourceFile::isModified() const
{
    return m_isNew || m_value != m_text.value();
}

std::string SourceFile::render(const Json& value) const
{
    if (m_isNew)
        return json::format(value, json::canonicalStyle());
    if (value == m_read.value())
        return m_read.source();
    return m_text.render(value);
}

void SourceFile::rebase(json::Text text)
{
    m_read = text;
    m_text = std::move(text);
}

void SourceFile::markSaved(const std::string& written)
{
    auto parsed = json::parse(written);
    if (auto* text = std::get_if<json::Text>(&parsed)) {
        m_text = std::move(*text);
        m_isNew = false;
    }
}

Document::Document(QString rootPath, Kind kind, QObject* parent)
    : QObject(parent)
    , m_rootPath(std::move(rootPath))
    , m_kind(kind)
    , m_newModelFolder(kind == Kind::App ? QStringLiteral("common/models") : QStringLiteral("."))
{
}

Document::~Document() = default;

const SourceFile* Document::modelConfig() const
{
    return m_modelConfig ? &*m_modelConfig : nullptr;
}

void Document::setModelConfig(SourceFile file)
{
    m_modelConfig = std::move(file);
    touch();
    emit modelConfigChanged();
    emit changed();
}

void Document::setModelConfigValue(Json value)
{
    Q_ASSERT(m_modelConfig);
    if (m_modelConfig->value() == value)
        return;
    m_modelConfig->setValue(std::move(value));
    touch();
    emit modelConfigChanged();
    emit changed();
}

std::vector<ModelId> Document::modelIds() const
{
    return m_order;
}

bool Document::contains(ModelId id) const
{
    return m_models.contains(id);
}

const SourceFile& Document::modelFile(ModelId id) const
{
    const auto it = m_models.find(id);
    Q_ASSERT(it != m_models.end());
    return it->second;
}

const Json& Document::model(ModelId id) const
{
    return modelFile(id).value();
}

std::string Document::modelName(ModelId id) const
{
    const Json& value = model(id);
    const auto it = value.find("name");
    return it != value.end() && it->is_string() ? it->get<std::string>() : std::string();
}

ModelId Document::findModel(std::string_view name) const
{
    for (ModelId id : m_order) {
        if (modelName(id) == name)
            return id;
    }
    return ModelId::None;
}

void Document::setModel(ModelId id, Json value)
{
    auto it = m_models.find(id);
    Q_ASSERT(it != m_models.end());
    Json placed = placeNewModelKeys(it->second.value(), std::move(value));
    if (placed == it->second.value())
        return;
    it->second.setValue(std::move(placed));
    touch();
    emit modelChanged(id);
    emit changed();
}

ModelId Document::modelAt(const QString& relativePath) const
{
    for (ModelId id : m_order) {
        if (m_models.at(id).relativePath() == relativePath)
            return id;
    }
    return ModelId::None;
}

ModelId Document::addModel(Json value, QString relativePath)
{
    if (relativePath.isEmpty()) {
        const auto name = value.is_object() && value.contains("name") && value["name"].is_string()
                              ? value["name"].get<std::string>()
                              : std::string("model");
        relativePath = freeModelPath(name);
    }
    return addModelFile(SourceFile::created(std::move(relativePath),
                                            placeNewModelKeys(Json::object(), std::move(value))));
}

ModelId Document::addModelFile(SourceFile file)
{
    const ModelId id{m_nextId++};
    insertModel(id, std::move(file));
    return id;
}

void Document::replaceModelFile(ModelId id, SourceFile file)
{
    auto it = m_models.find(id);
    Q_ASSERT(it != m_models.end());
    it->second = std::move(file);
    touch();
    emit modelChanged(id);
    emit changed();
}

void Document::insertModel(ModelId id, SourceFile file, std::size_t position)
{
    Q_ASSERT(!m_models.contains(id));
    m_models.emplace(id, std::move(file));
    m_order.insert(m_order.begin() + std::ptrdiff_t(std::min(position, m_order.size())), id);
    if (std::ranges::find(m_layoutOrder, id) == m_layoutOrder.end())
        m_layoutOrder.push_back(id);
    m_nextId = std::max(m_nextId, static_cast<quint32>(id) + 1);
    touch();
    emit modelAdded(id);
    emit changed();
}

std::size_t Document::modelPosition(ModelId id) const
{
    return std::size_t(std::find(m_order.begin(), m_order.end(), id) - m_order.begin());
}

SourceFile Document::takeModel(ModelId id)
{
    auto node = m_models.extract(id);
    Q_ASSERT(!node.empty());
    std::erase(m_order, id);
    touch();
    emit modelRemoved(id);
    emit changed();
    return std::move(node.mapped());
}

QString Document::defaultModelPath(std::string_view modelName) const
{
    const QString stem = QString::fromStdString(naming::modelFileStem(modelName));
    return QDir::cleanPath(m_newModelFolder + QStringLiteral("/%1.json").arg(stem));
}

QString Document::freeModelPath(std::string_view modelName) const
{
    const QString first = defaultModelPath(modelName);
    QString path = first;
    const QString stem = first.chopped(int(qstrlen(".json")));
    for (int n = 2; isPathTaken(path); ++n)
        path = QStringLiteral("%1-%2.json").arg(stem).arg(n);
    return path;
}

bool Document::isPathTaken(const QString& relativePath) const
{
    // Case-insensitive: the same app is checked out on case-insensitive file systems too.
    const auto same = [&](const QString& other) {
        return other.compare(relativePath, Qt::CaseInsensitive) == 0;
    };
    const auto taken = [&](const SourceFile* file) { return file && same(file->relativePath()); };
    if (taken(modelConfig()) || taken(designerFile()))
        return true;
    if (std::ranges::any_of(m_models, [&](const auto& entry) { return taken(&entry.second); })
        || std::ranges::any_of(m_brokenFiles, [&](const BrokenFile& file) { return same(file.relativePath); })
        || std::ranges::any_of(m_pathsOnDisk, same))
        return true;
    return QFileInfo::exists(QDir(m_rootPath).filePath(relativePath));
}

void Document::addBrokenFile(BrokenFile file)
{
    m_brokenFiles.push_back(std::move(file));
    touch();
    emit changed();
}

void Document::addReadDiagnostic(Diagnostic diagnostic)
{
    m_readDiagnostics.push_back(std::move(diagnostic));
    touch();
    emit changed();
}

void Document::clearFileProblems(const QString& relativePath)
{
    std::erase_if(m_brokenFiles,
                  [&](const BrokenFile& file) { return file.relativePath == relativePath; });
    std::erase_if(m_readDiagnostics,
                  [&](const Diagnostic& diagnostic) { return diagnostic.file == relativePath; });
    touch();
    emit changed();
}

void Document::setPlacement(ModelId id, const NodePlacement& placement)
{
    if (m_diagram.placement(id) == placement)
        return;
    m_diagram.setPlacement(id, placement);
    touch();
    emit placementChanged(id);
}

void Document::clearPlacement(ModelId id)
{
    if (!m_diagram.placement(id))
        return;
    m_diagram.clearPlacement(id);
    touch();
    emit placementChanged(id);
}

void Document::setBuiltinPlacement(const std::string& name, const std::optional<NodePlacement>& placement)
{
    if (m_diagram.builtinPlacement(name) == placement)
        return;
    if (placement)
        m_diagram.setBuiltinPlacement(name, *placement);
    else
        m_diagram.clearBuiltinPlacement(name);
    touch();
    emit builtinPlacementChanged(QString::fromStdString(name));
}

const SourceFile* Document::designerFile() const
{
    return m_designerFile ? &*m_designerFile : nullptr;
}

void Document::setDesignerFile(SourceFile file, LayoutOrder order)
{
    m_designerFile = std::move(file);
    if (order == LayoutOrder::FromFile)
        rememberLayoutOrder();
}

// The models relata.json lists come first, in its order; every other model
// follows in the order it had.
void Document::rememberLayoutOrder()
{
    const Json& value = m_designerFile ? m_designerFile->value() : Json();
    const auto models = value.is_object() ? value.find("models") : value.end();
    if (!value.is_object() || models == value.end() || !models->is_object())
        return;
    std::vector<ModelId> listed;
    for (const auto& entry : models->items()) {
        if (const ModelId id = findModel(entry.key()); id != ModelId::None)
            listed.push_back(id);
    }
    std::erase_if(m_layoutOrder, [&](ModelId id) { return std::ranges::find(listed, id) != listed.end(); });
    m_layoutOrder.insert(m_layoutOrder.begin(), listed.begin(), listed.end());
}

Json Document::designerSetting(const std::string& key) const
{
    const auto it = m_designerSettings.find(key);
    return it == m_designerSettings.end() ? Json() : *it;
}

void Document::setDesignerSetting(const std::string& key, Json value)
{
    if (designerSetting(key) == value)
        return;
    if (value.is_null())
        m_designerSettings.erase(key);
    else
        m_designerSettings[key] = std::move(value);
    touch();
    emit designerSettingChanged(QString::fromStdString(key));
}

Json Document::designerValue() const
{
    // Rebuilt from the file's value so its key order and style survive a save.
    Json value = m_designerFile && m_designerFile->value().is_object() ? m_designerFile->value()
                                                                       : Json::object();
    std::vector<std::string> stale;
    for (const auto& entry : value.items()) {
        if (entry.key() != "version" && entry.key() != "models"
            && !m_designerSettings.contains(entry.key()))
            stale.push_back(entry.key());
    }
    for (const std::string& key : stale)
        value.erase(key);
    value["version"] = 1;
    for (const auto& setting : m_designerSettings.items())
        value[setting.key()] = setting.value();
    Json models = Json::object();
    for (ModelId id : m_layoutOrder) {
        const auto placement = contains(id) ? m_diagram.placement(id) : std::nullopt;
        if (placement && !models.contains(modelName(id)))
            models[modelName(id)] = placementToJson(*placement);
    }
    // A model of the app's own takes the place of the built-in of its name.
    for (const auto& [name, placement] : m_diagram.builtins()) {
        if (!models.contains(name))
            models[name] = placementToJson(placement);
    }
    value["models"] = std::move(models);
    return value;
}

std::string Document::renderDesignerFile() const
{
    const Json value = designerValue();
    return m_designerFile ? m_designerFile->render(value) : json::format(value);
}

bool Document::isLayoutModified() const
{
    return m_designerFile ? designerValue() != m_designerFile->value() : !m_diagram.isEmpty();
}

bool Document::isModified() const
{
    if (m_modelConfig && m_modelConfig->isModified())
        return true;
    for (const auto& [id, file] : m_models) {
        if (file.isModified())
            return true;
    }
    return false;
}

void Document::markSaved(const QString& relativePath, const std::string& written)
{
    if (m_modelConfig && m_modelConfig->relativePath() == relativePath)
        m_modelConfig->markSaved(written);
    if (m_designerFile && m_designerFile->relativePath() == relativePath)
        m_designerFile->markSaved(written);
    for (auto& [id, file] : m_models) {
        if (file.relativePath() == relativePath)
            file.markSaved(written);
    }
    if (!m_pathsOnDisk.contains(relativePath))
        m_pathsOnDisk << relativePath;
    emit saved();
}

bool Document::isFileModified(const QString& relativePath) const
{
    if (m_designerFile && m_designerFile->relativePath() == relativePath)
        return isLayoutModified();
    const auto modified = [&](const SourceFile* file) {
        return file->relativePath() == relativePath && file->isModified();
    };
    return std::ranges::any_of(files(), modified);
}

void Document::rebaseFile(const QString& relativePath, json::Text text)
{
    if (m_modelConfig && m_modelConfig->relativePath() == relativePath)
        m_modelConfig->rebase(std::move(text));
    else if (m_designerFile && m_designerFile->relativePath() == relativePath)
        m_designerFile->rebase(std::move(text));
    else if (const ModelId id = modelAt(relativePath); id != ModelId::None)
        m_models.at(id).rebase(std::move(text));
}

std::vector<const SourceFile*> Document::files() const
{
    std::vector<const SourceFile*> all;
    if (m_modelConfig)
        all.push_back(&*m_modelConfig);
    for (ModelId id : m_order)
        all.push_back(&m_models.at(id));
    return all;
}

void Document::touch()
{
    ++m_revision;
}

} // namespace relata
