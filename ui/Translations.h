#pragma once

#include <QLocale>

namespace Keyward {

// Installs the console's translation (":/i18n/keyward_<lang>.qm") and Qt's own for the locale, for the whole
// application. Returns false when there is no console translation for it (English source text is used then).
bool installTranslations(const QLocale& locale = QLocale());

} // namespace Keyward
