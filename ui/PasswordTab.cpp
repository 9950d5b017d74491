#include "ui/PasswordTab.h"

#include "core/ApiClient.h"
#include "ui/MessageWidget.h"
#include "ui_PasswordTab.h"

#include <QAction>
#include <QJsonObject>
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
    m_ui->errorLabel->setVisible(false);
    m_ui->errorLabel->setForegroundRole(QPalette::BrightText);
    m_ui->introLabel->setText(
        tr("Changing your password signs out your other sessions. The new password needs at least %n characters.",
           nullptr, MinimumLength));

    for (QLineEdit* edit : {m_ui->currentPasswordLineEdit, m_ui->newPasswordLineEdit, m_ui->confirmPasswordLineEdit}) {
        addVisibilityAction(edit);
        connect(edit, &QLineEdit::textChanged, this, &PasswordTab::validate);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_ui->changePasswordButton->isEnabled())
                changePassword();
        });
    }
    // A new attempt hides the previous refusal.
    connect(m_ui->currentPasswordLineEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QLabel::hide);
    connect(m_ui->newPasswordLineEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QLabel::hide);
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
        m_ui->errorLabel->setVisible(false);
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

PasswordTab::Strength PasswordTab::strength(const QString& password)
{
    if (password.isEmpty())
        return Strength::None;
    if (password.size() < MinimumLength)
        return Strength::Weak;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    // Length counts most: a long passphrase of lower-case words is strong; ten characters of one class are not.
    const qsizetype n = password.size();
    const int lengthPoints = n >= 24 ? 4 : n >= 18 ? 3 : n >= 14 ? 2 : 1;
    const int points = lengthPoints + (classes - 1);
    if (points >= 5)
        return Strength::Strong;
    if (points >= 3)
        return Strength::Fair;
    return Strength::Weak;
}

QString PasswordTab::strengthText(Strength strength)
{
    switch (strength) {
    case Strength::None:
        break;
    case Strength::Weak:
        return tr("weak");
    case Strength::Fair:
        return tr("fair");
    case Strength::Strong:
        return tr("strong");
    }
    return {};
}

void PasswordTab::validate()
{
    const QString current = m_ui->currentPasswordLineEdit->text();
    const QString next = m_ui->newPasswordLineEdit->text();
    const QString confirmation = m_ui->confirmPasswordLineEdit->text();

    const Strength level = strength(next);
    m_ui->strengthProgressBar->setValue(int(level));
    m_ui->strengthLabel->setText(strengthText(level));

    QString hint;
    if (!next.isEmpty() && next.size() < MinimumLength)
        hint = tr("The new password needs at least %n characters.", nullptr, MinimumLength);
    else if (!confirmation.isEmpty() && confirmation != next)
        hint = tr("The passwords do not match.");
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());

    const bool valid = !current.isEmpty() && next.size() >= MinimumLength && confirmation == next;
    m_ui->changePasswordButton->setEnabled(valid && !m_request && session().isValid());
}

void PasswordTab::changePassword()
{
    if (m_request)
        return;
    m_ui->errorLabel->setVisible(false);
    m_ui->resultMessageWidget->hideMessage();
    // The current password is this page's own field: the step-up dialog asks only for a code, if the server wants it.
    // The body is read from the fields at each attempt (they cannot change meanwhile: the dialog is window-modal).
    m_request = new StepUpRequest(
        this,
        [this](const StepUpProof& proof) {
            const QJsonObject body {{QStringLiteral("current_password"), m_ui->currentPasswordLineEdit->text()},
                                    {QStringLiteral("new_password"), m_ui->newPasswordLineEdit->text()},
                                    {QStringLiteral("revoke_keys"), m_ui->revokeKeysCheckBox->isChecked()}};
            return api().post(QStringLiteral("v1/me/password"), proof.addedTo(body));
        },
        StepUpDialog::Field::Password);
    m_request->setReason(tr("Your account has two-factor authentication, so changing the password also needs a code "
                            "from your authenticator app."));
    connect(m_request, &StepUpRequest::busyChanged, this, &ConsoleTab::busyChanged);
    connect(m_request, &StepUpRequest::finished, this,
            [this](const QJsonValue& result) { showChanged(result.toObject()); });
    connect(m_request, &StepUpRequest::failed, this, &PasswordTab::showError);
    connect(m_request, &QObject::destroyed, this, &PasswordTab::validate);
    m_request->start();
    validate();
}

void PasswordTab::showChanged(const QJsonObject& result)
{
    clearFields();
    m_ui->revokeKeysCheckBox->setChecked(false);
    QString message = tr("Your password has been changed; your other sessions have been signed out.");
    if (result.contains(QStringLiteral("revoked_api_keys"))) {
        const int revoked = result.value(QStringLiteral("revoked_api_keys")).toInt();
        message += QLatin1Char(' ');
        if (result.value(QStringLiteral("authentication_key_deleted")).toBool())
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
    m_ui->errorLabel->setText(error.message);
    m_ui->errorLabel->setVisible(true);
    const QString field = error.details.value(QStringLiteral("field")).toString();
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
