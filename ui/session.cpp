#include "session.h"

#include "check/check.h"
#include "document/document.h"
#include "edit/edit_controller.h"

namespace relata {

Session::Session(std::unique_ptr<Document> document, QObject* parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_edits(std::make_unique<EditController>(m_document.get()))
{
    m_compileTimer.setSingleShot(true);
    m_compileTimer.setInterval(0);
    connect(&m_compileTimer, &QTimer::timeout, this, &Session::compileNow);
    connect(m_document.get(), &Document::changed, this, [this] {
        m_stale = true;
        m_compileTimer.start();
    });
    compile();
}

Session::~Session()
{
    // The stack's commands point at the document: they go first.
    m_edits.reset();
}

bool Session::isModified() const
{
    return !m_edits->undoStack()->isClean() || m_document->isModified();
}

const schema::Schema& Session::schema()
{
    compileQuietly();
    return m_schema;
}

const Diagnostics& Session::diagnostics()
{
    compileQuietly();
    return m_diagnostics;
}

// A getter runs inside its caller's work (an inspector reloading, a validator
// checking text): announcing there would re-enter listeners that replace the
// very objects on the caller's stack. They hear of it on the next event.
void Session::compileQuietly()
{
    if (!m_stale)
        return;
    compile();
    m_unannounced = true;
    m_compileTimer.start();
}

void Session::compileNow()
{
    m_compileTimer.stop();
    if (m_stale)
        compile();
    else if (!m_unannounced)
        return;
    m_unannounced = false;
    emit compiled();
}

void Session::compile()
{
    m_schema = schema::compile(*m_document);
    m_diagnostics = check::check(*m_document, m_schema);
    m_stale = false;
}

} // namespace relata
