#include "ui/StepUpRequest.h"

#include "core/ApiClient.h"

#include <QLoggingCategory>
#include <QWidget>

namespace Keyward {

namespace {
Q_LOGGING_CATEGORY(lcStepUp, "keyward.ui.stepup", QtWarningMsg)

StepUpDialog::Fields requiredFields(const ApiError& error)
{
    StepUpDialog::Fields fields;
    for (const QString& proof : error.requiredProofs()) {
        if (proof == QLatin1String("password"))
            fields |= StepUpDialog::Field::Password;
        else if (proof == QLatin1String("otp"))
            fields |= StepUpDialog::Field::Otp;
    }
    return fields;
}

// The dialog field a refusal names, or None when it is about something else.
StepUpDialog::Field fieldAtFault(const ApiError& error)
{
    const QString field = error.field();
    if (error.code == QLatin1String(ErrorCode::InvalidCredentials) && field == QLatin1String("password"))
        return StepUpDialog::Field::Password;
    if (error.code == QLatin1String(ErrorCode::InvalidOtp) && field == QLatin1String("otp"))
        return StepUpDialog::Field::Otp;
    return StepUpDialog::Field::None;
}
} // namespace

StepUpRequest::StepUpRequest(QWidget* parent, Send send, StepUpDialog::Fields given)
    : QObject(parent)
    , m_parent(parent)
    , m_send(std::move(send))
    , m_given(given)
{ }

StepUpRequest::~StepUpRequest()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    if (m_dialog) {
        m_dialog->dismiss();
        m_dialog->deleteLater();
    }
}

void StepUpRequest::start()
{
    send({});
}

void StepUpRequest::send(const StepUpProof& proof)
{
    m_reply = m_send(proof, *this);
    if (!m_reply) {
        end();
        return;
    }
    if (m_dialog)
        m_dialog->setBusy(true);
    emit busyChanged(true);
}

void StepUpRequest::succeeded(const std::function<void()>& accept)
{
    m_reply = nullptr;
    emit busyChanged(false);
    if (m_dialog)
        m_dialog->finish();
    accept();
    emit finished();
    end();
}

void StepUpRequest::failedWith(const ApiError& error)
{
    // The reply is still there while its callback runs.
    const int retryAfterHeader = m_reply ? m_reply->rawHeader("Retry-After").toInt() : 0;
    m_reply = nullptr;
    emit busyChanged(false);
    onFailed(error, retryAfterHeader);
}

void StepUpRequest::onFailed(const ApiError& error, int retryAfterHeader)
{
    if (error.code == QLatin1String(ErrorCode::StepUpRequired)) {
        askForProof(error);
        return;
    }
    if (m_dialog) {
        m_dialog->setBusy(false);
        // A wrong proof: the dialog shows the server's refusal at the field, and stays.
        if (const StepUpDialog::Field field = fieldAtFault(error);
            field != StepUpDialog::Field::None && m_dialog->fields().testFlag(field)) {
            qCInfo(lcStepUp) << "proof refused:" << error.code;
            m_dialog->showRefusal(error.message, field);
            return;
        }
        if (error.code == QLatin1String(ErrorCode::RateLimited)) {
            m_dialog->waitBeforeRetry(error.retryAfterSeconds(retryAfterHeader));
            return;
        }
        m_dialog->dismiss();
    }
    // Not about the proof (a wrong code the caller's form holds, a validation error, no connection…): the caller's.
    emit failed(error);
    end();
}

void StepUpRequest::askForProof(const ApiError& error)
{
    const StepUpDialog::Fields wanted = requiredFields(error) & ~m_given;
    if (!wanted) {
        // Nothing the dialog could ask for: the caller's form is missing it.
        if (m_dialog)
            m_dialog->dismiss();
        emit failed(error);
        end();
        return;
    }
    qCInfo(lcStepUp) << "step-up required:" << error.requiredProofs();
    if (!m_dialog) {
        m_dialog = new StepUpDialog(m_parent);
        m_dialog->setReason(m_reason);
        m_dialog->setFields(wanted);
        connect(m_dialog, &StepUpDialog::proofEntered, this, [this] {
            StepUpProof proof = m_dialog->proof();
            send(proof);
            proof.wipe();
        });
        connect(m_dialog, &StepUpDialog::canceled, this, [this] {
            emit canceled();
            end();
        });
        m_dialog->open(); // window-modal, no nested event loop
        return;
    }
    // Asked again after a proof (e.g. two-factor authentication was turned on meanwhile): now with these fields.
    m_dialog->setBusy(false);
    m_dialog->setFields(wanted);
    m_dialog->showMessage(error.message);
}

void StepUpRequest::end()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_dialog)
        m_dialog->deleteLater();
    deleteLater();
}

} // namespace Keyward
