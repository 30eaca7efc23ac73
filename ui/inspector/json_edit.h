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
    void setValue(const Json& value);
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
    // Focus left after the user changed the text (the moment to commit it).
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void validate();
    void insertCompletion(const QString& completion);
    QString wordUnderCursor() const;

    QCompleter* m_completer;
    Validator m_validator;
    QString m_error;
    bool m_requireObject = true;
    bool m_edited = false;
};

} // namespace relata
