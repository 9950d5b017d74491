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

void confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
             std::function<void()> onAccepted)
{
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        if (answer)
            onAccepted();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmMessageBox"));
    QPushButton* accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, parent, [box, accept, onAccepted = std::move(onAccepted)] {
        if (box->clickedButton() == accept)
            onAccepted();
    });
    box->open();
}

} // namespace Keyward::Dialogs
