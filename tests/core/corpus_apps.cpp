#include "corpus_apps.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace relata::test {

QString corpusAppRoot(const QString& folder)
{
    QString root = folder;
    QDirIterator files(folder, {QStringLiteral("model-config.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo config(files.next());
        const QString candidate = QFileInfo(config.path()).path();
        if (config.dir().dirName() == QLatin1String("server")
            && (root == folder || candidate.count(u'/') < root.count(u'/')))
            root = candidate;
    }
    return root;
}

} // namespace relata::test
