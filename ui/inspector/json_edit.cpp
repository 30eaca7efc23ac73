#include "inspector/json_edit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

#include <variant>

namespace relata {

JsonEdit::JsonEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setMinimumHeight(56);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setModel(new QStringListModel(m_completer));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &JsonEdit::insertCompletion);
    connect(this, &QPlainTextEdit::textChanged, this, &JsonEdit::onTextChanged);
}

std::optional<Json> JsonEdit::value() const
{
    const QString text = toPlainText().trimmed();
    if (text.isEmpty())
        return Json();
    auto parsed = json::parse(text.toStdString());
    if (auto* parsedText = std::get_if<json::Text>(&parsed)) {
        if (m_requireObject && !parsedText->value().is_object())
            return std::nullopt;
        return parsedText->value();
    }
    return std::nullopt;
}

void JsonEdit::setValue(const Json& value)
{
    if (m_edited && value == m_base)
        return;
    m_base = value;
    m_edited = false;
    m_editId = 0;
    if (this->value() == value)
        return;
    m_settingText = true;
    setPlainText(value.is_null() ? QString() : QString::fromStdString(value.dump(2)));
    m_settingText = false;
}

void JsonEdit::onTextChanged()
{
    validate();
    if (m_settingText)
        return;
    static quint64 edits = 0;
    if (!m_edited)
        m_editId = ++edits;
    m_edited = true;
    const std::optional<Json> current = value();
    if (current && isValid() && *current != m_base) {
        m_base = *current;
        emit valueEdited(*current);
    }
}

void JsonEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (m_edited && !m_completer->popup()->isVisible()) {
        emit editingFinished();
        m_edited = false;
        m_editId = 0;
        if (const std::optional<Json> current = value())
            m_base = *current;
    }
}

void JsonEdit::setCompletions(const QStringList& words)
{
    static_cast<QStringListModel*>(m_completer->model())->setStringList(words);
}

void JsonEdit::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    validate();
}

void JsonEdit::validate()
{
    QString error;
    const QString text = toPlainText().trimmed();
    if (!text.isEmpty()) {
        auto parsed = json::parse(text.toStdString());
        if (auto* failure = std::get_if<json::ParseError>(&parsed)) {
            error = tr("line %1, column %2: %3")
                        .arg(failure->at.line)
                        .arg(failure->at.column)
                        .arg(QString::fromStdString(failure->message));
        } else if (m_requireObject && !std::get<json::Text>(parsed).value().is_object()) {
            error = tr("must be a JSON object: {…}");
        } else if (m_validator) {
            error = m_validator(std::get<json::Text>(parsed).value());
        }
    }
    const bool changed = error.isEmpty() != m_error.isEmpty();
    m_error = error;
    setToolTip(error);
    setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("QPlainTextEdit { border: 1px solid #d93b3b; }"));
    if (changed)
        emit validityChanged(error.isEmpty());
}

QString JsonEdit::wordUnderCursor() const
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    qsizetype start = line.size();
    while (start > 0 && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == u'_'))
        --start;
    return line.mid(start);
}

void JsonEdit::insertCompletion(const QString& completion)
{
    QTextCursor cursor = textCursor();
    const qsizetype typed = wordUnderCursor().size();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(typed));
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void JsonEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString word = wordUnderCursor();
    if (word.size() < 1 || event->text().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

} // namespace relata
