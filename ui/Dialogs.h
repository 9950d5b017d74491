#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace Keyward {

// Every confirmation in the console goes through here, so GUI tests can answer the next question in advance
// (setNextAnswer) instead of clicking a modal box.
namespace Dialogs {
// Asks without blocking (QMessageBox::open, no nested event loop); onAccepted runs only if the user agrees, and
// never after parent is gone.
void confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
             std::function<void()> onAccepted);
// Tests: the next confirm() answers this at once without showing anything. Reset after one use.
void setNextAnswer(std::optional<bool> answer);
} // namespace Dialogs

} // namespace Keyward
