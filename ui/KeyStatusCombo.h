#pragma once

#include "core/KeyStatus.h"

#include <QComboBox>
#include <optional>

namespace Keyward {

// The status filter of both key pages: "All statuses", Active, Inactive, Expired. Item data is the API's status name
// (empty for all), as GET /v1/api-keys?status= takes it.
class KeyStatusCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit KeyStatusCombo(QWidget* parent = nullptr);

    // Empty: every status.
    std::optional<KeyStatus> status() const;
    QString statusName() const { return currentData().toString(); }
};

} // namespace Keyward
