#include "fixture_app.h"

#include "document/document.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>

namespace relata::test {
namespace {

void write(const QString& root, const QString& relativePath, const QByteArray& text)
{
    const QString path = QDir(root).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
}

} // namespace

FixtureApp::FixtureApp()
{
    const QString root = m_dir.path();
    write(root, QStringLiteral("server/model-config.json"), R"({
  "_meta": {
    "sources": ["loopback/common/models", "../common/models"]
  },
  "Customer": {"dataSource": "db", "public": true},
  "Order": {"dataSource": "db", "public": true},
  "Tag": {"dataSource": "db", "public": true},
  "Address": {"dataSource": "db", "public": false},
  "Picture": {"dataSource": "db", "public": true}
}
)");
    write(root, QStringLiteral("common/models/customer.json"), R"({
  "name": "Customer",
  "base": "PersistedModel",
  "idInjection": true,
  "properties": {
    "name": {"type": "string", "required": true},
    "vip": "boolean"
  },
  "validations": [],
  "relations": {
    "pictures": {"type": "hasMany", "model": "Picture", "polymorphic": "imageable"}
  },
  "acls": [],
  "methods": {}
}
)");
    write(root, QStringLiteral("common/models/order.json"), R"({
  "name": "Order",
  "base": "PersistedModel",
  "properties": {
    "total": {"type": "number"}
  },
  "relations": {}
}
)");
    write(root, QStringLiteral("common/models/tag.json"), R"({
  "name": "Tag",
  "base": "PersistedModel",
  "properties": {
    "label": "string"
  }
}
)");
    write(root, QStringLiteral("common/models/address.json"), R"({
  "name": "Address",
  "base": "Model",
  "properties": {
    "street": "string",
    "city": "string"
  }
}
)");
    write(root, QStringLiteral("common/models/picture.json"), R"({
  "name": "Picture",
  "base": "PersistedModel",
  "properties": {
    "url": "string"
  }
}
)");
    write(root, QStringLiteral("relata.json"), R"({
  "version": 1,
  "models": {
    "Customer": {"x": 0, "y": 0},
    "Order": {"x": 600, "y": 0},
    "Tag": {"x": 0, "y": 400},
    "Address": {"x": 600, "y": 400},
    "Picture": {"x": 1200, "y": 0}
  }
}
)");
}

std::map<QString, std::string> renderedFiles(const Document& document)
{
    std::map<QString, std::string> files;
    for (const SourceFile* file : document.files())
        files[file->relativePath()] = file->render();
    // relata.json is written from the placements, not from the value read.
    files[QStringLiteral("relata.json")] = document.renderDesignerFile();
    return files;
}

void copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(path, target);
    }
}

std::map<QString, QByteArray> filesOnDisk(const QString& root)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files[QDir(root).relativeFilePath(path)] = file.readAll();
    }
    return files;
}

} // namespace relata::test
