#pragma once

#include "preview/preview_worker.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

namespace relata::preview {

// The GUI side of the preview thread: hands requests over by queued signal,
// tags each with a generation, and lets through only the answer to the newest
// request of its channel, so a slow answer to an edit the user has already
// made again never overwrites the newer one.
class PreviewRunner : public QObject {
    Q_OBJECT

public:
    explicit PreviewRunner(QObject* parent = nullptr);
    ~PreviewRunner() override;

    // The schema snapshot sent with every request from now on.
    void setSchema(std::shared_ptr<const schema::Schema> schema);
    const std::shared_ptr<const schema::Schema>& schema() const { return m_schema; }

    // Returns the request's generation.
    quint64 submit(Request request);
    // True while a request of `channel` has not been answered.
    bool isPending(const QString& channel) const;
    // Answers dropped because a newer request of their channel was made.
    int discardedCount() const { return m_discarded; }

signals:
    void finished(const relata::preview::ResultPtr& result);
    // Internal: carries a request to the worker's thread.
    void requested(const relata::preview::RequestPtr& request);

private:
    void receive(const ResultPtr& result);

    QThread m_thread;
    PreviewWorker* m_worker;
    std::shared_ptr<const schema::Schema> m_schema;
    quint64 m_generation = 0;
    QHash<QString, quint64> m_newest;
    QHash<QString, quint64> m_answered;
    int m_discarded = 0;
};

} // namespace relata::preview
