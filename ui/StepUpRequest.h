#pragma once

#include "core/ApiError.h"
#include "ui/StepUpDialog.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace Keyward {

class ApiReply;

// One request to an action that may need step-up (POST /v1/me/auth-key, POST and DELETE /v1/me/2fa, POST
// /v1/me/password), as a command: start(), then exactly one of finished(), failed() or canceled(), then it deletes
// itself. The first attempt goes out without a proof. When the server answers 403 STEP_UP_REQUIRED, a StepUpDialog
// asks for what details.requires lists (less what the caller's own form already holds), and `send` is called again
// with the proof to repeat the same request. A wrong password or code (INVALID_CREDENTIALS / INVALID_OTP naming a
// field the dialog shows) and 429 are shown in the dialog, which stays open; anything else closes it and is
// reported by failed(). The proof lives only as long as one call of `send`.
class StepUpRequest : public QObject
{
    Q_OBJECT
public:
    // Builds and sends the request; `proof` is empty on the first attempt. StepUpProof::addedTo() adds it to a body.
    using Send = std::function<ApiReply*(const StepUpProof& proof)>;

    // `parent` owns the request and the dialog (which is window-modal over it). `given`: what the request carries
    // already (DELETE /v1/me/2fa has the code, POST /v1/me/password the current password); never asked for.
    StepUpRequest(QWidget* parent, Send send, StepUpDialog::Fields given = StepUpDialog::Field::None);
    ~StepUpRequest() override;

    // The sentence the dialog shows to say why this needs a proof.
    void setReason(const QString& reason) { m_reason = reason; }
    void start();
    // The dialog while it is open (tests, screenshots); nullptr before the server asked for a proof.
    StepUpDialog* dialog() const { return m_dialog; }

signals:
    void finished(const QJsonValue& response);
    void failed(const Keyward::ApiError& error);
    void canceled();
    // True while a request is on its way (not while the dialog waits for the user).
    void busyChanged(bool busy);

private:
    void send(const StepUpProof& proof);
    void onFailed(const ApiError& error, int retryAfterHeader);
    void askForProof(const ApiError& error);
    void end();

    QWidget* const m_parent;
    const Send m_send;
    const StepUpDialog::Fields m_given;
    QString m_reason;
    QPointer<StepUpDialog> m_dialog;
    QPointer<ApiReply> m_reply;
    bool m_ended = false;
};

} // namespace Keyward
