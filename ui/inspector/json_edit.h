#pragma once

#include "json/json_text.h"

#include <QPlainTextEdit>
#include <QStringList>

#include <functional>
#include <optional>

class QCompleter;

namespace relata {

// A small JSON editor: validates as the user types (the frame turns red and
// the tooltip says where and why), and completes property names.
class JsonEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit JsonEdit(QWidget* parent = nullptr);

    // Null when empty; nullopt when the text is not valid JSON (or not an object
    // when objects are required).
    std::optional<Json> value() const;
    // Shows `value`. The user's text stays while it already means `value`, and
    // while an edit is in progress over the value it started from (a reload
    // after its own live commit); any other value replaces it.
    void setValue(const Json& value);
    // The edit in progress: the live values and the final commit of one edit
    // share it (one undo step). 0 when the text is not being edited.
    quint64 editId() const { return m_editId; }
    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void setRequireObject(bool require) { m_requireObject = require; }
    void setCompletions(const QStringList& words);
    // Checks a value that parsed (a LoopBack filter, say); returns what is
    // wrong with it, or an empty string.
    using Validator = std::function<QString(const Json&)>;
    void setValidator(Validator validator);

signals:
    void validityChanged(bool valid);
    // The user changed the text into a value that passes validation: the
    // moment to show its effect while typing goes on.
    void valueEdited(const Json& value);
    // Focus left after the user changed the text (the moment to commit it).
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void onTextChanged();
    void validate();
    void insertCompletion(const QString& completion);
    QString wordUnderCursor() const;

    QCompleter* m_completer;
    Validator m_validator;
    QString m_error;
    bool m_requireObject = true;
    bool m_edited = false;
    bool m_settingText = false;
    quint64 m_editId = 0;
    Json m_base;
};

} // namespace relata
