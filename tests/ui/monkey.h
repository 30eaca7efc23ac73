#pragma once

#include "json/json_text.h"
#include <QPointer>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <random>

namespace relata {
class FileWatcher;
class MainWindow;
}

namespace relata::test {

class Person;

// A seeded random user: select, type into Inspector fields, drag models,
// create and delete relations, undo, redo, save and reopen, each through a
// Person's gestures on a real window. After every step it checks that the
// canvas, the Inspector and the document agree and that saved files equal
// the document; `undoAll` checks a full undo gives back the opening bytes.
class Monkey {
public:
    Monkey(MainWindow& window, QString app, unsigned seed);
    ~Monkey();

    // One random gesture and the checks after it; false (and `failure`) when a
    // check failed.
    bool step();
    // Undoes every step from the Edit menu and compares with the app as
    // opened (or as last reopened).
    bool undoAll();
    const QString& failure() const { return m_failure; }
    const QString& lastGesture() const { return m_gesture; }
    const std::map<QString, int>& counts() const { return m_counts; }

private:
    void gesture();
    void selectSomething();
    void typeIntoAField();
    void editAPropertyCell();
    void createARelation();
    void deleteSelection();
    void pressAShortcut();
    void save();
    void reopen();
    bool check();
    void listenForReloads();
    QString randomText(const QString& field);
    int pick(int count);
    bool chance(double probability);

    MainWindow& m_window;
    std::unique_ptr<Person> m_person;
    QString m_app;
    std::mt19937 m_random;
    std::map<QString, std::string> m_opened;
    QString m_gesture;
    QString m_failure;
    std::map<QString, int> m_counts;
    bool m_saved = false;
    // Nothing outside changes the app's files, so any reload is a false alarm.
    QPointer<FileWatcher> m_watcher;
    QMetaObject::Connection m_reloads;
    QStringList m_reloaded;
};

} // namespace relata::test
