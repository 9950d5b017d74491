#include "ui/PasswordTab.h"

namespace Keyward {

PasswordTab::PasswordTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
{
    setObjectName(QStringLiteral("passwordTab"));
    setWindowTitle(tr("Password"));
}

} // namespace Keyward
