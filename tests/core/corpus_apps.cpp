#include "corpus_apps.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

namespace relata::test {

QString corpusDir()
{
    return qEnvironmentVariable("RELATA_SHARED_DIR", QStringLiteral(RELATA_SHARED_DIR))
           + QStringLiteral("/corpus/lb3");
}

bool corpusRequired()
{
    return qEnvironmentVariable("RELATA_REQUIRE_CORPUS") == QLatin1String("1");
}

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

QString corpusApp(const QString& name)
{
    return corpusAppRoot(corpusDir() + u'/' + name);
}

QStringList corpusAppNames()
{
    QStringList names;
    for (const QString& name : QDir(corpusDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!name.startsWith(u'_'))
            names << name;
    }
    return names;
}

bool corpusMissing(const QString& path, std::source_location where)
{
    const QString corpus = corpusDir();
    if (!path.startsWith(corpus) || QFileInfo::exists(path))
        return false;
    if (corpusRequired()) {
        const QString message = QStringLiteral("%1 is missing, and RELATA_REQUIRE_CORPUS=1 requires the corpus "
                                               "(looked for at %2; RELATA_SHARED_DIR moves it)")
                                    .arg(path, corpus);
        QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
    } else {
        const QString message = QStringLiteral("%1 is missing: the corpus rows are skipped (looked for the "
                                               "corpus at %2; RELATA_REQUIRE_CORPUS=1 fails instead)")
                                    .arg(path, corpus);
        QTest::qSkip(qPrintable(message), where.file_name(), int(where.line()));
    }
    return true;
}

bool corpusRowsMissing(std::source_location where)
{
    const QString corpus = corpusDir();
    if (QFileInfo::exists(corpus))
        return false;
    if (corpusRequired())
        QTest::newRow("the corpus") << corpus;
    else
        (void)corpusMissing(corpus, where);
    return true;
}

void addCorpusAppRows(std::source_location where)
{
    if (corpusRowsMissing(where))
        return;
    const QStringList names = corpusAppNames();
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << corpusApp(name);
}

} // namespace relata::test
