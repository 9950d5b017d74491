#include "ui/Dialogs.h"

#include <QIcon>
#include <QPushButton>

namespace Keyward::Dialogs {

namespace {
std::optional<bool> nextAnswer;
QString lastText;
} // namespace

void setNextAnswer(std::optional<bool> answer)
{
    nextAnswer = answer;
}

QString lastQuestion()
{
    return lastText;
}

void confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel,
             std::function<void()> onAccepted, Consequence consequence)
{
    lastText = text;
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        if (answer)
            onAccepted();
        return;
    }
    const bool destructive = consequence == Consequence::Destructive;
    auto* box = new QMessageBox(consequence == Consequence::Reversible ? QMessageBox::Question : QMessageBox::Warning,
                                title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmMessageBox"));
    QPushButton* accept
        = box->addButton(acceptLabel, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    if (destructive)
        accept->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, parent, [box, accept, onAccepted = std::move(onAccepted)] {
        if (box->clickedButton() == accept)
            onAccepted();
    });
    box->open();
}

} // namespace Keyward::Dialogs
