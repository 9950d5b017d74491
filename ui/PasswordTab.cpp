#include "ui/PasswordTab.h"

#include "core/Endpoints.h"
#include "ui/MessageWidget.h"
#include "ui_PasswordTab.h"

#include <QAction>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>

namespace Keyward {

namespace {

// An eye, open or struck through, for desktops whose icon theme has no view-visible / view-hidden.
QIcon eyeIcon(bool open, const QColor& color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 2.5));
    QPainterPath outline;
    outline.moveTo(3, 16);
    outline.quadTo(16, 3, 29, 16);
    outline.quadTo(16, 29, 3, 16);
    painter.drawPath(outline);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(16, 16), 4.5, 4.5);
    if (!open)
        painter.drawLine(QPointF(5, 27), QPointF(27, 5));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

PasswordTab::PasswordTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
    , m_ui(new Ui::PasswordTab)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("passwordTab"));
    setWindowTitle(tr("Password"));
    m_ui->errorMessage->hideMessage();
    m_ui->introLabel->setText(tr("Changing your password signs out your other sessions. The new password needs at "
                                 "least %n characters and must not be easy to guess.",
                                 nullptr, PasswordPolicy::MinLength));
    m_ui->strengthProgressBar->setRange(0, PasswordPolicy::MaxScore);

    for (QLineEdit* edit : {m_ui->currentPasswordLineEdit, m_ui->newPasswordLineEdit, m_ui->confirmPasswordLineEdit}) {
        addVisibilityAction(edit);
        connect(edit, &QLineEdit::textChanged, this, &PasswordTab::validate);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_ui->changePasswordButton->isEnabled())
                changePassword();
        });
    }
    // A new attempt hides the previous refusal.
    connect(m_ui->currentPasswordLineEdit, &QLineEdit::textEdited, m_ui->errorMessage, &MessageWidget::hideMessage);
    connect(m_ui->newPasswordLineEdit, &QLineEdit::textEdited, m_ui->errorMessage, &MessageWidget::hideMessage);
    connect(m_ui->currentPasswordLineEdit, &QLineEdit::textEdited, m_ui->resultMessageWidget,
            &MessageWidget::hideMessage);
    connect(m_ui->changePasswordButton, &QPushButton::clicked, this, &PasswordTab::changePassword);
    validate();
}

PasswordTab::~PasswordTab()
{
    delete m_request;
    clearFields();
}

void PasswordTab::setSession(const SessionInfo& info)
{
    if (info.userId != session().userId) {
        clearFields();
        m_ui->errorMessage->hideMessage();
        m_ui->resultMessageWidget->hideMessage();
    }
    ConsoleTab::setSession(info);
    validate();
}

void PasswordTab::addVisibilityAction(QLineEdit* edit)
{
    const QColor color = palette().color(QPalette::Text);
    const QIcon shown = QIcon::fromTheme(QStringLiteral("view-visible"), eyeIcon(true, color));
    const QIcon hidden = QIcon::fromTheme(QStringLiteral("view-hidden"), eyeIcon(false, color));
    auto* action = edit->addAction(shown, QLineEdit::TrailingPosition);
    action->setObjectName(edit->objectName().replace(QStringLiteral("LineEdit"), QStringLiteral("VisibilityAction")));
    action->setCheckable(true);
    action->setText(tr("Show password"));
    action->setToolTip(tr("Show password"));
    connect(action, &QAction::toggled, edit, [this, edit, action, shown, hidden](bool visible) {
        edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
        action->setIcon(visible ? hidden : shown);
        action->setText(visible ? tr("Hide password") : tr("Show password"));
        action->setToolTip(action->text());
    });
}

QString PasswordTab::strengthText(int score)
{
    switch (score) {
    case 0:
        return tr("very weak");
    case 1:
        return tr("weak");
    case 2:
        return tr("fair");
    case 3:
        return tr("strong");
    default:
        break;
    }
    return tr("very strong");
}

QString PasswordTab::refusalReason(const PasswordPolicy::Assessment& assessment)
{
    if (!assessment.longEnough())
        return tr("The new password needs at least %n characters.", nullptr, PasswordPolicy::MinLength);
    if (assessment.length > PasswordPolicy::MaxLength)
        return tr("The new password may have at most %n characters.", nullptr, PasswordPolicy::MaxLength);
    if (!assessment.strongEnough())
        return tr("The new password is too easy to guess (strength %1 of %2; %3 is needed). Avoid common words, "
                  "names, dates, keyboard patterns and your e-mail address; a few unrelated words work well.")
            .arg(assessment.score)
            .arg(PasswordPolicy::MaxScore)
            .arg(PasswordPolicy::MinScore);
    return {};
}

QStringList PasswordTab::userInputs() const
{
    // Known words to the scorer, as on the server: a password built from them is easy to guess.
    return {session().email, session().name};
}

void PasswordTab::validate()
{
    const QString current = m_ui->currentPasswordLineEdit->text();
    const QString next = m_ui->newPasswordLineEdit->text();
    const QString confirmation = m_ui->confirmPasswordLineEdit->text();

    // The same scorer as the server's (core/PasswordPolicy): what the meter accepts, the server accepts.
    const PasswordPolicy::Assessment assessment = PasswordPolicy::assess(next, userInputs());
    m_ui->strengthProgressBar->setValue(next.isEmpty() ? 0 : assessment.score);
    const QString strength = next.isEmpty() ? QString()
                                            : tr("%1 (%2 of %3)", "strength word, score, highest score")
                                                  .arg(strengthText(assessment.score))
                                                  .arg(assessment.score)
                                                  .arg(PasswordPolicy::MaxScore);
    m_ui->strengthLabel->setText(strength);
    m_ui->strengthProgressBar->setAccessibleDescription(strength);

    QString hint;
    if (!next.isEmpty())
        hint = refusalReason(assessment);
    if (hint.isEmpty() && !confirmation.isEmpty() && confirmation != next)
        hint = tr("The passwords do not match.");
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());

    const bool valid = !current.isEmpty() && assessment.acceptable() && confirmation == next;
    m_ui->changePasswordButton->setEnabled(valid && !m_request && session().isValid());
}

void PasswordTab::changePassword()
{
    if (m_request)
        return;
    // Refused here, with the reason, before anything is sent (Enter in a field reaches this too).
    const QString next = m_ui->newPasswordLineEdit->text();
    if (const QString reason = refusalReason(PasswordPolicy::assess(next, userInputs())); !reason.isEmpty()) {
        m_ui->hintLabel->setText(reason);
        m_ui->hintLabel->setVisible(true);
        m_ui->newPasswordLineEdit->setFocus();
        return;
    }
    if (m_ui->currentPasswordLineEdit->text().isEmpty() || m_ui->confirmPasswordLineEdit->text() != next)
        return;
    m_ui->errorMessage->hideMessage();
    m_ui->resultMessageWidget->hideMessage();
    // The current password is this page's own field: the step-up dialog asks only for a code, if the server wants it.
    // The body is read from the fields at each attempt (they cannot change meanwhile: the dialog is window-modal).
    m_request = new StepUpRequest(
        this,
        [this](const StepUpProof& proof, StepUpRequest& request) {
            const Api::PasswordChange change {m_ui->currentPasswordLineEdit->text(), m_ui->newPasswordLineEdit->text(),
                                              m_ui->revokeKeysCheckBox->isChecked()};
            return AccountEndpoint(api()).changePassword(
                change, proof, &request,
                request.settle<Api::PasswordChanged>(
                    [this](const Api::PasswordChanged& result) { showChanged(result); }));
        },
        StepUpDialog::Field::Password);
    m_request->setReason(tr("Your account has two-factor authentication, so changing the password also needs a code "
                            "from your authenticator app."));
    connect(m_request, &StepUpRequest::busyChanged, this, &ConsoleTab::busyChanged);
    connect(m_request, &StepUpRequest::failed, this, &PasswordTab::showError);
    connect(m_request, &QObject::destroyed, this, &PasswordTab::validate);
    m_request->start();
    validate();
}

void PasswordTab::showChanged(const Api::PasswordChanged& result)
{
    clearFields();
    m_ui->revokeKeysCheckBox->setChecked(false);
    QString message = tr("Your password has been changed; your other sessions have been signed out.");
    if (result.revokedApiKeys) {
        const int revoked = *result.revokedApiKeys;
        message += QLatin1Char(' ');
        if (result.authenticationKeyDeleted)
            message += tr("%n API key(s) revoked and your authentication key deleted.", nullptr, revoked);
        else
            message += tr("%n API key(s) revoked; you had no authentication key.", nullptr, revoked);
    }
    m_ui->resultMessageWidget->showMessage(message, MessageWidget::Type::Information);
    emit statusMessage(message);
}

void PasswordTab::clearFields()
{
    // Forms are cleared after submit; the fields go back to hiding what is typed.
    for (QLineEdit* edit : {m_ui->currentPasswordLineEdit, m_ui->newPasswordLineEdit, m_ui->confirmPasswordLineEdit}) {
        edit->clear();
        for (QAction* action : edit->actions())
            action->setChecked(false);
    }
}

void PasswordTab::showError(const ApiError& error)
{
    // The server's own words: "The current password is wrong", "The new password must differ from the current
    // one", "Too many wrong passwords; try again later"… The field it names gets the focus.
    m_ui->errorMessage->showMessage(error.message);
    const QString field = error.field();
    QLineEdit* edit = nullptr;
    if (error.code == QLatin1String(ErrorCode::InvalidCredentials) || field == QLatin1String("current_password"))
        edit = m_ui->currentPasswordLineEdit;
    else if (field == QLatin1String("new_password"))
        edit = m_ui->newPasswordLineEdit;
    if (edit) {
        edit->selectAll();
        edit->setFocus();
    }
    if (error.code == QLatin1String(ErrorCode::NetworkError) || error.code == QLatin1String(ErrorCode::Timeout))
        emit errorOccurred(error);
}

} // namespace Keyward
