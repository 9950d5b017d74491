#pragma once

#include <QMessageBox>
#include <QString>
#include <optional>

class QWidget;

namespace Keyward {

// Every confirmation in the console goes through here, so GUI tests can answer the next question in advance
// (setNextAnswer) instead of clicking a modal box.
namespace Dialogs {
bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel);
void warn(QWidget* parent, const QString& title, const QString& text);
// Tests: the next confirm() returns this without showing anything. Reset after one use.
void setNextAnswer(std::optional<bool> answer);
} // namespace Dialogs

} // namespace Keyward
