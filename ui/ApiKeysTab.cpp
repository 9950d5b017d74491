#include "ui/ApiKeysTab.h"

namespace Keyward {

ApiKeysTab::ApiKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
{
    setObjectName(QStringLiteral("apiKeysTab"));
    setWindowTitle(tr("API Keys"));
}

} // namespace Keyward
