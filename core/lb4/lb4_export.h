#pragma once

#include "document/diagnostic.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace relata {
class Document;
namespace schema {
class Schema;
}
} // namespace relata

// `relata-cli export-lb4` and File > Export to LoopBack 4: a LoopBack 4 project
// (models, repositories, datasources) made from the compiled schema, and the
// list of what LoopBack 4 cannot express, which MIGRATION.md reports.
namespace relata::lb4 {

// One thing of the LoopBack 3 app that the generated code does not carry.
struct MigrationItem {
    std::string model;       // the model concerned, empty for the app
    std::string relation;    // the relation concerned, empty for a model-level item
    std::string feature;     // "polymorphic", "relation scope", "named scope", "ACLs", …
    std::string detail;      // what LoopBack 3 does there
    std::string replacement; // what to write by hand in LoopBack 4
    QString file;            // the LoopBack 3 file, relative to the app root; empty when generated
    std::string pointer;     // JSON pointer in that file
};

struct GeneratedFile {
    QString path; // relative to the output folder, '/'-separated
    std::string text;
};

struct Figures {
    int models = 0;             // model classes written
    int relations = 0;          // relations of those models in LoopBack 3
    int lb4Relations = 0;       // written as LoopBack 4 relations
    int relationsInReport = 0;  // relations MIGRATION.md lists (dropped, or written without something)
    int items = 0;              // rows of MIGRATION.md
};

struct Project {
    std::vector<GeneratedFile> files;
    std::vector<MigrationItem> migration;
    Figures figures;
};

// Works on any app the schema compiled, including one LoopBack 3 could not boot:
// a relation LoopBack never set up is reported, not written.
Project generate(const Document& document, const schema::Schema& schema);

// What generate() lists, without the files' text: cheap enough to follow
// every recompile of the designer.
std::vector<MigrationItem> migrationItems(const Document& document, const schema::Schema& schema);

// The migration items as Info diagnostics, for the Problems panel, located
// (line:column) in the document's files.
Diagnostics diagnostics(const Document& document, const std::vector<MigrationItem>& items);

struct WriteFailure {
    QString path;
    QString message;
};

// The export's record in the output folder: each file it wrote there with a
// SHA-256 of the bytes it wrote. A file that still holds those bytes is the
// export's to replace or remove; any other file is the user's.
inline const QString manifestPath = QStringLiteral(".relata-lb4.json");

// A file the export would replace or remove but leaves as it is, being the user's.
struct KeptFile {
    enum class Why {
        Edited,        // edited since the export wrote it; the export has nothing new for it
        EditedChanged, // edited since, and the LoopBack 3 app changed what the export writes there
        EditedGone,    // edited since, and its model is gone from the LoopBack 3 app
        NotExported,   // the export never wrote it, yet it now generates a file of that name
    };
    QString path;
    Why why = Why::Edited;
};

// "edited", "editedChanged", "editedGone", "notExported" (relata-cli's JSON)
const char* keptCode(KeptFile::Why why);
// What it means and what to do about it, for a user.
QString keptReason(KeptFile::Why why);

struct WriteReport {
    QStringList written;   // relative paths whose bytes changed
    QStringList unchanged; // left alone: same bytes, same modification time
    QStringList removed;   // written by an earlier export, untouched since, and no longer generated
    std::vector<KeptFile> kept;
    std::vector<WriteFailure> failed;
    bool ok() const { return failed.empty(); }
};

// Writes each file atomically (QSaveFile) into `directory`, and only the files
// whose bytes differ from what is there: a second run over its own output
// touches nothing that the LoopBack 3 app did not change. Files an earlier
// export wrote for what the app no longer has are removed, folders left empty
// with them; a file the user wrote or edited is never replaced nor removed.
// A manifest that cannot be read stops the export before it writes anything.
WriteReport write(const Project& project, const QString& directory);

} // namespace relata::lb4
