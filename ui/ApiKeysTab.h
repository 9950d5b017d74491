#pragma once

#include "ui/ConsoleTab.h"

namespace Keyward {

// Placeholder page: replaced by the real API Keys page.
class ApiKeysTab : public ConsoleTab
{
    Q_OBJECT
public:
    ApiKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
};

} // namespace Keyward
