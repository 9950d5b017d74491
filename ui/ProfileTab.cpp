#include "ui/ProfileTab.h"

namespace Keyward {

ProfileTab::ProfileTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
{
    setObjectName(QStringLiteral("profileTab"));
    setWindowTitle(tr("Profile"));
}

} // namespace Keyward
