#pragma once

#include "document/diagnostic.h"
#include "schema/schema.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace relata {

class Document;
class EditController;

// One open app: the document, the only path that edits it (EditController),
// and the schema and diagnostics compiled from it. Compiling is deferred to the
// event loop so a macro that touches many models compiles once.
class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Document> document, QObject* parent = nullptr);
    ~Session() override;

    Document& document() const { return *m_document; }
    EditController& edits() const { return *m_edits; }
    // Unsaved: the undo stack left its clean state, or a file differs from its baseline.
    bool isModified() const;

    // Up to date with the document (compiles now when a change is pending;
    // `compiled` follows on the next event, never from inside the getter).
    const schema::Schema& schema();
    const Diagnostics& diagnostics();
    // Compiles a pending change and emits `compiled` now.
    void compileNow();

signals:
    // The schema and diagnostics were recompiled after a change.
    void compiled();

private:
    void compile();
    void compileQuietly();

    std::unique_ptr<Document> m_document;
    std::unique_ptr<EditController> m_edits;
    schema::Schema m_schema;
    Diagnostics m_diagnostics;
    bool m_stale = true;
    bool m_unannounced = false;
    QTimer m_compileTimer;
};

} // namespace relata
