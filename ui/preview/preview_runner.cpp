#include "preview/preview_runner.h"

namespace relata::preview {

PreviewRunner::PreviewRunner(QObject* parent)
    : QObject(parent)
    , m_worker(new PreviewWorker)
{
    qRegisterMetaType<relata::preview::RequestPtr>();
    qRegisterMetaType<relata::preview::ResultPtr>();
    m_thread.setObjectName(QStringLiteral("relata-preview"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &PreviewRunner::requested, m_worker, &PreviewWorker::run, Qt::QueuedConnection);
    connect(m_worker, &PreviewWorker::finished, this, &PreviewRunner::receive, Qt::QueuedConnection);
    m_thread.start();
}

PreviewRunner::~PreviewRunner()
{
    // The worker (and its connection) is deleted on its own thread as it ends.
    m_thread.quit();
    m_thread.wait();
}

void PreviewRunner::setSchema(std::shared_ptr<const schema::Schema> schema)
{
    m_schema = std::move(schema);
}

quint64 PreviewRunner::submit(Request request)
{
    request.generation = ++m_generation;
    if (!request.schema)
        request.schema = m_schema;
    m_newest.insert(request.channel, request.generation);
    emit requested(std::make_shared<const Request>(std::move(request)));
    return m_generation;
}

bool PreviewRunner::isPending(const QString& channel) const
{
    return m_newest.value(channel) > m_answered.value(channel);
}

void PreviewRunner::receive(const ResultPtr& result)
{
    if (result->generation < m_newest.value(result->channel)) {
        ++m_discarded;
        return;
    }
    m_answered.insert(result->channel, result->generation);
    emit finished(result);
}

} // namespace relata::preview
