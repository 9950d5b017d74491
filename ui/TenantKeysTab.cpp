#include "ui/TenantKeysTab.h"

namespace Keyward {

TenantKeysTab::TenantKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
{
    setObjectName(QStringLiteral("tenantKeysTab"));
    setWindowTitle(tr("Tenant Keys"));
}

} // namespace Keyward
