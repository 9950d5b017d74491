#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace Keyward {

// Asks how long a replaced secret keeps working (Policy::RotationGracePresetSeconds: at once, 1 hour, 24 hours,
// 7 days), for rotating an API key and regenerating the authentication key alike. Window-modal, no nested event
// loop; chosen runs with the seconds picked, nothing runs on Cancel.
void askGracePeriod(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                    const QString& acceptLabel, std::function<void(int graceSeconds)> chosen);

} // namespace Keyward
