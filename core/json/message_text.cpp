#include "json/message_text.h"

#include <QLocale>
#include <QTranslator>

namespace relata {

bool loadTranslation(QTranslator& translator, const QLocale& locale)
{
    return translator.load(locale, QStringLiteral("relata"), QStringLiteral("_"), QStringLiteral(":/i18n"))
           || translator.load(QStringLiteral(":/i18n/relata_en.qm"));
}

} // namespace relata
