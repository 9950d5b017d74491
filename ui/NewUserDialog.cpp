#include "ui/NewUserDialog.h"

#include "core/ApiError.h"
#include "ui/MessageWidget.h"
#include "ui/UserModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward {

NewUserDialog::NewUserDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("New user"));
    auto* form = new QFormLayout;
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(QStringLiteral("emailLineEdit"));
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
    form->addRow(tr("&E-mail:"), m_emailEdit);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setPlaceholderText(tr("Optional"));
    form->addRow(tr("&Name:"), m_nameEdit);
    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleComboBox"));
    for (const Role role : {Role::User, Role::Support, Role::Admin})
        m_roleCombo->addItem(UserModel::roleText(role), roleName(role));
    m_roleCombo->setToolTip(tr("User: their own keys. Support: reads every key and the audit log. Admin: manages "
                               "users, the tenant and every key."));
    form->addRow(tr("&Role:"), m_roleCombo);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Initial &password:"), m_passwordEdit);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmLineEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Confirm:"), m_confirmEdit);
    m_errorMessage = new MessageWidget(this);
    m_errorMessage->setObjectName(QStringLiteral("errorMessage"));
    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create user"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &NewUserDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorMessage);
    layout->addWidget(m_buttonBox);
    m_emailEdit->setFocus();
}

void NewUserDialog::accept()
{
    if (m_busy)
        return;
    m_errorMessage->hideMessage();
    if (m_emailEdit->text().trimmed().isEmpty()) {
        m_errorMessage->showMessage(tr("Enter the user's e-mail address."));
        m_emailEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text() != m_confirmEdit->text()) {
        m_errorMessage->showMessage(tr("The two passwords differ."));
        m_confirmEdit->setFocus();
        m_confirmEdit->selectAll();
        return;
    }
    Api::NewUser user;
    user.email = m_emailEdit->text().trimmed();
    user.name = m_nameEdit->text().trimmed();
    user.role = roleFromName(m_roleCombo->currentData().toString()).value_or(Role::User);
    user.password = m_passwordEdit->text();
    setBusy(true);
    emit submitted(user);
}

void NewUserDialog::finish()
{
    setBusy(false);
    QDialog::accept();
}

void NewUserDialog::showFailure(const ApiError& error)
{
    setBusy(false);
    m_errorMessage->showMessage(error.message);
    const QString field = error.field();
    if (field == QLatin1String("email"))
        m_emailEdit->setFocus();
    else if (field == QLatin1String("password"))
        m_passwordEdit->setFocus();
}

void NewUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_emailEdit), static_cast<QWidget*>(m_nameEdit), static_cast<QWidget*>(m_roleCombo),
          static_cast<QWidget*>(m_passwordEdit), static_cast<QWidget*>(m_confirmEdit)})
        widget->setEnabled(!busy);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace Keyward
