#include "document/document.h"
#include "io/app_io.h"
#include "lb4_export_dialog.h"
#include "main_window.h"
#include "person.h"
#include "session.h"
#include "tst_lb4.h"

#include <QCheckBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace relata;
using namespace relata::test;

namespace {

// The Problems rows of the LoopBack 4 export a person sees.
QStringList migrationRows(const MainWindow& window) {
    QStringList rows;
    const auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("problems"));
    for (int row = 0; tree && row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = tree->topLevelItem(row);
        if (!item->isHidden() && item->text(3) == QLatin1String("lb4-export"))
            rows << item->text(1) + QStringLiteral(": ") + item->text(0);
    }
    return rows;
}

QStringList expectedRows(Session& session) {
    QStringList rows;
    for (const Diagnostic& diagnostic : lb4::diagnostics(
             session.document(), lb4::migrationItems(session.document(), session.schema()))) {
        QString owner = QString::fromStdString(diagnostic.model);
        if (!diagnostic.relation.empty())
            owner += u'.' + QString::fromStdString(diagnostic.relation);
        rows << owner + QStringLiteral(": ") + QString::fromStdString(diagnostic.message);
    }
    return rows;
}

} // namespace

// File > Export to LoopBack 4…: the dialog writes the project and lists the
// migration items, as MIGRATION.md does.
void TestLb4::designer() {
    QTemporaryDir out;
    Session session(io::read(shopApp));
    const lb4::Project project = lb4::generate(session.document(), session.schema());
    Lb4ExportDialog dialog(session, out.path());
    QVERIFY(dialog.succeeded());
    QCOMPARE(dialog.written(), int(project.files.size()));
    const auto* items = dialog.findChild<QTreeWidget*>(QStringLiteral("migrationItems"));
    QVERIFY(items);
    QCOMPARE(items->topLevelItemCount(), int(project.migration.size()));
    QCOMPARE(readAll(out.filePath(QStringLiteral("MIGRATION.md"))),
             QByteArray::fromStdString(findFile(project, QStringLiteral("MIGRATION.md"))->text));
}

// After an export from the menu, the Problems panel lists what LoopBack 4
// cannot express for the app as it is now: an edit or an undo updates the rows.
void TestLb4::problemsFollowTheApp() {
    QTemporaryDir out;
    MainWindow window;
    QVERIFY(window.openApp(shopApp, true));
    Person person(window);
    QVERIFY(person.showFitted());
    QVERIFY(migrationRows(window).isEmpty());

    person.answerDialogs(Answer::Accept, out.path());
    QVERIFY(person.chooseMenu(QStringLiteral("exportLb4")));
    QCOMPARE(person.answeredDialogs().size(), 2);
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("MIGRATION.md"))));
    Session& session = *window.session();
    const QStringList exported = expectedRows(session);
    QVERIFY(!exported.isEmpty());
    QCOMPARE(migrationRows(window), exported);

    // Customer.bigOrders has a relation scope and a REST path LoopBack 4 lacks.
    QVERIFY(person.clickRelation(QStringLiteral("Customer"), QStringLiteral("bigOrders")));
    QVERIFY(person.chooseMenu(QStringLiteral("delete")));
    QTRY_COMPARE(migrationRows(window), expectedRows(session));
    QVERIFY(migrationRows(window).filter(QStringLiteral("Customer.bigOrders:")).isEmpty());
    QCOMPARE(migrationRows(window).size(), exported.size() - 2);

    QVERIFY(person.undo());
    QTRY_COMPARE(migrationRows(window), exported);

    // The box that turned them on turns them off.
    auto* box = window.findChild<QCheckBox*>(QStringLiteral("showMigration"));
    QVERIFY(box && box->isChecked());
    person.click(box);
    QVERIFY(migrationRows(window).isEmpty());
    person.answerDialogs(Answer::Cancel);
}
