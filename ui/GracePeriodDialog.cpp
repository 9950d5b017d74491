#include "ui/GracePeriodDialog.h"

#include "core/Policy.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace Keyward {

void askGracePeriod(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                    const QString& acceptLabel, std::function<void(int graceSeconds)> chosen)
{
    // Written out for lupdate, which finds translate() calls only with literal arguments.
    const QStringList choices {QCoreApplication::translate("Keyward::GracePeriodDialog", "Stop working at once"),
                               QCoreApplication::translate("Keyward::GracePeriodDialog", "Keep working for 1 hour"),
                               QCoreApplication::translate("Keyward::GracePeriodDialog", "Keep working for 24 hours"),
                               QCoreApplication::translate("Keyward::GracePeriodDialog", "Keep working for 7 days")};
    static_assert(std::size(Policy::RotationGracePresetSeconds) == 4, "one choice per grace period");
    auto* input = new QInputDialog(parent);
    input->setObjectName(objectName);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(title);
    input->setLabelText(text);
    input->setComboBoxItems(choices);
    input->setComboBoxEditable(false);
    input->setTextValue(choices.at(1));
    input->setOkButtonText(acceptLabel);
    QObject::connect(input, &QInputDialog::textValueSelected, input,
                     [choices, chosen = std::move(chosen)](const QString& choice) {
                         const auto& grace = Policy::RotationGracePresetSeconds;
                         chosen(grace.at(size_t(qBound(0, int(choices.indexOf(choice)), int(grace.size()) - 1))));
                     });
    input->open();
}

} // namespace Keyward
