#include "ui/ShownOnceDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>

namespace Keyward {

ShownOnceDialog::ShownOnceDialog(const QString& storedText, QWidget* parent)
    : QDialog(parent)
    , m_storedCheckBox(new QCheckBox(storedText, this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_storedCheckBox->setObjectName(QStringLiteral("storedCheckBox"));
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
    connect(m_storedCheckBox, &QCheckBox::toggled, m_buttonBox->button(QDialogButtonBox::Close),
            &QPushButton::setEnabled);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &ShownOnceDialog::reject);
}

bool ShownOnceDialog::isStored() const
{
    return m_storedCheckBox->isChecked();
}

void ShownOnceDialog::reject()
{
    // Escape and the window's close button too: not before the user said the secret is stored.
    if (!isStored())
        return;
    QDialog::reject();
}

} // namespace Keyward
