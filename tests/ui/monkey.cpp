#include "monkey.h"

#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "file_watcher.h"
#include "fixture_app.h"
#include "main_window.h"
#include "person.h"
#include "schema/schema.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

namespace relata::test {
namespace {

const QStringList names = {QStringLiteral("Thing"),    QStringLiteral("Customer"),
                           QStringLiteral("bad name"), QString(),
                           QStringLiteral("Ünïcödé"),  QStringLiteral("a-b_c")};
const QStringList keys = {
    QStringLiteral("customerId"), QStringLiteral("id"),         QString(),
    QStringLiteral("{\"a\": 1}"), QStringLiteral("missingKey"), QStringLiteral("true")};

QStringList jsonTexts()
{
    return {
        QStringLiteral(R"({"where": {"status": "paid"}})"),
        QStringLiteral(R"({"where": {"total": {"gt": 100}}, "order": "total DESC", "limit": 3})"),
        QStringLiteral(R"({"where":)"),
        QStringLiteral(R"({"where": {"name": {"$regexp": 5, "$flags": 1}}})"),
        QStringLiteral(R"({"include": {"relation": "orders", "scope": {"where": "x"}}})"),
        QStringLiteral(R"({"vips": {"where": {"vip": true}}})"),
        QStringLiteral(R"(["currency", "status"])"),
        QStringLiteral("null"),
        QStringLiteral("[]"),
        QString(800, u'[') + QString(800, u']'),
        QString()};
}

// Where two texts part: the first differing line of each, for a failure message.
QString firstDifference(const std::string& expected, const std::string& actual)
{
    const QStringList want = QString::fromStdString(expected).split(u'\n');
    const QStringList got = QString::fromStdString(actual).split(u'\n');
    for (qsizetype line = 0; line < std::max(want.size(), got.size()); ++line) {
        const QString a = line < want.size() ? want[line] : QStringLiteral("(end)");
        const QString b = line < got.size() ? got[line] : QStringLiteral("(end)");
        if (a != b)
            return QStringLiteral("line %1 is `%2`, was `%3`").arg(line + 1).arg(b.trimmed(), a.trimmed());
    }
    return QStringLiteral("the same lines, other line ends");
}

} // namespace

Monkey::Monkey(MainWindow& window, QString app, unsigned seed)
    : m_window(window)
    , m_person(std::make_unique<Person>(window))
    , m_app(std::move(app))
    , m_random(seed)
{
    if (m_window.session())
        m_opened = renderedFiles(m_window.session()->document());
    listenForReloads();
}

Monkey::~Monkey()
{
    QObject::disconnect(m_reloads);
}

int Monkey::pick(int count)
{
    return count <= 1 ? 0 : std::uniform_int_distribution<int>(0, count - 1)(m_random);
}

bool Monkey::chance(double probability)
{
    return std::uniform_real_distribution<double>(0, 1)(m_random) < probability;
}

bool Monkey::step()
{
    m_failure.clear();
    gesture();
    ++m_counts[m_gesture.section(u' ', 0, 0)];
    QApplication::processEvents();
    return check();
}

void Monkey::gesture()
{
    static const std::pair<int, void (Monkey::*)()> weighted[] = {{20, &Monkey::selectSomething},
                                                                  {25, &Monkey::typeIntoAField},
                                                                  {8, &Monkey::editAPropertyCell},
                                                                  {8, &Monkey::createARelation},
                                                                  {4, &Monkey::deleteSelection},
                                                                  {8, &Monkey::pressAShortcut},
                                                                  {3, &Monkey::save},
                                                                  {1, &Monkey::reopen}};
    int total = 16 + 8; // undo and redo, below
    for (const auto& [weight, action] : weighted)
        total += weight;
    int roll = pick(total);
    if (roll < 10) {
        m_gesture = QStringLiteral("undo");
        m_person->answerDialogs(Answer::Cancel);
        m_person->undo();
        return;
    }
    roll -= 10;
    if (roll < 6) {
        m_gesture = QStringLiteral("redo");
        m_person->redo();
        return;
    }
    roll -= 6;
    if (roll < 8) {
        m_gesture = QStringLiteral("drag");
        // The app's models and the built-in models drawn beside them.
        QStringList movable;
        if (m_window.session() && m_window.scene()) {
            const Document& document = m_window.session()->document();
            for (ModelId id : document.modelIds())
                movable << QString::fromStdString(document.modelName(id));
            for (const schema::Model& model : m_window.session()->schema().models()) {
                const ModelItem* item = m_window.scene()->modelItem(QString::fromStdString(model.name));
                if (model.builtin && item && item->isVisible() && item->flags() & QGraphicsItem::ItemIsMovable)
                    movable << item->name();
            }
        }
        if (!movable.isEmpty()) {
            const QString model = movable.at(pick(int(movable.size())));
            m_gesture += QStringLiteral(" ") + model;
            m_person->dragModel(model, QPoint(pick(400) - 200, pick(400) - 200));
        }
        return;
    }
    roll -= 8;
    for (const auto& [weight, action] : weighted) {
        if (roll < weight) {
            (this->*action)();
            return;
        }
        roll -= weight;
    }
}

void Monkey::selectSomething()
{
    m_gesture = QStringLiteral("select");
    if (!m_window.session())
        return;
    const Document& document = m_window.session()->document();
    const int kind = pick(3);
    if (kind == 0) {
        const auto ids = document.modelIds();
        if (ids.empty())
            return;
        const QString model =
            QString::fromStdString(document.modelName(ids[std::size_t(pick(int(ids.size())))]));
        m_gesture += QStringLiteral(" model ") + model;
        m_person->clickModel(model, chance(0.1) ? Qt::ControlModifier : Qt::NoModifier);
    } else if (kind == 1) {
        const auto& edges = m_window.scene()->relationItems();
        if (edges.empty())
            return;
        const EdgeKey key = edges[std::size_t(pick(int(edges.size())))]->key();
        m_gesture += QStringLiteral(" relation %1.%2").arg(key.ownerName, key.relation);
        m_person->clickRelation(key.ownerName, key.relation);
    } else {
        m_gesture += QStringLiteral(" nothing");
        m_person->clickEmptyCanvas();
    }
}

QString Monkey::randomText(const QString& field)
{
    static const QStringList json = jsonTexts();
    if (field == QLatin1String("name") || field == QLatin1String("relationName") ||
        field == QLatin1String("model") || field == QLatin1String("base") ||
        field == QLatin1String("through"))
        return names[pick(int(names.size()))];
    if (field == QLatin1String("scope") || field == QLatin1String("scopes") ||
        field == QLatin1String("options") || field == QLatin1String("properties"))
        return json[pick(int(json.size()))];
    return keys[pick(int(keys.size()))];
}

void Monkey::typeIntoAField()
{
    m_gesture = QStringLiteral("type");
    const QList<QWidget*> fields = m_person->fields();
    if (fields.isEmpty())
        return;
    QWidget* field = fields[pick(int(fields.size()))];
    const QString name = field->objectName();
    if (qobject_cast<QTableWidget*>(field))
        return editAPropertyCell();
    m_person->answerDialogs(chance(0.5) ? Answer::Accept : Answer::Cancel);
    if (auto* box = qobject_cast<QCheckBox*>(field)) {
        m_gesture += QStringLiteral(" click ") + name;
        m_person->click(box);
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(field);
        combo && (!combo->isEditable() || chance(0.3))) {
        if (combo->count() == 0)
            return;
        const QString entry = combo->itemText(pick(combo->count()));
        m_gesture += QStringLiteral(" choose %1 %2").arg(name, entry);
        m_person->choose(combo, entry);
        return;
    }
    const QString text = randomText(name);
    const Commit how = Commit(pick(3));
    m_gesture += QStringLiteral(" %1 '%2' commit %3").arg(name, text.left(60)).arg(int(how));
    m_person->replaceText(field, text);
    if (chance(0.2))
        QTest::qWait(20);
    m_person->commit(how);
}

void Monkey::editAPropertyCell()
{
    m_gesture = QStringLiteral("cell");
    auto* table = qobject_cast<QTableWidget*>(m_person->field(QStringLiteral("properties")));
    if (!table || table->rowCount() == 0)
        return;
    const int row = pick(table->rowCount());
    const int column = pick(table->columnCount());
    static const QStringList texts = {QStringLiteral("renamed"),      QStringLiteral("number"),
                                      QStringLiteral("[\"string\"]"), QString(),
                                      QStringLiteral("\"x\""),        QStringLiteral("{bad")};
    m_gesture += QStringLiteral(" %1,%2").arg(row).arg(column);
    if (column == 2 || column == 3 || column == 5) {
        m_person->clickCheckCell(table, row, column);
        return;
    }
    if (m_person->editCell(table, row, column, texts[pick(int(texts.size()))]))
        m_person->commit(Commit(pick(3)));
}

void Monkey::createARelation()
{
    m_gesture = QStringLiteral("relation");
    if (!m_window.session())
        return;
    const Document& document = m_window.session()->document();
    const auto ids = document.modelIds();
    if (ids.empty())
        return;
    const QString from =
        QString::fromStdString(document.modelName(ids[std::size_t(pick(int(ids.size())))]));
    const QString to =
        QString::fromStdString(document.modelName(ids[std::size_t(pick(int(ids.size())))]));
    m_gesture += QStringLiteral(" %1 -> %2").arg(from, to);
    m_person->answerDialogs(chance(0.7) ? Answer::Accept : Answer::Cancel);
    m_person->dragRelation(from, to);
}

void Monkey::deleteSelection()
{
    m_gesture = QStringLiteral("delete");
    m_person->answerDialogs(chance(0.5) ? Answer::Accept : Answer::Cancel);
    m_person->clickEmptyCanvas();
    selectSomething();
    m_gesture = QStringLiteral("delete after ") + m_gesture;
    m_person->press(QKeySequence::Delete);
}

void Monkey::pressAShortcut()
{
    m_gesture = QStringLiteral("shortcut");
    QList<QAction*> actions;
    for (QAction* action : m_window.findChildren<QAction*>()) {
        const QKeySequence keys = action->shortcut();
        if (!keys.isEmpty() && keys != QKeySequence::Quit && keys != QKeySequence::Open &&
            keys != QKeySequence::SaveAs && keys != QKeySequence::Save)
            actions << action;
    }
    if (actions.isEmpty())
        return;
    QAction* action = actions[pick(int(actions.size()))];
    m_gesture += QStringLiteral(" ") + action->shortcut().toString();
    m_person->answerDialogs(chance(0.5) ? Answer::Accept : Answer::Cancel,
                            names[pick(int(names.size()))]);
    m_person->press(action->shortcut());
}

void Monkey::save()
{
    m_gesture = QStringLiteral("save");
    m_person->answerDialogs(Answer::Accept);
    m_person->press(QKeySequence::Save);
    m_saved = true;
}

void Monkey::reopen()
{
    m_gesture = QStringLiteral("reopen");
    if (!undoAll())
        return;
    m_person->answerDialogs(Answer::Accept);
    const QString recent = QDir::toNativeSeparators(QFileInfo(m_app).absoluteFilePath());
    for (QAction* action : m_person->menuActions()) {
        if (action->text() == recent) {
            m_person->chooseMenu(action);
            break;
        }
    }
    if (m_window.session())
        m_opened = renderedFiles(m_window.session()->document());
}

bool Monkey::undoAll()
{
    if (!m_window.session())
        return true;
    m_person->answerDialogs(Answer::Cancel);
    for (int guard = 0; guard < 10000 && m_person->undo(); ++guard) {
        if (!check())
            return false;
    }
    const auto files = renderedFiles(m_window.session()->document());
    for (const auto& [path, text] : m_opened) {
        if (!files.contains(path)) {
            m_failure = QStringLiteral("a full undo did not give back %1").arg(path);
            return false;
        }
        if (files.at(path) != text) {
            m_failure = QStringLiteral("a full undo did not give back %1 as opened: %2")
                            .arg(path, firstDifference(text, files.at(path)));
            return false;
        }
    }
    if (files.size() != m_opened.size()) {
        m_failure = QStringLiteral("a full undo left %1 files where %2 were opened").arg(files.size()).arg(m_opened.size());
        return false;
    }
    return true;
}

void Monkey::listenForReloads()
{
    auto* watcher = m_window.findChild<FileWatcher*>();
    if (!watcher || watcher == m_watcher)
        return;
    QObject::disconnect(m_reloads);
    m_watcher = watcher;
    m_reloads = QObject::connect(watcher, &FileWatcher::reloaded,
                     [this](const QStringList& paths) { m_reloaded << paths; });
}

bool Monkey::check()
{
    listenForReloads();
    if (!m_reloaded.isEmpty()) {
        m_failure = QStringLiteral("%1 read again from disk though nothing outside changed it")
                        .arg(m_reloaded.join(QStringLiteral(", ")));
        m_reloaded.clear();
        return false;
    }
    if (const QString disagreement = m_person->disagreement(); !disagreement.isEmpty()) {
        m_failure = disagreement;
        return false;
    }
    if (!m_saved || !m_window.session())
        return true;
    m_saved = false;
    if (m_window.isModified())
        return true; // the save failed and said so; nothing was written
    for (const auto& [path, text] : renderedFiles(m_window.session()->document())) {
        QFile file(QDir(m_app).filePath(path));
        if (path == QLatin1String("relata.json") && !file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != QByteArray::fromStdString(text)) {
            m_failure =
                QStringLiteral("after Save, %1 on disk differs from the document").arg(path);
            return false;
        }
    }
    return true;
}

} // namespace relata::test
