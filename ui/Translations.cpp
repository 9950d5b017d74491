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
    auto* console = new QTranslator(QCoreApplication::instance());
    if (!console->load(locale, QStringLiteral("keyward"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(console);
    return true;
}

} // namespace Keyward
