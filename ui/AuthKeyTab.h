#pragma once

#include "ui/ConsoleTab.h"

namespace Keyward {

// Placeholder page: replaced by the real Authentication Key page.
class AuthKeyTab : public ConsoleTab
{
    Q_OBJECT
public:
    AuthKeyTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
};

} // namespace Keyward
