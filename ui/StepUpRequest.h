#pragma once

#include "core/Endpoints.h"
#include "ui/StepUpDialog.h"

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
//
// `send` makes the call through an endpoint, with the request as the context and settle() as its callback, e.g.
//     [this](const StepUpProof& proof, StepUpRequest& request) {
//         return AccountEndpoint(api()).startTwoFactor(proof, &request, request.settle<Api::TwoFactorEnrolment>(
//             [this](const Api::TwoFactorEnrolment& enrolment) { … }));
//     }
class StepUpRequest : public QObject
{
    Q_OBJECT
public:
    // Sends the request; `proof` is empty on the first attempt.
    using Send = std::function<ApiReply*(const StepUpProof& proof, StepUpRequest& request)>;

    // `parent` owns the request and the dialog (which is window-modal over it). `given`: what the request carries
    // already (DELETE /v1/me/2fa has the code, POST /v1/me/password the current password); never asked for.
    StepUpRequest(QWidget* parent, Send send, StepUpDialog::Fields given = StepUpDialog::Field::None);
    ~StepUpRequest() override;

    // The sentence the dialog shows to say why this needs a proof.
    void setReason(const QString& reason) { m_reason = reason; }
    void start();
    // The dialog while it is open (tests, screenshots); nullptr before the server asked for a proof.
    StepUpDialog* dialog() const { return m_dialog; }

    // The callback for the endpoint call `send` makes: the server's accepted answer goes to `accepted` (once the
    // dialog has closed), then finished() is emitted; a refusal is dealt with as described above.
    template<typename T> Done<T> settle(std::function<void(const T& value)> accepted)
    {
        return [this, accepted = std::move(accepted)](const Result<T>& result) {
            if (result.ok())
                succeeded([&accepted, &result] {
                    if (accepted)
                        accepted(*result.value);
                });
            else
                failedWith(result.error);
        };
    }

signals:
    void finished();
    void failed(const Keyward::ApiError& error);
    void canceled();
    // True while a request is on its way (not while the dialog waits for the user).
    void busyChanged(bool busy);

private:
    void send(const StepUpProof& proof);
    void succeeded(const std::function<void()>& accept);
    void failedWith(const ApiError& error);
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
