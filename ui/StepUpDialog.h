#pragma once

#include "core/ApiTypes.h"

#include <QDialog>
#include <QScopedPointer>
#include <QTimer>

namespace Ui {
class StepUpDialog;
}

namespace Keyward {

// What a step-up request carries to prove again who is asking: the password and/or the code, each only when given.
using StepUpProof = Api::Proof;

// "Confirm it's you": asks for the password and, when the server wants it, the code from the authenticator app, for
// an action that needs a fresh proof of identity (403 STEP_UP_REQUIRED). A view only: Confirm validates the fields
// and emits proofEntered(); StepUpRequest sends the request and tells the dialog what came of it (showRefusal(),
// waitBeforeRetry(), finish()). The dialog stays open until the server accepts the proof or the user cancels. Its
// fields are cleared whenever it closes, so the password is kept nowhere. Open it with open() (window-modal, no
// nested event loop).
class StepUpDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Field { None = 0, Password = 0x1, Otp = 0x2 };
    Q_DECLARE_FLAGS(Fields, Field)

    explicit StepUpDialog(QWidget* parent = nullptr);
    ~StepUpDialog() override;

    // The sentence that says why this action needs the proof; shown above the fields.
    void setReason(const QString& reason);
    // Which fields are asked for (the others are hidden).
    void setFields(Fields fields);
    Fields fields() const { return m_fields; }
    StepUpProof proof() const;

    // While the request is on its way: the fields are read-only and neither Confirm nor Cancel can be pressed.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The server refused the proof: its message inline, the field at fault focused and selected.
    void showRefusal(const QString& message, Field field);
    // Any other message inline (e.g. the server now wants a code as well).
    void showMessage(const QString& message);
    // Too many tries: Confirm is disabled for `seconds`, with a countdown.
    void waitBeforeRetry(int seconds);
    // Accepted: closes with QDialog::Accepted.
    void finish();
    // Closes with QDialog::Rejected without counting as the user's cancel (the request failed otherwise).
    void dismiss();

signals:
    // Confirm was pressed with the fields filled in; read proof().
    void proofEntered();
    // The user cancelled (Cancel, Escape, the window's close button).
    void canceled();

public slots:
    void accept() override;
    void reject() override;
    void done(int result) override;

private:
    void updateInstruction();
    void updateConfirmButton();
    void updateCountdown();
    void clearFields();
    void focusField(Field field);

    const QScopedPointer<Ui::StepUpDialog> m_ui;
    Fields m_fields = Field::Password;
    bool m_busy = false;
    QTimer m_countdown;
    int m_secondsLeft = 0;
};

} // namespace Keyward

Q_DECLARE_OPERATORS_FOR_FLAGS(Keyward::StepUpDialog::Fields)
