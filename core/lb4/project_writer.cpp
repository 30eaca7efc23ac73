#include "io/app_io.h"
#include "lb4/lb4_export.h"

#include <QDir>
#include <QFile>

namespace relata::lb4 {

WriteReport write(const Project& project, const QString& directory)
{
    WriteReport report;
    const QDir root(directory);
    for (const GeneratedFile& file : project.files) {
        const QString path = root.filePath(file.path);
        const QByteArray bytes = QByteArray::fromStdString(file.text);
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.size() == bytes.size() && existing.readAll() == bytes) {
            report.unchanged << file.path;
            continue;
        }
        existing.close();
        if (const auto error = io::saveFile(path, bytes))
            report.failed.push_back({file.path, *error});
        else
            report.written << file.path;
    }
    return report;
}

} // namespace relata::lb4
