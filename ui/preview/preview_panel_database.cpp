#include "preview/preview_panel.h"

#include "document/document.h"
#include "preview/preview_runner.h"
#include "preview/records_model.h"
#include "preview/related_tree.h"
#include "session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

// The database the preview reads: chosen, created, remembered in relata.json.
namespace relata::preview {
namespace {

const QString databaseChannel = QStringLiteral("database");

QString databaseFilter()
{
    return PreviewPanel::tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)");
}

} // namespace

QWidget* PreviewPanel::createDatabaseBar()
{
    auto* bar = new QWidget(this);
    auto* open = new QToolButton(bar);
    open->setText(tr("Open Database…"));
    open->setObjectName(QStringLiteral("openDatabase"));
    connect(open, &QToolButton::clicked, this, &PreviewPanel::chooseDatabase);
    auto* sample = new QToolButton(bar);
    sample->setText(tr("Create Sample Database…"));
    sample->setObjectName(QStringLiteral("createSampleDatabase"));
    connect(sample, &QToolButton::clicked, this, &PreviewPanel::chooseSampleDatabase);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_database, 1);
    layout->addWidget(open);
    layout->addWidget(sample);
    return bar;
}

QString PreviewPanel::resolvedPath(const QString& stored) const
{
    if (!m_session || QDir::isAbsolutePath(stored))
        return stored;
    return QDir(m_session->document().rootPath()).absoluteFilePath(stored);
}

// Inside the app the path is kept relative, so the app folder can move.
void PreviewPanel::rememberDatabase(const QString& path)
{
    // A temporary file is gone with the window: nothing to remember.
    if (!m_session || (m_temporary && path.startsWith(m_temporary->path())))
        return;
    const QDir root(m_session->document().rootPath());
    const QString relative = root.relativeFilePath(path);
    const QString kept = relative.startsWith(QStringLiteral("..")) ? QFileInfo(path).absoluteFilePath() : relative;
    m_session->document().setDesignerSetting("database", kept.toStdString());
}

void PreviewPanel::chooseDatabase()
{
    const QString start = m_databasePath.isEmpty() && m_session ? m_session->document().rootPath() : m_databasePath;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start, databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void PreviewPanel::chooseSampleDatabase()
{
    if (!m_session)
        return;
    QMessageBox box(QMessageBox::Question, tr("Create Sample Database"),
                    tr("Relata creates the app's tables in a new SQLite file and fills them with sample rows "
                       "that respect every relation. Where should the file go?"),
                    QMessageBox::Cancel, this);
    QPushButton* chosen = box.addButton(tr("Choose File…"), QMessageBox::AcceptRole);
    QPushButton* temporary = box.addButton(tr("Temporary File"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == temporary) {
        createSampleDatabase(temporaryDatabasePath());
        return;
    }
    if (box.clickedButton() != chosen)
        return;
    const QString root = m_session->document().rootPath();
    const QString suggested = QDir(root).filePath(QDir(root).dirName() + QStringLiteral("-sample.sqlite3"));
    // The dialog asks before an existing file is replaced.
    const QString path = QFileDialog::getSaveFileName(this, tr("Create Sample Database"), suggested,
                                                      databaseFilter());
    if (!path.isEmpty())
        createSampleDatabase(path);
}

QString PreviewPanel::temporaryDatabasePath()
{
    if (!m_temporary)
        m_temporary = std::make_unique<QTemporaryDir>();
    const QString name = m_session ? QDir(m_session->document().rootPath()).dirName() : QStringLiteral("app");
    for (int attempt = 1;; ++attempt) {
        const QString path = m_temporary->filePath(QStringLiteral("%1-%2.sqlite3").arg(name).arg(attempt));
        if (!QFileInfo::exists(path))
            return path;
    }
}

void PreviewPanel::openDatabase(const QString& path)
{
    Request request;
    request.kind = Request::Kind::Open;
    request.channel = databaseChannel;
    request.path = QFileInfo(path).absoluteFilePath();
    m_database->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(request.path)));
    m_runner->submit(std::move(request));
}

void PreviewPanel::createSampleDatabase(const QString& path, int scale)
{
    Request request;
    request.kind = Request::Kind::CreateSample;
    request.channel = databaseChannel;
    request.path = QFileInfo(path).absoluteFilePath();
    request.sampleScale = scale;
    m_database->setText(tr("Writing sample rows into %1…").arg(QDir::toNativeSeparators(request.path)));
    m_runner->submit(std::move(request));
}

void PreviewPanel::receive(const std::shared_ptr<const Result>& result)
{
    if (result->channel != databaseChannel)
        return;
    m_databasePath = result->databasePath;
    if (m_databasePath.isEmpty()) {
        m_database->setText(tr("No database open."));
        setMessage(tr("%1: %2").arg(QDir::toNativeSeparators(result->path), result->databaseError), true);
    } else {
        m_database->setText(tr("Database: %1 (read-only)").arg(QDir::toNativeSeparators(m_databasePath)));
        setMessage({}, false);
        rememberDatabase(m_databasePath);
    }
    m_records->reload();
    m_tree->refresh();
    emit databaseChanged(m_databasePath);
}

} // namespace relata::preview
