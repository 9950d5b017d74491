#pragma once

#include "ui/ConsoleTab.h"

namespace Keyward {

// Placeholder page: replaced by the real Profile page.
class ProfileTab : public ConsoleTab
{
    Q_OBJECT
public:
    ProfileTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
};

} // namespace Keyward
