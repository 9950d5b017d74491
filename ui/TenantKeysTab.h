#pragma once

#include "ui/ConsoleTab.h"

namespace Keyward {

// Placeholder page: replaced by the real Tenant Keys page.
class TenantKeysTab : public ConsoleTab
{
    Q_OBJECT
public:
    TenantKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
};

} // namespace Keyward
