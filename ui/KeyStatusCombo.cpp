#include "ui/KeyStatusCombo.h"

namespace Keyward {

KeyStatusCombo::KeyStatusCombo(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("statusComboBox"));
    setAccessibleName(tr("Status filter"));
    addItem(tr("All statuses"), QString());
    addItem(tr("Active"), keyStatusName(KeyStatus::Active));
    addItem(tr("Revoked"), keyStatusName(KeyStatus::Inactive));
    addItem(tr("Expired"), keyStatusName(KeyStatus::Expired));
    addItem(tr("Leaked"), keyStatusName(KeyStatus::Leaked));
}

std::optional<KeyStatus> KeyStatusCombo::status() const
{
    return keyStatusFromName(statusName());
}

} // namespace Keyward
