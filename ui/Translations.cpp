#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Keyward {

bool installTranslations(const QLocale& locale)
{
    // Owned by the application object: they live as long as the strings they translate.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English first, whatever the locale: it holds the plural forms ("1 key", "2 keys") that the sources write as
    // "%n key(s)"; in the C/POSIX locale nothing else would load. A translation for the locale goes on top.
    auto* english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("keyward_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    auto* console = new QTranslator(QCoreApplication::instance());
    if (!console->load(locale, QStringLiteral("keyward"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(console);
    return true;
}

} // namespace Keyward
