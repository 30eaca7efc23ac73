#pragma once

#include "json/json_text.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <map>
#include <memory>
#include <optional>

namespace relata {
class Document;
}

namespace relata::cli {

// relata-cli's translation context: free functions call Cli::tr() so that
// lupdate and the runtime agree on it.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(relata::cli)
};

// The exit codes of DESIGN.md's relata-cli contract.
enum Exit : int { Ok = 0, Findings = 1, CannotStart = 2 };

// One command line: positional arguments after the command, and --options.
class Args {
public:
    Args(QStringList positional, std::map<QString, QString> options);

    const QStringList& positional() const { return m_positional; }
    bool has(const QString& option) const { return m_options.contains(option); }
    QString option(const QString& option, const QString& fallback = {}) const;
    // A whole number option; nullopt (and a message on stderr) when it is not one.
    std::optional<int> intOption(const QString& option, int fallback) const;

private:
    QStringList m_positional;
    std::map<QString, QString> m_options;
};

QTextStream& out();
QTextStream& err();

// Reads APP (an app root or a folder of model files). On failure prints
// `path: message` on stderr and returns null; the caller exits CannotStart.
std::unique_ptr<Document> openApp(const QString& path);

// Prints bad-JSON files as `file:line:column: message` and files that could not
// be read as `file: reason`; true when there were any.
bool reportBrokenFiles(const Document& document);

// Writes JSON on stdout, indented by two spaces, with a final newline.
void printJson(const Json& value);

// Flushes stdout and stderr and ends the process at once, without running
// destructors: for a command whose work is done and written, when what is
// left is only memory to free (a drawn scene of a thousand models takes tens
// of milliseconds to take apart, item by item).
[[noreturn]] void exitNow(int code);

using Command = int (*)(const Args&);

struct CommandInfo {
    const char* name;
    const char* usage; // after "relata-cli NAME "
    const char* summary;
    Command run;
    int minPositional;
    int maxPositional;
    bool gui = false; // needs a QApplication (fonts, painting)
};

} // namespace relata::cli
