#include "cli.h"

#include "document/document.h"
#include "io/app_io.h"

#include <QDir>

#include <cstdio>
#include <cstdlib>

namespace relata::cli {

Args::Args(QStringList positional, std::map<QString, QString> options)
    : m_positional(std::move(positional))
    , m_options(std::move(options))
{
}

QString Args::option(const QString& option, const QString& fallback) const
{
    const auto it = m_options.find(option);
    return it == m_options.end() ? fallback : it->second;
}

std::optional<int> Args::intOption(const QString& option, int fallback) const
{
    if (!has(option))
        return fallback;
    bool ok = false;
    const int value = this->option(option).toInt(&ok);
    if (!ok) {
        err() << Cli::tr("--%1 takes a whole number, not \"%2\"")
                     .arg(option, this->option(option))
              << '\n';
        return std::nullopt;
    }
    return value;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::unique_ptr<Document> openApp(const QString& path)
{
    io::ReadError error;
    std::unique_ptr<Document> document = io::read(path, &error);
    if (!document)
        err() << QDir::toNativeSeparators(error.path) << ": " << error.message << Qt::endl;
    return document;
}

bool reportBrokenFiles(const Document& document)
{
    for (const BrokenFile& broken : document.brokenFiles()) {
        err() << broken.relativePath << ':' << broken.error.at.line << ':' << broken.error.at.column
              << ": " << QString::fromStdString(broken.error.message) << '\n';
    }
    // Reading fails only on files that could not be read at all (errors); the
    // rest of the read notes are the checks' to report.
    bool unreadable = false;
    for (const Diagnostic& diagnostic : document.readDiagnostics()) {
        if (diagnostic.severity != Severity::Error)
            continue;
        err() << diagnostic.file << ": " << QString::fromStdString(diagnostic.message) << '\n';
        unreadable = true;
    }
    err().flush();
    return unreadable || !document.brokenFiles().empty();
}

void printJson(const Json& value)
{
    out() << QString::fromStdString(value.dump(2, ' ', false, Json::error_handler_t::replace)) << '\n';
    out().flush();
}

void exitNow(int code)
{
    out().flush();
    err().flush();
    std::fflush(nullptr);
    std::_Exit(code);
}

} // namespace relata::cli
