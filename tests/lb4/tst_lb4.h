#pragma once

#include "json/json_text.h"
#include "lb4/lb4_export.h"

#include <QObject>
#include <QString>

#include <map>
#include <utility>

// tst_lb4: the export itself (tst_lb4.cpp), re-runs over its own output
// (tst_lb4_rerun.cpp), the designer (tst_lb4_designer.cpp), and what needs Node
// and the LoopBack 4 packages of tests/lb4/fixture (tst_lb4_node.cpp).
namespace relata::test {

inline const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
inline const QString checkApps = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/check/");
inline const QString lb4Fixture = QStringLiteral(RELATA_SOURCE_DIR "/tests/lb4/fixture");

lb4::Project exportApp(const QString& app);
const lb4::GeneratedFile* findFile(const lb4::Project& project, const QString& path);
QByteArray readAll(const QString& path);

} // namespace relata::test

class TestLb4 : public QObject {
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void goldenHasNoStaleFile();
    void relations_data();
    void relations();
    void repositories_data();
    void repositories();
    void controllers_data();
    void controllers();
    void migration_data();
    void migration();
    void generatedThroughModel();
    void appsThatCannotBoot_data();
    void appsThatCannotBoot();
    void rerunTouchesOnlyChanges();
    void rerunRemovesWhatIsGone_data();
    void rerunRemovesWhatIsGone();
    void rerunAfterRemovalIsQuiet();
    void rerunRemovesEmptiedFolders();
    void badManifest_data();
    void badManifest();
    void cli_data();
    void cli();
    void typescript_data();
    void typescript();
    void designer();
    void problemsFollowTheApp();
    void conformanceExpectations_data();
    void conformanceExpectations();
    void conformance_data();
    void conformance();

private:
    // run-lb4.js over an exported app of conformanceApps() and its database:
    // "Model.relation#id" -> {accessor, include}; run once per app, and `error`
    // says why when it failed.
    const relata::Json& lb4Answers(int app, QString* error);
    std::map<int, std::pair<relata::Json, QString>> m_lb4Answers;
};
