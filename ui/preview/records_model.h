#pragma once

#include "json/json_text.h"
#include "preview/preview_worker.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace relata::preview {

class PreviewRunner;

// A compact one-line text for a JSON value in a cell or a tree node.
QString cellText(const Json& value);

// One model's rows, read a page at a time through the engine (limit/skip on
// top of the user's filter) as the view scrolls: fetchMore asks the worker
// and the rows arrive by signal. After a failed reload the last good rows
// stay, greyed.
class RecordsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int defaultPageSize = 50;

    RecordsModel(PreviewRunner* runner, QObject* parent = nullptr);

    // Shows `model` (empty: nothing) with the user's filter, through the
    // named scope `scope` when one is given; reloads.
    void setQuery(const std::string& model, Json filter, const std::string& scope = {});
    const std::string& modelName() const { return m_model; }
    const std::string& scopeName() const { return m_scope; }
    const Json& filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Runs the loaded rows' query again (after a schema change or a new database).
    void reload();

    const Json& row(int index) const { return m_rows.at(std::size_t(index)); }
    // The filter of the last page asked for, and what the engine did with it.
    const Json& lastFilter() const { return m_lastFilter; }
    const query::QueryTrace& lastTrace() const { return m_lastTrace; }
    bool isStale() const { return m_stale; }
    const QString& error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // A query finished: the rows changed, or an error is to be shown.
    void answered();

private:
    void request(int skip, int limit, bool replace);
    void receive(const ResultPtr& result);
    void updateColumns();

    PreviewRunner* m_runner;
    std::string m_model;
    std::string m_scope;
    Json m_filter = Json::object();
    QStringList m_columns;
    std::vector<Json> m_rows;
    int m_pageSize = defaultPageSize;
    int m_requested = 0;
    bool m_exhausted = true;
    bool m_replacing = false;
    bool m_stale = false;
    QString m_error;
    Json m_lastFilter;
    query::QueryTrace m_lastTrace;
};

} // namespace relata::preview
