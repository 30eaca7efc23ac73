#pragma once

#include "corpus_apps.h"

#include <QString>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>

namespace relata {
class Document;
}

namespace relata::test {

// A small LoopBack app written to a temporary folder: Customer, Order, Tag,
// Address and Picture, placed apart on the canvas, with Customer owning a
// polymorphic "pictures" relation (so Picture's belongsTo has an inverse).
class FixtureApp {
public:
    FixtureApp();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Every file a save would write, by relative path, as the bytes it would write.
std::map<QString, std::string> renderedFiles(const Document& document);

// Copies every file under `from` to `to`, keeping the folder structure.
void copyTree(const QString& from, const QString& to);

// The files under `root` (relative path -> bytes), relata's own files only.
std::map<QString, QByteArray> filesOnDisk(const QString& root);


} // namespace relata::test
