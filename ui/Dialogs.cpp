#include "ui/Dialogs.h"

#include <QPushButton>

namespace Keyward::Dialogs {

namespace {
std::optional<bool> nextAnswer;
}

void setNextAnswer(std::optional<bool> answer)
{
    nextAnswer = answer;
}

bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel)
{
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void warn(QWidget* parent, const QString& title, const QString& text)
{
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

} // namespace Keyward::Dialogs
