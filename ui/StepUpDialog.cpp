#include "ui/StepUpDialog.h"

#include "ui_StepUpDialog.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace Keyward {

namespace {
constexpr int CodeDigits = 6;
}

StepUpDialog::StepUpDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::StepUpDialog)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("stepUpDialog"));
    m_ui->reasonLabel->setVisible(false);
    m_ui->otpLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,%1}").arg(CodeDigits)), m_ui->otpLineEdit));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Confirm"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StepUpDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StepUpDialog::reject);
    // Typing again puts the previous refusal away (not the countdown: it stays until it has run out).
    for (QLineEdit* edit : {m_ui->passwordLineEdit, m_ui->otpLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setAccessibleDescription({});
            if (m_secondsLeft == 0)
                m_ui->messageWidget->hideMessage();
        });
    }
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        --m_secondsLeft;
        updateCountdown();
    });
    setFields(Field::Password);
}

StepUpDialog::~StepUpDialog()
{
    clearFields();
}

void StepUpDialog::setReason(const QString& reason)
{
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
}

void StepUpDialog::setFields(Fields fields)
{
    m_fields = fields;
    m_ui->formLayout->setRowVisible(m_ui->passwordLineEdit, fields.testFlag(Field::Password));
    m_ui->formLayout->setRowVisible(m_ui->otpLineEdit, fields.testFlag(Field::Otp));
    updateInstruction();
    // The first field still empty gets the focus.
    if (fields.testFlag(Field::Password) && m_ui->passwordLineEdit->text().isEmpty())
        focusField(Field::Password);
    else if (fields.testFlag(Field::Otp))
        focusField(Field::Otp);
}

void StepUpDialog::updateInstruction()
{
    const bool password = m_fields.testFlag(Field::Password);
    const bool otp = m_fields.testFlag(Field::Otp);
    if (password && otp)
        m_ui->instructionLabel->setText(
            tr("Enter your password and the current code from your authenticator app to continue."));
    else if (otp)
        m_ui->instructionLabel->setText(tr("Enter the current code from your authenticator app to continue."));
    else
        m_ui->instructionLabel->setText(tr("Enter your password to continue."));
}

StepUpProof StepUpDialog::proof() const
{
    StepUpProof proof;
    if (m_fields.testFlag(Field::Password))
        proof.password = m_ui->passwordLineEdit->text();
    if (m_fields.testFlag(Field::Otp))
        proof.otp = m_ui->otpLineEdit->text().trimmed();
    return proof;
}

void StepUpDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->passwordLineEdit->setReadOnly(busy);
    m_ui->otpLineEdit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateConfirmButton();
}

void StepUpDialog::updateConfirmButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && m_secondsLeft == 0);
}

void StepUpDialog::focusField(Field field)
{
    QLineEdit* edit = field == Field::Otp ? m_ui->otpLineEdit : m_ui->passwordLineEdit;
    edit->selectAll();
    edit->setFocus(Qt::OtherFocusReason);
}

void StepUpDialog::showRefusal(const QString& message, Field field)
{
    m_ui->messageWidget->showMessage(message, MessageWidget::Type::Error);
    QLineEdit* edit = field == Field::Otp ? m_ui->otpLineEdit : m_ui->passwordLineEdit;
    // Read out with the field when the focus lands on it.
    edit->setAccessibleDescription(message);
    focusField(field);
}

void StepUpDialog::showMessage(const QString& message)
{
    m_ui->messageWidget->showMessage(message, MessageWidget::Type::Warning);
}

void StepUpDialog::waitBeforeRetry(int seconds)
{
    m_secondsLeft = qMax(1, seconds);
    m_countdown.start();
    updateCountdown();
}

void StepUpDialog::updateCountdown()
{
    if (m_secondsLeft <= 0) {
        m_secondsLeft = 0;
        m_countdown.stop();
        m_ui->messageWidget->showMessage(tr("You can try again now."), MessageWidget::Type::Information);
    } else {
        m_ui->messageWidget->showMessage(tr("Too many attempts. Try again in %n second(s).", nullptr, m_secondsLeft),
                                         MessageWidget::Type::Error);
    }
    updateConfirmButton();
}

void StepUpDialog::accept()
{
    if (m_busy || m_secondsLeft > 0)
        return;
    if (m_fields.testFlag(Field::Password) && m_ui->passwordLineEdit->text().isEmpty()) {
        showRefusal(tr("Enter your password."), Field::Password);
        return;
    }
    if (m_fields.testFlag(Field::Otp) && m_ui->otpLineEdit->text().trimmed().size() != CodeDigits) {
        showRefusal(tr("Enter the %1-digit code from your authenticator app.").arg(CodeDigits), Field::Otp);
        return;
    }
    m_ui->messageWidget->hideMessage();
    emit proofEntered();
}

void StepUpDialog::reject()
{
    if (m_busy)
        return; // the answer is on its way; the request decides what happens
    QDialog::reject();
    emit canceled();
}

void StepUpDialog::dismiss()
{
    m_busy = false;
    QDialog::reject();
}

void StepUpDialog::finish()
{
    m_busy = false;
    QDialog::accept();
}

void StepUpDialog::done(int result)
{
    // However it closes: nothing typed stays behind.
    clearFields();
    m_countdown.stop();
    m_secondsLeft = 0;
    QDialog::done(result);
}

void StepUpDialog::clearFields()
{
    m_ui->passwordLineEdit->clear();
    m_ui->otpLineEdit->clear();
    m_ui->passwordLineEdit->setAccessibleDescription({});
    m_ui->otpLineEdit->setAccessibleDescription({});
}

} // namespace Keyward
