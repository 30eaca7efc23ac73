#include "preview/query_view.h"

#include "preview/preview_worker.h"
#include "rest/routes.h"
#include "schema/schema.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>

namespace relata::preview {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString encoded(const Json& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(value.dump())));
}

QString httpPathOf(const schema::Schema& schema, const std::string& model)
{
    const schema::Model* described = schema.model(model);
    return described ? q(described->httpPath) : u'/' + q(model);
}

QString bindingsText(const QVariantList& bindings)
{
    QStringList values;
    for (const QVariant& value : bindings)
        values << (value.isNull() ? QStringLiteral("NULL") : value.toString());
    return values.join(QStringLiteral(", "));
}

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setWordWrap(false);
    return widget;
}

void setRow(QTableWidget* widget, int row, const QStringList& cells, const QString& tip = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(tip.isEmpty() ? cells.at(column) : tip);
        widget->setItem(row, column, item);
    }
}

QString withFilter(const QString& path, const Json& filter)
{
    if (!filter.is_object() || filter.empty())
        return path;
    return path + QStringLiteral("?filter=") + encoded(filter);
}

} // namespace

QString restFindCall(const schema::Schema& schema, const std::string& model, const Json& filter)
{
    return withFilter(httpPathOf(schema, model), filter);
}

QString restScopeCall(const schema::Schema& schema, const std::string& model, const std::string& scope,
                      const Json& filter)
{
    const schema::Model* described = schema.model(model);
    if (!described)
        return {};
    // The path the scope's remoting defines, `options.http.path` included.
    for (const rest::Route& route : rest::modelRoutes(schema, *described)) {
        if (route.scope == scope && route.method == "__get__" + scope)
            return withFilter(q(route.path), filter);
    }
    return {};
}

QueryView::QueryView(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QPlainTextEdit(this))
    , m_statements(table({tr("Model"), tr("Rows"), tr("ms"), tr("SQL")}, this))
    , m_rest(new QLineEdit(this))
    , m_totals(new QLabel(this))
    , m_routes(table({tr("Verb"), tr("Path"), tr("Method")}, this))
{
    m_filter->setReadOnly(true);
    m_filter->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_filter->setPlaceholderText(tr("Run a query in the records view or select a relation in the tree."));
    m_rest->setReadOnly(true);
    m_rest->setObjectName(QStringLiteral("restCall"));
    auto* copy = new QPushButton(tr("Copy"), this);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_rest->text()); });
    auto* restRow = new QHBoxLayout;
    restRow->addWidget(m_rest, 1);
    restRow->addWidget(copy);
    auto* layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("REST call:"), restRow);
    layout->addRow(tr("Filter as LoopBack receives it:"), m_filter);
    layout->addRow(tr("SQL run:"), m_statements);
    layout->addRow(QString(), m_totals);
    layout->addRow(tr("Relation routes:"), m_routes);
}

void QueryView::clear()
{
    m_filter->clear();
    m_rest->clear();
    m_totals->clear();
    m_statements->setRowCount(0);
    m_routes->setRowCount(0);
}

void QueryView::showFind(const schema::Schema& schema, const std::string& model, const std::string& scope,
                         const Json& filter, const query::QueryTrace& trace)
{
    m_rest->setText(QStringLiteral("GET ")
                    + (scope.empty() ? restFindCall(schema, model, filter) : restScopeCall(schema, model, scope, filter)));
    showTrace(model, trace);
    showRoutes(schema, model);
}

void QueryView::showBranch(const schema::Schema& schema, const std::string& model, const Json& id,
                           const Branch& branch)
{
    if (branch.incoming) {
        m_rest->setText(QStringLiteral("GET ") + restFindCall(schema, branch.owner, branch.filter));
        showTrace(branch.owner, branch.trace);
    } else {
        const schema::Model* owner = schema.model(model);
        const schema::Relation* relation = owner ? owner->relation(branch.relation) : nullptr;
        const QString idText = id.is_string() ? q(id.get<std::string>()) : q(id.dump());
        m_rest->setText(QStringLiteral("GET %1/%2/%3")
                            .arg(httpPathOf(schema, model),
                                 QString::fromLatin1(QUrl::toPercentEncoding(idText)),
                                 relation ? q(relation->httpPath()) : q(branch.relation)));
        showTrace(branch.target, branch.trace);
    }
    showRoutes(schema, branch.owner, branch.relation);
}

void QueryView::showTrace(const std::string& queried, const query::QueryTrace& trace)
{
    // The parent lookups a relation call makes first are not what the user asked.
    auto received = std::find_if(trace.begin(), trace.end(),
                                 [&](const query::TracedStatement& each) { return each.model == queried; });
    m_filter->setPlainText(received == trace.end() ? QString() : q(received->filter.dump(2)));
    m_statements->setRowCount(int(trace.size()));
    qint64 totalNs = 0;
    std::size_t totalRows = 0;
    for (int row = 0; row < int(trace.size()); ++row) {
        const query::TracedStatement& each = trace[std::size_t(row)];
        const QString rows = each.error.empty() ? QString::number(each.rows) : tr("error");
        const QString tip = each.error.empty()
                                ? tr("%1\nbound: %2").arg(each.sql, bindingsText(each.bindings))
                                : tr("%1\nbound: %2\n%3").arg(each.sql, bindingsText(each.bindings), q(each.error));
        setRow(m_statements, row,
               {q(each.model), rows, QString::number(double(each.elapsedNs) / 1e6, 'f', 3), each.sql}, tip);
        totalNs += each.elapsedNs;
        totalRows += each.rows;
    }
    m_statements->resizeColumnsToContents();
    m_totals->setText(tr("statements: %1 · rows: %2 · %3 ms")
                          .arg(trace.size())
                          .arg(totalRows)
                          .arg(double(totalNs) / 1e6, 0, 'f', 3));
}

void QueryView::showRoutes(const schema::Schema& schema, const std::string& model, const std::string& relation)
{
    const schema::Model* described = schema.model(model);
    std::vector<rest::Route> routes = described ? rest::modelRoutes(schema, *described) : std::vector<rest::Route>();
    if (!relation.empty())
        std::erase_if(routes, [&](const rest::Route& route) { return route.relation != relation; });
    m_routes->setRowCount(int(routes.size()));
    for (int row = 0; row < int(routes.size()); ++row) {
        const rest::Route& route = routes[std::size_t(row)];
        setRow(m_routes, row, {q(route.verb), q(route.path), q(route.method)}, q(route.description));
    }
    m_routes->resizeColumnsToContents();
}

QString QueryView::restCall() const
{
    return m_rest->text();
}

QString QueryView::receivedFilter() const
{
    return m_filter->toPlainText();
}

int QueryView::statementCount() const
{
    return m_statements->rowCount();
}

int QueryView::routeCount() const
{
    return m_routes->rowCount();
}

} // namespace relata::preview
