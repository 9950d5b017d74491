#include "ui/AuthKeyTab.h"

namespace Keyward {

AuthKeyTab::AuthKeyTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
{
    setObjectName(QStringLiteral("authKeyTab"));
    setWindowTitle(tr("Authentication Key"));
}

} // namespace Keyward
