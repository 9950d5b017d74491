// Step-up in the console against a real keywardd (offscreen) with the real keychain: once the session is older than
// the server's step-up window (the test moves the server's clock), generating the authentication key, turning
// two-factor authentication on or off and changing the password open "Confirm it's you" (StepUpDialog) with the
// fields the server asked for; a wrong proof is refused inside the dialog, which stays open; the right one repeats
// the request. Also: the password page's revoke_keys checkbox.

#include "core/PasswordPolicy.h"
#include "tests/support/ConsoleHarness.h"
#include "tests/support/TotpCode.h"
#include "ui/AuthKeyTab.h"
#include "ui/LoginDialog.h"
#include "ui/MessageWidget.h"
#include "ui/PasswordTab.h"
#include "ui/ProfileTab.h"
#include "ui/StepUpDialog.h"
#include "ui/StepUpRequest.h"
#include "ui/TotpDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
const QString UserPassword = QStringLiteral("quiet-harbor-lamp-7");
const QString KeyEmail = QStringLiteral("stepup-key@acme.test");
const QString CancelEmail = QStringLiteral("stepup-cancel@acme.test");
const QString TwoFactorEmail = QStringLiteral("stepup-2fa@acme.test");
const QString EnrolEmail = QStringLiteral("stepup-enrol@acme.test");
const QString PasswordEmail = QStringLiteral("stepup-password@acme.test");
const QString RevokeEmail = QStringLiteral("stepup-revoke@acme.test");
const QString ThrottleEmail = QStringLiteral("stepup-throttle@acme.test");
const QString MeterEmail = QStringLiteral("stepup-meter@acme.test");
// More than the server's step-up window (10 minutes), less than a session's lifetime (15).
constexpr qint64 StaleSeconds = 11 * 60;

template<typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// The step-up dialog as the user sees it: a visible top-level window.
StepUpDialog* visibleStepUpDialog()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* dialog = qobject_cast<StepUpDialog*>(window); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QPushButton* confirmButton(StepUpDialog* dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor& color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Whether a form row shows: its field is visible in the (visible) dialog.
bool rowShown(StepUpDialog* dialog, const char* field)
{
    return child<QLineEdit>(dialog, field)->isVisible();
}
} // namespace

class TestGuiStepUp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // As the program does (English plural forms: "1 API key", "30 seconds").
        QVERIFY(installTranslations(QLocale(QLocale::English)));
        QVERIFY(m_console.startServer());
        const QByteArray admin = m_console.server().loginAdmin();
        QVERIFY(!admin.isEmpty());
        for (const QString& email :
             {KeyEmail, CancelEmail, TwoFactorEmail, EnrolEmail, PasswordEmail, RevokeEmail, ThrottleEmail, MeterEmail})
            QVERIFY2(!m_console.server().createUser(admin, email, QStringLiteral("user"), UserPassword).isEmpty(),
                     qPrintable(email));
    }

    void init() { m_console.openConsole(); }

    void cleanup()
    {
        // A dialog left open by a failed test goes with its page; nothing carries over.
        if (StepUpDialog* dialog = visibleStepUpDialog())
            dialog->dismiss();
        if (m_console.window() && m_console.api().hasSession()) {
            const QString mine = QLatin1Char('|') + m_console.window()->session().email + QLatin1Char('|');
            QVERIFY(m_console.triggerAction("actionSignOut"));
            QTRY_VERIFY2(!m_console.secrets().storedNames().join(QLatin1Char(' ')).contains(mine),
                         qPrintable(m_console.secrets().storedNames().join(QLatin1Char(' '))));
        }
    }

    // A session just opened with the password needs no dialog (as before step-up existed).
    void freshSessionGeneratesWithoutAsking()
    {
        QVERIFY(m_console.signIn(CancelEmail, UserPassword));
        auto* tab = m_console.showTab<AuthKeyTab>();
        auto* generate = child<QPushButton>(tab, "generateButton");
        QTRY_VERIFY(generate->isVisible() && generate->isEnabled());
        generate->click();
        QTRY_VERIFY(tab->isSecretShown());
        QVERIFY(!visibleStepUpDialog());
        // Back to no key, for the next test.
        const HttpResponse removed = m_console.server().http().del(QStringLiteral("v1/me/auth-key"),
                                                                   session(m_console.api().tokens().session));
        QCOMPARE(removed.status, 200);
    }

    void staleSessionAsksForThePasswordToGenerateTheKey()
    {
        QVERIFY(m_console.signIn(KeyEmail, UserPassword));
        const QByteArray token = m_console.api().tokens().session;
        HttpClient& http = m_console.server().http();
        m_console.server().advanceClock(StaleSeconds);
        auto* tab = m_console.showTab<AuthKeyTab>();
        auto* generate = child<QPushButton>(tab, "generateButton");
        QTRY_VERIFY(generate->isVisible() && generate->isEnabled());
        generate->click();

        // The server said STEP_UP_REQUIRED: the dialog opens (window-modal, not blocking this test's event loop).
        QPointer<StepUpDialog> dialog;
        QTRY_VERIFY((dialog = visibleStepUpDialog()));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Confirm it’s you"));
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(dialog->parentWidget(), tab);
        QVERIFY(child<QLabel>(dialog, "reasonLabel")->isVisible());
        QCOMPARE(child<QLabel>(dialog, "instructionLabel")->text(), QStringLiteral("Enter your password to continue."));
        auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
        auto* otp = child<QLineEdit>(dialog, "otpLineEdit");
        QVERIFY(password->isVisible());
        QVERIFY(!otp->isVisible()); // 2FA is off: no code asked
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        // The label names the field for screen readers (buddy in a form row).
        auto* passwordLabel = child<QLabel>(dialog, "passwordLabel");
        QCOMPARE(passwordLabel->buddy(), password);
        QCOMPARE(child<QFormLayout>(dialog, "formLayout")->labelForField(password), passwordLabel);
        QCOMPARE(dialog->focusWidget(), password);
        QVERIFY(!generate->isEnabled()); // one request at a time
        QCOMPARE(http.get(QStringLiteral("v1/me/auth-key"), session(token)).response().value(QStringLiteral("exists")),
                 QJsonValue(false));

        // Empty: refused here, nothing sent.
        auto* message = child<MessageWidget>(dialog, "messageWidget");
        confirmButton(dialog)->click();
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Enter your password."));

        // Wrong: the server's refusal inside the dialog, readable, the focus back in the password field.
        password->setText(QStringLiteral("not-my-password"));
        confirmButton(dialog)->click();
        QTRY_COMPARE(message->text(), QStringLiteral("The password is wrong"));
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(message->isVisible());
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->focusWidget(), password);
        QCOMPARE(password->selectedText(), QStringLiteral("not-my-password")); // typed over at once
        QCOMPARE(password->accessibleDescription(), QStringLiteral("The password is wrong"));
        auto* messageLabel = child<QLabel>(message, "messageLabel");
        QCOMPARE(messageLabel->palette().color(QPalette::WindowText), message->textColor());
        QVERIFY2(contrast(message->textColor(), message->backgroundColor()) >= 4.5,
                 qPrintable(QString::number(contrast(message->textColor(), message->backgroundColor()))));
        QVERIFY(message->textColor() != messageLabel->palette().color(QPalette::BrightText));
        QCOMPARE(http.get(QStringLiteral("v1/me/auth-key"), session(token)).response().value(QStringLiteral("exists")),
                 QJsonValue(false));
        QVERIFY(!tab->isSecretShown());

        // Right: the same request again with the proof; the key is made and shown; the dialog closes empty.
        QString typedWhenClosed = QStringLiteral("unset");
        connect(dialog, &QDialog::finished, this, [&typedWhenClosed, password] { typedWhenClosed = password->text(); });
        QSignalSpy status(tab, &ConsoleTab::statusMessage);
        password->setText(UserPassword);
        confirmButton(dialog)->click();
        QTRY_VERIFY(tab->isSecretShown());
        QTRY_VERIFY(!dialog); // closed and deleted
        QCOMPARE(typedWhenClosed, QString());
        QCOMPARE(status.size(), 1);
        const QString secret = child<QLineEdit>(tab, "secretLineEdit")->text();
        QVERIFY2(secret.startsWith(QStringLiteral("kw_pat_")), qPrintable(secret));
        QCOMPARE(http.get(QStringLiteral("v1/me/auth-key"), session(token)).response().value(QStringLiteral("exists")),
                 QJsonValue(true));
        QCOMPARE(
            http.postJson(QStringLiteral("v1/auth/login/token"), {{QStringLiteral("personal-access-token"), secret}})
                .status,
            200);
        QVERIFY(!tab->newKeyRequest());
        QVERIFY(child<QPushButton>(tab, "regenerateButton")->isEnabled());
    }

    void cancelLeavesEverythingAsItWas()
    {
        QVERIFY(m_console.signIn(CancelEmail, UserPassword));
        const QByteArray token = m_console.api().tokens().session;
        m_console.server().advanceClock(StaleSeconds);
        auto* tab = m_console.showTab<AuthKeyTab>();
        auto* generate = child<QPushButton>(tab, "generateButton");
        QTRY_VERIFY(generate->isVisible() && generate->isEnabled());
        QSignalSpy status(tab, &ConsoleTab::statusMessage);
        QSignalSpy errors(tab, &ConsoleTab::errorOccurred);
        generate->click();
        QPointer<StepUpDialog> dialog;
        QTRY_VERIFY((dialog = visibleStepUpDialog()));
        auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
        password->setText(UserPassword);
        QString typedWhenClosed = QStringLiteral("unset");
        connect(dialog, &QDialog::finished, this, [&typedWhenClosed, password] { typedWhenClosed = password->text(); });
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(typedWhenClosed, QString()); // the password is not kept
        QTRY_VERIFY(generate->isEnabled());
        QVERIFY(!tab->newKeyRequest());
        QVERIFY(!child<MessageWidget>(tab, "errorMessage")->isVisible());
        QVERIFY(!tab->isSecretShown());
        QCOMPARE(status.size(), 0);
        QCOMPARE(errors.size(), 0);
        const HttpResponse key = m_console.server().http().get(QStringLiteral("v1/me/auth-key"), session(token));
        QCOMPARE(key.response().value(QStringLiteral("exists")).toBool(), false);
    }

    void withTwoFactorTheDialogAlsoAsksForTheCode()
    {
        QVERIFY(m_console.signIn(TwoFactorEmail, UserPassword));
        const QByteArray token = m_console.api().tokens().session;
        const QByteArray secret = enrolTwoFactor(token);
        QVERIFY(!secret.isEmpty());
        m_console.server().advanceClock(StaleSeconds);
        auto* tab = m_console.showTab<AuthKeyTab>();
        auto* generate = child<QPushButton>(tab, "generateButton");
        QTRY_VERIFY(generate->isVisible() && generate->isEnabled());
        generate->click();

        QPointer<StepUpDialog> dialog;
        QTRY_VERIFY((dialog = visibleStepUpDialog()));
        auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
        auto* otp = child<QLineEdit>(dialog, "otpLineEdit");
        QVERIFY(rowShown(dialog, "passwordLineEdit"));
        QVERIFY(rowShown(dialog, "otpLineEdit"));
        QCOMPARE(child<QLabel>(dialog, "otpLabel")->buddy(), otp);
        QCOMPARE(child<QFormLayout>(dialog, "formLayout")->labelForField(otp), child<QLabel>(dialog, "otpLabel"));
        QCOMPARE(otp->accessibleName(), QStringLiteral("Authenticator code"));
        QCOMPARE(dialog->focusWidget(), password);
        auto* message = child<MessageWidget>(dialog, "messageWidget");

        // The right password with a wrong code: refused in the dialog, focus on the code.
        const QByteArray raw = base32Decode(secret);
        password->setText(UserPassword);
        otp->setText(wrongTotpCode(raw, m_console.server().serverSeconds()));
        confirmButton(dialog)->click();
        QTRY_COMPARE(message->text(), QStringLiteral("The authenticator code is wrong"));
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->focusWidget(), otp);
        QCOMPARE(password->text(), UserPassword); // what was right stays for the next try
        QCOMPARE(m_console.server()
                     .http()
                     .get(QStringLiteral("v1/me/auth-key"), session(token))
                     .response()
                     .value(QStringLiteral("exists"))
                     .toBool(),
                 false);

        // The right code: the key is made.
        otp->setText(freshCode(secret));
        confirmButton(dialog)->click();
        QTRY_VERIFY(tab->isSecretShown());
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_console.server()
                     .http()
                     .get(QStringLiteral("v1/me/auth-key"), session(token))
                     .response()
                     .value(QStringLiteral("exists"))
                     .toBool(),
                 true);
    }

    void turningTwoFactorOffAsksForThePasswordOnly()
    {
        // The user of the previous test: 2FA is on. A new session, then stale.
        QVERIFY(signInWithCode(TwoFactorEmail, UserPassword, m_twoFactorSecret));
        const QByteArray token = m_console.api().tokens().session;
        m_console.server().advanceClock(StaleSeconds);
        auto* tab = m_console.showTab<ProfileTab>();
        auto* disable = child<QPushButton>(tab, "disableTwoFactorButton");
        QTRY_VERIFY(disable->isVisible() && disable->isEnabled());
        disable->click();
        QPointer<TotpDialog> totp;
        QTRY_VERIFY((totp = tab->findChild<TotpDialog*>()) && totp->isVisible());
        child<QLineEdit>(totp, "codeLineEdit")->setText(freshCode(m_twoFactorSecret));
        child<QDialogButtonBox>(totp, "buttonBox")->button(QDialogButtonBox::Ok)->click();

        // The code is the TOTP dialog's; the step-up dialog asks for the password alone, over it.
        QPointer<StepUpDialog> dialog;
        QTRY_VERIFY((dialog = visibleStepUpDialog()));
        QCOMPARE(dialog->parentWidget(), totp.data());
        QVERIFY(rowShown(dialog, "passwordLineEdit"));
        QVERIFY(!rowShown(dialog, "otpLineEdit"));
        child<QLineEdit>(dialog, "passwordLineEdit")->setText(UserPassword);
        confirmButton(dialog)->click();
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(!totp);
        const HttpResponse me = m_console.server().http().get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(me.response().value(QStringLiteral("two_factor_enabled")).toBool(), false);
        QTRY_VERIFY(child<QPushButton>(tab, "enableTwoFactorButton")->isVisible());
    }

    void turningTwoFactorOnAsksForThePassword()
    {
        QVERIFY(m_console.signIn(EnrolEmail, UserPassword));
        const QByteArray token = m_console.api().tokens().session;
        m_console.server().advanceClock(StaleSeconds);
        auto* tab = m_console.showTab<ProfileTab>();
        auto* enable = child<QPushButton>(tab, "enableTwoFactorButton");
        QTRY_VERIFY(enable->isVisible() && enable->isEnabled());
        enable->click();
        QPointer<StepUpDialog> dialog;
        QTRY_VERIFY((dialog = visibleStepUpDialog()));
        QVERIFY(!enable->isEnabled());
        QVERIFY(!rowShown(dialog, "otpLineEdit"));
        child<QLineEdit>(dialog, "passwordLineEdit")->setText(UserPassword);
        confirmButton(dialog)->click();
        // The enrolment started: the QR code dialog follows.
        QPointer<TotpDialog> totp;
        QTRY_VERIFY((totp = tab->findChild<TotpDialog*>()) && totp->isVisible());
        QTRY_VERIFY(!dialog);
        QCOMPARE(totp->mode(), TotpDialog::Mode::Enable);
        const QString secret = child<QLineEdit>(totp, "secretLineEdit")->text().remove(QLatin1Char(' '));
        child<QLineEdit>(totp, "codeLineEdit")->setText(freshCode(secret.toLatin1()));
        child<QDialogButtonBox>(totp, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!totp);
        const HttpResponse me = m_console.server().http().get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(me.response().value(QStringLiteral("two_factor_enabled")).toBool(), true);
        QVERIFY(enable->isEnabled());
    }

    void changingThePasswordWithTwoFactorAsksForTheCode()
    {
        QVERIFY(m_console.signIn(PasswordEmail, UserPassword));
        const QByteArray secret = enrolTwoFactor(m_console.api().tokens().session);
        QVERIFY(!secret.isEmpty());
        m_console.server().advanceClock(StaleSeconds);
        auto* tab = m_console.showTab<PasswordTab>();
        const QString next = QStringLiteral("violet marmot juggles seventeen lanterns");
        child<QLineEdit>(tab, "currentPasswordLineEdit")->setText(UserPassword);
        child<QLineEdit>(tab, "newPasswordLineEdit")->setText(next);
        child<QLineEdit>(tab, "confirmPasswordLineEdit")->setText(next);
        auto* change = child<QPushButton>(tab, "changePasswordButton");
        QVERIFY(change->isEnabled());
        change->click();

        // The current password is on the page: the dialog asks only for the code.
        QPointer<StepUpDialog> dialog;
        QTRY_VERIFY((dialog = visibleStepUpDialog()));
        QVERIFY(!rowShown(dialog, "passwordLineEdit"));
        QVERIFY(rowShown(dialog, "otpLineEdit"));
        QCOMPARE(child<QLabel>(dialog, "instructionLabel")->text(),
                 QStringLiteral("Enter the current code from your authenticator app to continue."));
        auto* otp = child<QLineEdit>(dialog, "otpLineEdit");
        QCOMPARE(dialog->focusWidget(), otp);
        QVERIFY(!change->isEnabled());

        const QByteArray raw = base32Decode(secret);
        otp->setText(wrongTotpCode(raw, m_console.server().serverSeconds()));
        confirmButton(dialog)->click();
        auto* message = child<MessageWidget>(dialog, "messageWidget");
        QTRY_COMPARE(message->text(), QStringLiteral("The authenticator code is wrong"));
        QTRY_VERIFY(!dialog->isBusy());
        QCOMPARE(dialog->focusWidget(), otp);
        otp->setText(freshCode(secret));
        confirmButton(dialog)->click();
        QTRY_VERIFY(!dialog);
        auto* result = child<MessageWidget>(tab, "resultMessageWidget");
        QTRY_VERIFY(result->isVisible());
        QVERIFY2(result->text().startsWith(QStringLiteral("Your password has been changed")),
                 qPrintable(result->text()));
        QVERIFY(child<QLineEdit>(tab, "currentPasswordLineEdit")->text().isEmpty());
        // The new password is the one that works now (with a code).
        const HttpResponse login = m_console.server().http().postJson(QStringLiteral("v1/auth/login"),
                                                                      {{QStringLiteral("email"), PasswordEmail},
                                                                       {QStringLiteral("password"), next},
                                                                       {QStringLiteral("otp"), freshCode(secret)}});
        QCOMPARE(login.status, 200);
    }

    void revokingKeysWithThePasswordChange()
    {
        QVERIFY(m_console.signIn(RevokeEmail, UserPassword));
        const QByteArray token = m_console.api().tokens().session;
        HttpClient& http = m_console.server().http();
        const QJsonObject key = m_console.server().createKey(
            token, {{QStringLiteral("name"), QStringLiteral("ci")}, {QStringLiteral("expires_in_days"), 30}});
        const QString keySecret = key.value(QStringLiteral("secret")).toString();
        QVERIFY(!keySecret.isEmpty());
        QCOMPARE(http.postJson(QStringLiteral("v1/me/auth-key"), {}, session(token)).status, 201);
        const auto valid = [&http](const QString& secret) {
            return http.postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), secret}})
                .response()
                .value(QStringLiteral("valid"))
                .toBool();
        };
        QVERIFY(valid(keySecret));

        auto* tab = m_console.showTab<PasswordTab>();
        auto* revoke = child<QCheckBox>(tab, "revokeKeysCheckBox");
        QVERIFY(revoke->isVisible());
        QVERIFY(!revoke->isChecked()); // off unless asked for
        QCOMPARE(revoke->text(), QStringLiteral("Also revoke my API keys and &authentication key"));
        const QString next = QStringLiteral("quiet harbour wakes under amber skies");
        child<QLineEdit>(tab, "currentPasswordLineEdit")->setText(UserPassword);
        child<QLineEdit>(tab, "newPasswordLineEdit")->setText(next);
        child<QLineEdit>(tab, "confirmPasswordLineEdit")->setText(next);
        revoke->setChecked(true);
        QSignalSpy status(tab, &ConsoleTab::statusMessage);
        child<QPushButton>(tab, "changePasswordButton")->click();
        QTRY_COMPARE(status.size(), 1);
        QVERIFY(!visibleStepUpDialog()); // just signed in: no step-up
        auto* result = child<MessageWidget>(tab, "resultMessageWidget");
        QVERIFY(result->isVisible());
        QVERIFY2(result->text().contains(QStringLiteral("1 API key revoked and your authentication key deleted.")),
                 qPrintable(result->text()));
        QCOMPARE(status.first().first().toString(), result->text());
        QVERIFY(!revoke->isChecked()); // back to off for the next change

        // The key created before no longer verifies; the authentication key is gone.
        QVERIFY(!valid(keySecret));
        QCOMPARE(http.get(QStringLiteral("v1/me/auth-key"), session(token)).response().value(QStringLiteral("exists")),
                 QJsonValue(false));
    }

    // The meter knows the user's e-mail, as the server does: a password made of it is refused before it is sent.
    void passwordFromTheEmailIsRefusedBeforeSending()
    {
        QVERIFY(m_console.signIn(MeterEmail, UserPassword));
        auto* tab = m_console.showTab<PasswordTab>();
        const QString guessable = QStringLiteral("stepup-meter2024"); // strong for zxcvbn alone, weak for this user
        QVERIFY(PasswordPolicy::assess(guessable).acceptable());
        auto* current = child<QLineEdit>(tab, "currentPasswordLineEdit");
        auto* confirm = child<QLineEdit>(tab, "confirmPasswordLineEdit");
        current->setText(UserPassword);
        child<QLineEdit>(tab, "newPasswordLineEdit")->setText(guessable);
        confirm->setText(guessable);
        auto* hint = child<QLabel>(tab, "hintLabel");
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().startsWith(QStringLiteral("The new password is too easy to guess")),
                 qPrintable(hint->text()));
        QVERIFY(child<QLabel>(tab, "strengthLabel")->text().endsWith(QStringLiteral("(0 of 4)")));
        auto* change = child<QPushButton>(tab, "changePasswordButton");
        QVERIFY(!change->isEnabled());
        QSignalSpy status(tab, &ConsoleTab::statusMessage);
        QTest::keyClick(confirm, Qt::Key_Return); // Enter does not send it either
        QVERIFY(!tab->changeRequest());
        QTest::qWait(200);
        QCOMPARE(status.size(), 0);
        QVERIFY(!m_console.server().login(MeterEmail, UserPassword).isEmpty()); // unchanged
        // What the server says about it, for comparison: the same refusal.
        const HttpResponse refused = m_console.server().http().postJson(
            QStringLiteral("v1/me/password"),
            {{QStringLiteral("current_password"), UserPassword}, {QStringLiteral("new_password"), guessable}},
            session(m_console.api().tokens().session));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("VALIDATION_FAILED"));
    }

    void tooManyWrongPasswordsSayWhenToTryAgain()
    {
        QVERIFY(m_console.signIn(ThrottleEmail, UserPassword));
        m_console.server().advanceClock(StaleSeconds);
        auto* tab = m_console.showTab<AuthKeyTab>();
        auto* generate = child<QPushButton>(tab, "generateButton");
        QTRY_VERIFY(generate->isVisible() && generate->isEnabled());
        generate->click();
        QPointer<StepUpDialog> dialog;
        QTRY_VERIFY((dialog = visibleStepUpDialog()));
        auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
        auto* message = child<MessageWidget>(dialog, "messageWidget");
        auto* confirm = confirmButton(dialog);
        // Wrong passwords until the server's throttle answers 429.
        bool limited = false;
        for (int attempt = 0; attempt < 8 && !limited; ++attempt) {
            password->setText(QStringLiteral("wrong-%1").arg(attempt));
            confirm->click();
            QTRY_VERIFY(!dialog->isBusy());
            limited = message->text().startsWith(QStringLiteral("Too many attempts"));
        }
        QVERIFY2(limited, qPrintable(message->text()));
        QVERIFY2(message->text().contains(QRegularExpression(QStringLiteral("Try again in \\d+ seconds?\\."))),
                 qPrintable(message->text()));
        QVERIFY(!confirm->isEnabled()); // until the time has passed
        QVERIFY(dialog->isVisible());
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(generate->isEnabled());
    }

private:
    // A code of a step the server has not seen yet (each is accepted once): the server's clock moves a minute first.
    QString freshCode(const QByteArray& base32Secret)
    {
        m_console.server().advanceClock(60);
        return totpCodeFromBase32(base32Secret, m_console.server().serverSeconds());
    }

    // ConsoleHarness::signIn for a user with 2FA: the login dialog asks for the code after the password.
    bool signInWithCode(const QString& email, const QString& password, const QByteArray& base32Secret)
    {
        LoginDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = m_console.window()->findChild<LoginDialog*>(QStringLiteral("loginDialog"));
                    return dialog && dialog->isVisible();
                },
                10000))
            return false;
        auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(email);
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
        ok->click();
        auto* otp = dialog->findChild<QLineEdit*>(QStringLiteral("otpLineEdit"));
        if (!QTest::qWaitFor([&] { return otp->isVisible() && ok->isEnabled(); }, 10000))
            return false;
        otp->setText(freshCode(base32Secret));
        ok->click();
        return m_console.waitReady();
    }

    // Turns 2FA on through the API (the session is fresh); returns the base32 secret.
    QByteArray enrolTwoFactor(const QByteArray& token)
    {
        HttpClient& http = m_console.server().http();
        const HttpResponse enrol = http.postJson(QStringLiteral("v1/me/2fa"), {}, session(token));
        if (enrol.status != 200)
            return {};
        const QByteArray secret = enrol.response().value(QStringLiteral("secret")).toString().toLatin1();
        const HttpResponse confirmed = http.postJson(QStringLiteral("v1/me/2fa/confirm"),
                                                     {{QStringLiteral("code"), freshCode(secret)}}, session(token));
        if (confirmed.status != 200)
            return {};
        m_twoFactorSecret = secret;
        return secret;
    }

    ConsoleHarness m_console;
    QByteArray m_twoFactorSecret;
};

QTEST_MAIN(TestGuiStepUp)
#include "tst_gui_stepup.moc"
