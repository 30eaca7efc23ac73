#pragma once

#include "json/json_text.h"
#include "query/query_trace.h"

#include <QWidget>

#include <string>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace relata::schema {
class Schema;
}

namespace relata::preview {

struct Branch;

// What a preview query was, seen from LoopBack's side: the filter as the
// connector receives it (normalized, scopes merged), the SQL the engine ran
// with row counts and times, the REST call that returns the same data, and
// the routes REST defines for the model's relations.
class QueryView : public QWidget {
    Q_OBJECT

public:
    explicit QueryView(QWidget* parent = nullptr);

    // model.find(filter), or model[scope](filter), as the records view ran it.
    void showFind(const schema::Schema& schema, const std::string& model, const std::string& scope,
                  const Json& filter, const query::QueryTrace& trace);
    // One relation of record `id` of `model`, as the related tree ran it.
    void showBranch(const schema::Schema& schema, const std::string& model, const Json& id, const Branch& branch);
    void clear();

    QString restCall() const;
    QString receivedFilter() const;
    int statementCount() const;
    int routeCount() const;

private:
    void showTrace(const std::string& queried, const query::QueryTrace& trace);
    // Every relation route of `model`, or those of `relation` alone.
    void showRoutes(const schema::Schema& schema, const std::string& model, const std::string& relation = {});

    QPlainTextEdit* m_filter;
    QTableWidget* m_statements;
    QLineEdit* m_rest;
    QLabel* m_totals;
    QTableWidget* m_routes;
};

// The REST URL path and query for model.find(filter): "/Customers?filter=…".
QString restFindCall(const schema::Schema& schema, const std::string& model, const Json& filter);
// The same for the named scope `scope` of `model`: "/Customers/vips?filter=…".
QString restScopeCall(const schema::Schema& schema, const std::string& model, const std::string& scope,
                      const Json& filter);

} // namespace relata::preview
