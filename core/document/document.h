#pragma once

#include "document/diagnostic.h"
#include "document/diagram_layout.h"
#include "document/model_id.h"
#include "json/json_text.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace relata {

// One JSON file of the app: the text as last read or saved, and its current value.
class SourceFile {
public:
    SourceFile() = default;
    SourceFile(QString relativePath, json::Text text);
    // A file that does not exist yet; it is written in LoopBack's canonical style.
    static SourceFile created(QString relativePath, Json value);

    const QString& relativePath() const { return m_relativePath; }
    void setRelativePath(QString relativePath) { m_relativePath = std::move(relativePath); }
    const Json& value() const { return m_value; }
    void setValue(Json value) { m_value = std::move(value); }
    const json::Text& text() const { return m_text; }
    bool isNew() const { return m_isNew; }
    // True when saving would write different bytes (or a new file).
    bool isModified() const;
    // The bytes a save writes: unchanged parts byte for byte, changes in the file's style.
    std::string render() const { return render(m_value); }
    // `value` written as this file: the bytes as read when it is the value read
    // (even after saves in between, so undoing every edit gives back a file's
    // duplicate keys and odd spacing), else the last saved bytes where unchanged.
    std::string render(const Json& value) const;
    // After a successful write: the written bytes become the new baseline.
    void markSaved(const std::string& written);
    // The file changed on disk and the user keeps their value: its bytes become
    // the baseline, so a save writes over the outside change knowingly, in its style.
    void rebase(json::Text text);

private:
    QString m_relativePath; // relative to the app root, '/'-separated
    json::Text m_read;      // as read from disk (or rebased on): what a full undo gives back
    json::Text m_text;      // as last read or saved
    Json m_value;
    bool m_isNew = false;
};

// A file that could not be parsed. It is reported and never written over.
struct BrokenFile {
    QString relativePath;
    json::ParseError error;
    std::string source; // the bytes read, to tell when the file changes on disk
};

// The editable truth: the model files of one LoopBack app. It has no undo of its
// own; ui/edit's commands are the only mutation path in the designer.
class Document : public QObject {
    Q_OBJECT

public:
    enum class Kind {
        App,   // a LoopBack app root with model-config.json (in server/, see io::read)
        Folder // a folder of model definition files
    };

    Document(QString rootPath, Kind kind, QObject* parent = nullptr);
    ~Document() override;

    const QString& rootPath() const { return m_rootPath; }
    Kind kind() const { return m_kind; }

    // model-config.json (server/model-config.json unless the app keeps it in
    // a folder of server/); null for a Folder or when it did not parse.
    const SourceFile* modelConfig() const;
    void setModelConfig(SourceFile file);
    void setModelConfigValue(Json value);

    std::vector<ModelId> modelIds() const; // in load (then creation) order
    bool contains(ModelId id) const;
    const SourceFile& modelFile(ModelId id) const;
    const Json& model(ModelId id) const;
    std::string modelName(ModelId id) const;
    ModelId findModel(std::string_view name) const; // exact, case-sensitive, as LoopBack
    ModelId modelAt(const QString& relativePath) const;

    // Replaces a model's JSON. Keys the old value lacked are placed where
    // LoopBack's tooling puts them (SEMANTICS.md §9), so diffs stay minimal.
    void setModel(ModelId id, Json value);
    // A new model file; an empty path means the one `lb model` would choose.
    ModelId addModel(Json value, QString relativePath = {});
    // A model file read from disk after the document was (a reload), under a new id.
    ModelId addModelFile(SourceFile file);
    // The model's file as read again from disk; its id, and so its placement, stays.
    void replaceModelFile(ModelId id, SourceFile file);
    // Puts back a model taken out with takeModel (undo), under its old id and
    // at `position` in the model order (the end when past it), so every file
    // written from that order (relata.json) comes back byte for byte.
    void insertModel(ModelId id, SourceFile file, std::size_t position = std::size_t(-1));
    SourceFile takeModel(ModelId id);
    // Where the model stands in the model order.
    std::size_t modelPosition(ModelId id) const;
    // The path `lb model` gives a model's file: `FooBar` -> common/models/foo-bar.json
    // (in a folder of models, in the folder new models go to).
    QString defaultModelPath(std::string_view modelName) const;
    // Where a folder's new model files go, so that reading finds them again
    // (io::read sets it); common/models in an app, the folder itself by default.
    void setNewModelFolder(QString relativeFolder) { m_newModelFolder = std::move(relativeFolder); }
    // The path a new model file gets: the default one, or `foo-bar-2.json`,
    // `foo-bar-3.json`… when that is taken. loopback-boot finds a model by the
    // "name" inside any *.json of its source folder, so the suffix changes nothing
    // for LoopBack.
    QString freeModelPath(std::string_view modelName) const;
    // True when a new file must not go there: a model, model-config or relata.json
    // uses it, a file there failed to parse, or anything exists there on disk.
    bool isPathTaken(const QString& relativePath) const;

    const std::vector<BrokenFile>& brokenFiles() const { return m_brokenFiles; }
    void addBrokenFile(BrokenFile file);
    // What reading found (skipped files, duplicate keys, missing sources).
    const Diagnostics& readDiagnostics() const { return m_readDiagnostics; }
    void addReadDiagnostic(Diagnostic diagnostic);
    // Before a file is read again: what reading it found last time is stale.
    void clearFileProblems(const QString& relativePath);

    const DiagramLayout& diagram() const { return m_diagram; }
    void setPlacement(ModelId id, const NodePlacement& placement);
    void clearPlacement(ModelId id);
    // Where a built-in model is drawn (see DiagramLayout::builtinPlacement).
    void setBuiltinPlacement(const std::string& name, const std::optional<NodePlacement>& placement);
    // relata.json as read (positions are taken out into diagram()).
    const SourceFile* designerFile() const;
    enum class LayoutOrder {
        FromFile, // relata.json as read: the models it lists come first, in its order
        Kept      // relata.json as written from designerValue(): the order stays
    };
    void setDesignerFile(SourceFile file, LayoutOrder order = LayoutOrder::FromFile);
    // Designer settings kept in relata.json besides positions (e.g. "database").
    Json designerSetting(const std::string& key) const;
    void setDesignerSetting(const std::string& key, Json value);
    // The relata.json value that reflects diagram() and the settings now.
    Json designerValue() const;
    // designerValue() as the bytes a save writes.
    std::string renderDesignerFile() const;
    // True when designerValue() is not what relata.json holds (or there is none yet).
    bool isLayoutModified() const;

    // Paths (relative) that exist on disk as last read or saved. A save writes
    // the files missing there and removes the ones no model uses any more.
    const QStringList& pathsOnDisk() const { return m_pathsOnDisk; }
    void setPathsOnDisk(QStringList paths) { m_pathsOnDisk = std::move(paths); }
    // After a successful write of `relativePath`: its bytes become the baseline.
    void markSaved(const QString& relativePath, const std::string& written);
    // Every file a save may write: model-config, the models, relata.json.
    std::vector<const SourceFile*> files() const;
    // True when the document holds changes to that file that no save has written.
    bool isFileModified(const QString& relativePath) const;
    // See SourceFile::rebase.
    void rebaseFile(const QString& relativePath, json::Text text);

    // Increases with every change; caches compare it.
    quint64 revision() const { return m_revision; }
    bool isModified() const;

signals:
    void modelAdded(relata::ModelId id);
    void modelRemoved(relata::ModelId id);
    void modelChanged(relata::ModelId id);
    void modelConfigChanged();
    void placementChanged(relata::ModelId id);
    void builtinPlacementChanged(const QString& name);
    void designerSettingChanged(const QString& key);
    // After any of the above: the schema is stale.
    void changed();
    // After a save: isModified() may have changed.
    void saved();

private:
    void touch();
    void rememberLayoutOrder();

    QString m_rootPath;
    Kind m_kind;
    QString m_newModelFolder;
    std::optional<SourceFile> m_modelConfig;
    std::map<ModelId, SourceFile> m_models;
    std::vector<ModelId> m_order;
    quint32 m_nextId = 1;
    std::vector<BrokenFile> m_brokenFiles;
    Diagnostics m_readDiagnostics;
    DiagramLayout m_diagram;
    std::optional<SourceFile> m_designerFile;
    // Every model the document has held, in relata.json's order: the models the
    // file lists first, then the others in the order they came. A model keeps
    // its place after it is removed, so undo brings relata.json back byte for byte.
    std::vector<ModelId> m_layoutOrder;
    Json m_designerSettings = Json::object();
    QStringList m_pathsOnDisk;
    quint64 m_revision = 0;
};

} // namespace relata
