#include "inspector/filter_validator.h"

#include "check/filter_check.h"
#include "schema/schema.h"
#include "session.h"

#include <QCoreApplication>
#include <QPointer>

namespace relata {
namespace {

struct FilterValidator {
    Q_DECLARE_TR_FUNCTIONS(relata::FilterValidator)
};

QString firstError(const std::vector<check::FilterIssue>& issues, const std::string& prefix)
{
    for (const check::FilterIssue& issue : issues) {
        if (issue.severity != Severity::Error)
            continue;
        const std::string where = prefix + issue.pointer;
        return where.empty() ? QString::fromStdString(issue.message)
                             //: %1 is where the problem is in the filter (a JSON pointer such
                             //: as /where/price), %2 the problem.
                             : FilterValidator::tr("%1: %2").arg(QString::fromStdString(where),
                                                                 QString::fromStdString(issue.message));
    }
    return {};
}

} // namespace

JsonEdit::Validator filterValidator(Session* session, std::string model, bool namedScopes)
{
    // A field keeps its validator after its app is closed: the session is
    // watched, never assumed alive.
    return [session = QPointer<Session>(session), model = std::move(model), namedScopes](const Json& value) -> QString {
        if (!session || !value.is_object())
            return {};
        const schema::Schema& schema = session->schema();
        const schema::Model* target = model.empty() ? nullptr : schema.model(model);
        if (!namedScopes)
            return firstError(check::checkFilter(schema, target, value), {});
        for (const auto& [name, filter] : value.items()) {
            const QString error =
                firstError(check::checkFilter(schema, target, filter, check::FilterUse::NamedScope), "/" + name);
            if (!error.isEmpty())
                return error;
        }
        return {};
    };
}

} // namespace relata
