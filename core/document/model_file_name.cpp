#include "document/model_file_name.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace relata::naming {
namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// lodash's character classes (its rs*Range strings) for the Basic Multilingual
// Plane; PCRE in UTF-16 mode cannot name lone surrogates, so lodash's astral and
// emoji alternatives are left out (model names never contain them).
const QString upperRange = QStringLiteral(R"(A-Z\x{c0}-\x{d6}\x{d8}-\x{de})");
const QString lowerRange = QStringLiteral(R"(a-z\x{df}-\x{f6}\x{f8}-\x{ff})");
const QString breakRange = QStringLiteral(
    R"(\x{ac}\x{b1}\x{d7}\x{f7}\x{00}-\x{2f}\x{3a}-\x{40}\x{5b}-\x{60}\x{7b}-\x{bf}\x{2000}-\x{206f})"
    R"( \t\x{0b}\f\x{a0}\x{feff}\n\r\x{2028}\x{2029}\x{1680}\x{180e}\x{202f}\x{205f}\x{3000})");

const QRegularExpression& unicodeWord()
{
    static const QRegularExpression pattern = [] {
        const QString upper = u'[' + upperRange + u']';
        const QString lower = u'[' + lowerRange + u']';
        const QString brk = u'[' + breakRange + u']';
        // lodash puts `\d+` inside this negated class: digits and '+' are not "misc".
        const QString misc = QStringLiteral("[^") + breakRange + QStringLiteral(R"(\d+\x{2700}-\x{27bf})")
                             + lowerRange + upperRange + u']';
        const QString miscLower = QStringLiteral("(?:") + lower + u'|' + misc + u')';
        const QString miscUpper = QStringLiteral("(?:") + upper + u'|' + misc + u')';
        const QString contrLower = QStringLiteral(R"((?:['\x{2019}](?:d|ll|m|re|s|t|ve))?)");
        const QString contrUpper = QStringLiteral(R"((?:['\x{2019}](?:D|LL|M|RE|S|T|VE))?)");
        const QStringList alternatives = {
            upper + u'?' + lower + u'+' + contrLower + QStringLiteral("(?=") + brk + u'|' + upper
                + QStringLiteral(R"(|\z))"),
            miscUpper + u'+' + contrUpper + QStringLiteral("(?=") + brk + u'|' + upper + miscLower
                + QStringLiteral(R"(|\z))"),
            upper + u'?' + miscLower + u'+' + contrLower,
            upper + u'+' + contrUpper,
            QStringLiteral(R"(\d*(?:1ST|2ND|3RD|(?![123])\dTH)(?=\b|[a-z_]))"),
            QStringLiteral(R"(\d*(?:1st|2nd|3rd|(?![123])\dth)(?=\b|[A-Z_]))"),
            QStringLiteral(R"(\d+)"),
            QStringLiteral(R"([\x{2700}-\x{27bf}])"),
        };
        return QRegularExpression(alternatives.join(u'|'));
    }();
    return pattern;
}

// lodash `deburr` for Latin-1 Supplement and Latin Extended-A letters, then
// combining marks removed.
QString deburr(const QString& text)
{
    static const QHash<QChar, QString> letters = {
        {QChar(0xc6), QStringLiteral("Ae")}, {QChar(0xe6), QStringLiteral("ae")},
        {QChar(0xd0), QStringLiteral("D")},  {QChar(0xf0), QStringLiteral("d")},
        {QChar(0xd8), QStringLiteral("O")},  {QChar(0xf8), QStringLiteral("o")},
        {QChar(0xde), QStringLiteral("Th")}, {QChar(0xfe), QStringLiteral("th")},
        {QChar(0xdf), QStringLiteral("ss")}, {QChar(0x110), QStringLiteral("D")},
        {QChar(0x111), QStringLiteral("d")}, {QChar(0x126), QStringLiteral("H")},
        {QChar(0x127), QStringLiteral("h")}, {QChar(0x131), QStringLiteral("i")},
        {QChar(0x132), QStringLiteral("IJ")}, {QChar(0x133), QStringLiteral("ij")},
        {QChar(0x138), QStringLiteral("k")}, {QChar(0x13f), QStringLiteral("L")},
        {QChar(0x140), QStringLiteral("l")}, {QChar(0x141), QStringLiteral("L")},
        {QChar(0x142), QStringLiteral("l")}, {QChar(0x149), QStringLiteral("'n")},
        {QChar(0x152), QStringLiteral("Oe")}, {QChar(0x153), QStringLiteral("oe")},
        {QChar(0x166), QStringLiteral("T")}, {QChar(0x167), QStringLiteral("t")},
        {QChar(0x17f), QStringLiteral("s")},
    };
    QString out;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool combining = (u >= 0x300 && u <= 0x36f) || (u >= 0xfe20 && u <= 0xfe2f)
                               || (u >= 0x20d0 && u <= 0x20ff);
        if (combining)
            continue;
        const bool latin = (u >= 0xc0 && u <= 0xff && u != 0xd7 && u != 0xf7) || (u >= 0x100 && u <= 0x17f);
        if (!latin) {
            out += c;
        } else if (const auto it = letters.constFind(c); it != letters.constEnd()) {
            out += *it;
        } else {
            out += QString(c).normalized(QString::NormalizationForm_D).left(1);
        }
    }
    return out;
}

// lodash `hasUnicodeWord`: only strings without these shapes use the simple ASCII split.
bool hasUnicodeWord(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]"));
    return pattern.match(text).hasMatch();
}

QStringList words(const QString& text)
{
    static const QRegularExpression asciiWord(QStringLiteral(R"([^\x{00}-\x{2f}\x{3a}-\x{40}\x{5b}-\x{60}\x{7b}-\x{7f}]+)"));
    const QRegularExpression& pattern = hasUnicodeWord(text) ? unicodeWord() : asciiWord;
    QStringList out;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured();
    return out;
}

} // namespace

std::string kebabCase(std::string_view text)
{
    QString cleaned = deburr(toQString(text));
    cleaned.remove(u'\'');
    cleaned.remove(QChar(0x2019));
    QStringList parts = words(cleaned);
    for (QString& part : parts)
        part = part.toLower();
    return parts.join(u'-').toStdString();
}

std::string modelFileStem(std::string_view modelName)
{
    const QString name = toQString(modelName);
    if (name == name.toUpper() || name.contains(u'-'))
        return name.toLower().toStdString();
    return kebabCase(modelName);
}

std::string modelFileName(std::string_view modelName)
{
    return modelFileStem(modelName) + ".json";
}

} // namespace relata::naming
