#include "preview/records_model.h"

#include "preview/preview_runner.h"

#include <QColor>
#include <QPalette>

#include <algorithm>

namespace relata::preview {
namespace {

constexpr qsizetype cellLength = 80;
const QString recordsChannel = QStringLiteral("records");

// A non-negative whole number from a filter's limit/skip, if it is one.
std::optional<int> wholeNumber(const Json& filter, const char* key)
{
    auto found = filter.find(key);
    if (found == filter.end() || found->is_null())
        return 0;
    if (found->is_number() && found->get<double>() >= 0)
        return int(found->get<double>());
    return std::nullopt;
}

} // namespace

QString cellText(const Json& value)
{
    QString text = value.is_string() ? QString::fromStdString(value.get<std::string>())
                                     : QString::fromStdString(value.dump());
    text.replace(u'\n', u' ');
    if (text.size() > cellLength)
        text = text.left(cellLength - 1) + QChar(0x2026);
    return text;
}

RecordsModel::RecordsModel(PreviewRunner* runner, QObject* parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    connect(m_runner, &PreviewRunner::finished, this, &RecordsModel::receive);
}

void RecordsModel::setQuery(const std::string& model, Json filter, const std::string& scope)
{
    if (model != m_model || scope != m_scope) {
        beginResetModel();
        m_model = model;
        m_scope = scope;
        m_rows.clear();
        m_error.clear();
        m_stale = false;
        updateColumns();
        endResetModel();
    }
    m_filter = filter.is_object() ? std::move(filter) : Json::object();
    reload();
}

void RecordsModel::reload()
{
    m_exhausted = true;
    if (m_model.empty())
        return;
    request(0, std::max(m_pageSize, int(m_rows.size())), true);
}

void RecordsModel::request(int skip, int limit, bool replace)
{
    Json filter = m_filter;
    const std::optional<int> userSkip = wholeNumber(filter, "skip");
    const std::optional<int> userOffset = wholeNumber(filter, "offset");
    const std::optional<int> userLimit = wholeNumber(filter, "limit");
    // A limit or skip the engine would reject is passed on as written, so the
    // user sees LoopBack's own error for it.
    if (userSkip && userOffset && userLimit) {
        if (*userLimit > 0)
            limit = std::min(limit, *userLimit - skip);
        filter.erase("offset");
        filter["skip"] = std::max(*userSkip, *userOffset) + skip;
        filter["limit"] = std::max(limit, 0);
    }
    if (limit <= 0) {
        m_exhausted = true;
        return;
    }
    m_replacing = replace;
    m_requested = limit;
    m_lastFilter = filter;
    Request next;
    next.kind = Request::Kind::Find;
    next.channel = recordsChannel;
    next.model = m_model;
    next.scope = m_scope;
    next.filter = std::move(filter);
    m_runner->submit(std::move(next));
}

void RecordsModel::receive(const ResultPtr& result)
{
    if (result->channel != recordsChannel || result->model != m_model)
        return;
    m_lastTrace = result->trace;
    if (!result->answer.ok()) {
        m_error = QString::fromStdString(result->answer.error->message);
        m_stale = true;
        m_exhausted = true;
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
        emit answered();
        return;
    }
    const bool wasStale = m_stale;
    m_error.clear();
    m_stale = false;
    const Json& rows = result->answer.value;
    m_exhausted = int(rows.size()) < m_requested;
    if (m_replacing) {
        beginResetModel();
        m_rows.assign(rows.begin(), rows.end());
        updateColumns();
        endResetModel();
    } else if (!rows.empty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(rows.size()) - 1);
        m_rows.insert(m_rows.end(), rows.begin(), rows.end());
        endInsertRows();
    }
    if (wasStale && !m_replacing && !m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
    emit answered();
}

void RecordsModel::updateColumns()
{
    m_columns.clear();
    const schema::Model* model = m_runner->schema() ? m_runner->schema()->model(m_model) : nullptr;
    if (model) {
        for (const schema::Property& property : model->properties) {
            if (!property.hidden)
                m_columns << QString::fromStdString(property.name);
        }
    }
    for (const Json& row : m_rows) {
        for (const auto& member : row.items()) {
            const QString key = QString::fromStdString(member.key());
            if (!m_columns.contains(key))
                m_columns << key;
        }
    }
}

int RecordsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Json& row = m_rows[std::size_t(index.row())];
    auto value = row.find(m_columns.at(index.column()).toStdString());
    const Json cell = value == row.end() ? Json() : *value;
    switch (role) {
    case Qt::DisplayRole:
        return value == row.end() ? QString() : cellText(cell);
    case Qt::ToolTipRole:
        return QString::fromStdString(cell.dump(2));
    case Qt::ForegroundRole:
        if (m_stale || cell.is_null())
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_columns.size() ? QVariant(m_columns.at(section)) : QVariant();
}

bool RecordsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_model.empty() && !m_exhausted && !m_stale
           && !m_runner->isPending(recordsChannel);
}

void RecordsModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        request(int(m_rows.size()), m_pageSize, false);
}

} // namespace relata::preview
