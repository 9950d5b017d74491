#pragma once

#include "ui/ConsoleTab.h"

namespace Keyward {

// Placeholder page: replaced by the real Password page.
class PasswordTab : public ConsoleTab
{
    Q_OBJECT
public:
    PasswordTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
};

} // namespace Keyward
