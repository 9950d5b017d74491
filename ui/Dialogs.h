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
// Disruptive: what stops something working but can be undone (revoke) gets a warning icon; Destructive: what cannot be
// undone (delete) also gets a delete icon on its button.
enum class Consequence { Reversible, Disruptive, Destructive };
void confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
             std::function<void()> onAccepted, Consequence consequence = Consequence::Reversible);
// Tests: the next confirm() answers this at once without showing anything. Reset after one use.
void setNextAnswer(std::optional<bool> answer);
// Tests: the text of the last question confirm() asked (or answered in advance).
QString lastQuestion();
} // namespace Dialogs

} // namespace Keyward
