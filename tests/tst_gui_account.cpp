// The account pages against a real keywardd (offscreen) with the real keychain: the profile (name, two-factor
// authentication with the QR code dialog), the password change and the authentication key (generate, copy,
// regenerate, delete; the secret is shown once).

#include "core/PasswordPolicy.h"
#include "tests/support/ConsoleHarness.h"
#include "tests/support/TotpCode.h"
#include "ui/AuthKeyTab.h"
#include "ui/Dialogs.h"
#include "ui/LoginDialog.h"
#include "ui/MessageWidget.h"
#include "ui/PasswordTab.h"
#include "ui/ProfileTab.h"
#include "ui/RecoveryCodesDialog.h"
#include "ui/SecretDialog.h"
#include "ui/TotpDialog.h"
#include "ui/Translations.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
const QString UserPassword = QStringLiteral("quiet-harbor-lamp-7");
const QString ProfileEmail = QStringLiteral("profile@acme.test");
const QString SupportEmail = QStringLiteral("support@acme.test");
const QString PasswordEmail = QStringLiteral("password@acme.test");
const QString NewPasswordEmail = QStringLiteral("newpassword@acme.test");
const QString AuthKeyEmail = QStringLiteral("authkey@acme.test");
const QString TotpEmail = QStringLiteral("totp@acme.test");
const QString TotpOffEmail = QStringLiteral("totpoff@acme.test");

template<typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}
} // namespace

class TestGuiAccount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        installTranslations(QLocale(QLocale::English)); // as the console's main does: "1 code", "9 codes"
        QVERIFY(m_console.startServer());
        const QByteArray admin = m_console.server().loginAdmin();
        QVERIFY(!admin.isEmpty());
        const QList<QPair<QString, QString>> users {
            {ProfileEmail, QStringLiteral("user")},  {SupportEmail, QStringLiteral("support")},
            {PasswordEmail, QStringLiteral("user")}, {NewPasswordEmail, QStringLiteral("user")},
            {AuthKeyEmail, QStringLiteral("user")},  {TotpEmail, QStringLiteral("user")},
            {TotpOffEmail, QStringLiteral("user")},
        };
        for (const auto& [email, role] : users)
            QVERIFY2(!m_console.server().createUser(admin, email, role).isEmpty(), qPrintable(email));
    }

    // A fresh console that asks to sign in; the previous test signed out.
    void init()
    {
        Dialogs::setNextAnswer(std::nullopt);
        m_console.openConsole();
    }

    void cleanup()
    {
        Dialogs::setNextAnswer(std::nullopt);
        if (m_console.window() && m_console.api().hasSession()) {
            const QString mine = QLatin1Char('|') + m_console.window()->session().email + QLatin1Char('|');
            QVERIFY(m_console.triggerAction("actionSignOut"));
            // Signed out means this user's tokens are gone from the keychain (the next console asks to sign in).
            QTRY_VERIFY2(!m_console.secrets().storedNames().join(QLatin1Char(' ')).contains(mine),
                         qPrintable(m_console.secrets().storedNames().join(QLatin1Char(' '))));
        }
    }

    // ---- Profile ----

    void profileShowsTheSignedInUser_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("role");
        QTest::newRow("admin") << QString::fromLatin1(TestServer::AdminEmail)
                               << QString::fromLatin1(TestServer::AdminPassword) << QStringLiteral("Administrator");
        QTest::newRow("user") << ProfileEmail << UserPassword << QStringLiteral("User");
        QTest::newRow("support") << SupportEmail << UserPassword << QStringLiteral("Support");
    }
    void profileShowsTheSignedInUser()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, role);
        QVERIFY(m_console.signIn(email, password));
        auto* tab = m_console.showTab<ProfileTab>();
        QVERIFY(tab);
        QCOMPARE(tab->objectName(), QStringLiteral("profileTab"));
        const HttpResponse me
            = m_console.server().http().get(QStringLiteral("v1/me"), session(m_console.api().tokens().session));
        QCOMPARE(me.status, 200);
        QCOMPARE(child<QLabel>(tab, "emailLabel")->text(), email);
        QVERIFY2(child<QLabel>(tab, "roleLabel")->text().startsWith(role),
                 qPrintable(child<QLabel>(tab, "roleLabel")->text()));
        QCOMPARE(child<QLabel>(tab, "tenantLabel")->text(),
                 me.response().value(QStringLiteral("tenant")).toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(child<QLineEdit>(tab, "nameLineEdit")->text(), me.response().value(QStringLiteral("name")).toString());
        QVERIFY(child<QLabel>(tab, "twoFactorLabel")->text().startsWith(QStringLiteral("Off")));
        QVERIFY(child<QPushButton>(tab, "enableTwoFactorButton")->isVisible());
        QVERIFY(!child<QPushButton>(tab, "disableTwoFactorButton")->isVisible());
        QVERIFY(!child<QPushButton>(tab, "saveButton")->isEnabled()); // nothing changed yet
    }

    void renamingSavesOnTheServer()
    {
        QVERIFY(m_console.signIn(ProfileEmail, UserPassword));
        auto* tab = m_console.showTab<ProfileTab>();
        QVERIFY(tab);
        auto* name = child<QLineEdit>(tab, "nameLineEdit");
        auto* save = child<QPushButton>(tab, "saveButton");
        name->setText(QStringLiteral("   "));
        QVERIFY(!save->isEnabled()); // a blank name is not offered
        name->setText(QStringLiteral("  Ada Lovelace "));
        QVERIFY(save->isEnabled());
        QSignalSpy changed(tab, &ConsoleTab::profileChanged);
        QSignalSpy status(tab, &ConsoleTab::statusMessage);
        save->click();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(status.size(), 1);

        const HttpResponse me
            = m_console.server().http().get(QStringLiteral("v1/me"), session(m_console.api().tokens().session));
        QCOMPARE(me.response().value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
        // The window re-read /v1/me; the page shows the saved name and has nothing left to save.
        QTRY_COMPARE(m_console.window()->session().name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(name->text(), QStringLiteral("Ada Lovelace"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!child<MessageWidget>(tab, "errorMessage")->isVisible());
    }

    // ---- Two-factor authentication ----

    void enrollingTwoFactorShowsAQrCodeAndConfirms()
    {
        QVERIFY(m_console.signIn(TotpEmail, UserPassword));
        const QByteArray token = m_console.api().tokens().session;
        auto* tab = m_console.showTab<ProfileTab>();
        QVERIFY(tab);
        auto* enable = child<QPushButton>(tab, "enableTwoFactorButton");
        QVERIFY(enable->isVisible() && enable->isEnabled());
        enable->click();

        QPointer<TotpDialog> dialog;
        QTRY_VERIFY((dialog = tab->findChild<TotpDialog*>()) && dialog->isVisible());
        QCOMPARE(dialog->objectName(), QStringLiteral("totpDialog"));
        QCOMPARE(dialog->mode(), TotpDialog::Mode::Enable);
        auto* qr = child<QLabel>(dialog, "qrCodeLabel");
        QVERIFY(!qr->pixmap().isNull());
        QVERIFY(qr->pixmap().width() >= 100);
        QVERIFY(!qr->accessibleName().isEmpty());
        const QString secret = child<QLineEdit>(dialog, "secretLineEdit")->text().remove(QLatin1Char(' '));
        QVERIFY2(secret.size() >= 16, qPrintable(secret));
        QVERIFY(child<QLineEdit>(dialog, "secretLineEdit")->isReadOnly());

        // Not on before the code is confirmed.
        HttpResponse me = m_console.server().http().get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(me.response().value(QStringLiteral("two_factor_enabled")).toBool(), false);

        auto* code = child<QLineEdit>(dialog, "codeLineEdit");
        auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        auto* error = child<MessageWidget>(dialog, "errorMessage");

        // Too short: refused here, nothing sent.
        code->setText(QStringLiteral("123"));
        ok->click();
        QVERIFY(error->isVisible());
        QVERIFY(dialog->isVisible());

        // A wrong code (none of the codes around now): the server's message, inline; the dialog stays.
        QStringList nearby;
        for (qint64 step = -2; step <= 2; ++step)
            nearby << totpCodeFromBase32(secret.toLatin1(), nowSeconds() + step * 30);
        QString wrong = QStringLiteral("000000");
        for (int i = 0; nearby.contains(wrong); ++i)
            wrong = QStringLiteral("%1").arg(i * 7919 % 1000000, 6, 10, QLatin1Char('0'));
        code->setText(wrong);
        ok->click();
        QTRY_COMPARE(error->text(), QStringLiteral("The authenticator code is wrong"));
        QVERIFY(error->isVisible());
        QVERIFY(dialog->isVisible());

        // The right code turns 2FA on.
        QSignalSpy changed(tab, &ConsoleTab::profileChanged);
        code->setText(totpCodeFromBase32(secret.toLatin1(), nowSeconds()));
        ok->click();
        QTRY_VERIFY(!dialog); // closed and deleted
        QCOMPARE(changed.size(), 1);

        // Ten recovery codes, shown once: saved to a file only the user can read, closed once stored.
        RecoveryCodesDialog* codes = nullptr;
        QTRY_VERIFY((codes = tab->findChild<RecoveryCodesDialog*>(QStringLiteral("recoveryCodesDialog")))
                    && codes->isVisible());
        m_recoveryCodes = child<QPlainTextEdit>(codes, "codesTextEdit")->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(m_recoveryCodes.size(), 10);
        QCOMPARE(QSet<QString>(m_recoveryCodes.begin(), m_recoveryCodes.end()).size(), 10);
        for (const QString& each : std::as_const(m_recoveryCodes))
            QVERIFY2(QRegularExpression(QStringLiteral("^([a-z2-7]{4}-){3}[a-z2-7]{4}$")).match(each).hasMatch(),
                     qPrintable(each));
        auto* closeCodes = child<QDialogButtonBox>(codes, "buttonBox")->button(QDialogButtonBox::Close);
        QVERIFY(!closeCodes->isEnabled());
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("codes.txt"));
        QString saveError;
        QVERIFY2(codes->saveTo(file, &saveError), qPrintable(saveError));
        QCOMPARE(QFile(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString savedText = QString::fromUtf8(saved.readAll());
        for (const QString& each : std::as_const(m_recoveryCodes))
            QVERIFY(savedText.contains(each));
        child<QCheckBox>(codes, "storedCheckBox")->setChecked(true);
        closeCodes->click();
        QTRY_VERIFY(!tab->findChild<RecoveryCodesDialog*>(QStringLiteral("recoveryCodesDialog")));
        me = m_console.server().http().get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(me.response().value(QStringLiteral("two_factor_enabled")).toBool(), true);
        QTRY_VERIFY(m_console.window()->session().twoFactorEnabled);
        QVERIFY(child<QLabel>(tab, "twoFactorLabel")->text().startsWith(QStringLiteral("On")));
        QVERIFY(!enable->isVisible());
        auto* disable = child<QPushButton>(tab, "disableTwoFactorButton");
        QVERIFY(disable->isVisible());
        QVERIFY(disable->isEnabled());

        // A password sign-in now needs the code.
        const HttpResponse login = m_console.server().http().postJson(
            QStringLiteral("v1/auth/login"),
            {{QStringLiteral("email"), TotpEmail}, {QStringLiteral("password"), UserPassword}});
        QCOMPARE(login.status, 401);
        QCOMPARE(login.errorCode(), QStringLiteral("OTP_REQUIRED"));
    }

    // The authenticator lost: a recovery code signs in once instead of its code; the page counts what is left and
    // makes a new set, after which the old codes no longer work.
    void signingInWithARecoveryCode()
    {
        QVERIFY(m_recoveryCodes.size() == 10); // from the enrolment above
        LoginDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_console.window()->findChild<LoginDialog*>(QStringLiteral("loginDialog")))
                    && dialog->isVisible());
        child<QLineEdit>(dialog, "emailLineEdit")->setText(TotpEmail);
        child<QLineEdit>(dialog, "passwordLineEdit")->setText(UserPassword);
        auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        ok->click();
        auto* useRecovery = child<QCheckBox>(dialog, "recoveryCodeCheckBox");
        QTRY_VERIFY(useRecovery->isVisible()); // the code is asked for
        useRecovery->setChecked(true);
        QCOMPARE(child<QLabel>(dialog, "otpLabel")->text(), QStringLiteral("&Recovery code:"));
        // Typed as people type: upper case, spaces instead of dashes.
        child<QLineEdit>(dialog, "otpLineEdit")
            ->setText(m_recoveryCodes.first().toUpper().replace(QLatin1Char('-'), QLatin1Char(' ')));
        ok->click();
        QVERIFY(m_console.waitReady());
        auto* status = m_console.window()->statusBar();
        QTRY_VERIFY2(status->currentMessage().contains(QLatin1String("9 left")), qPrintable(status->currentMessage()));
        auto* tab = m_console.showTab<ProfileTab>();
        auto* label = child<QLabel>(tab, "twoFactorLabel");
        QTRY_VERIFY2(label->text().contains(QLatin1String("9 recovery codes left")), qPrintable(label->text()));

        // Used once: the same code no longer signs in.
        HttpClient& http = m_console.server().http();
        const auto recoveryLogin = [&http](const QString& code) {
            return http
                .postJson(QStringLiteral("v1/auth/login"),
                          {{QStringLiteral("email"), TotpEmail},
                           {QStringLiteral("password"), UserPassword},
                           {QStringLiteral("recovery_code"), code}})
                .status;
        };
        QCOMPARE(recoveryLogin(m_recoveryCodes.first()), 401);

        // A new set (the sign-in was just now, so no step-up is asked): ten codes, the old ones dead.
        auto* renew = child<QPushButton>(tab, "newRecoveryCodesButton");
        QVERIFY(renew->isVisible());
        renew->click();
        RecoveryCodesDialog* codes = nullptr;
        QTRY_VERIFY((codes = tab->findChild<RecoveryCodesDialog*>(QStringLiteral("recoveryCodesDialog")))
                    && codes->isVisible());
        const QStringList fresh = child<QPlainTextEdit>(codes, "codesTextEdit")->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(fresh.size(), 10);
        child<QCheckBox>(codes, "storedCheckBox")->setChecked(true);
        child<QDialogButtonBox>(codes, "buttonBox")->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(label->text().contains(QLatin1String("10 recovery codes left")));
        QCOMPARE(recoveryLogin(m_recoveryCodes.at(1)), 401);
        QCOMPARE(recoveryLogin(fresh.at(0)), 200);
    }

    void disablingTwoFactorAsksForACode()
    {
        QVERIFY(m_console.signIn(TotpOffEmail, UserPassword));
        const QByteArray token = m_console.api().tokens().session;
        // 2FA turned on behind the console's back (through the API), then the page reloaded.
        HttpClient& http = m_console.server().http();
        const HttpResponse enrol = http.postJson(QStringLiteral("v1/me/2fa"), {}, session(token));
        QCOMPARE(enrol.status, 200);
        const QByteArray secret = enrol.response().value(QStringLiteral("secret")).toString().toLatin1();
        const HttpResponse confirmed
            = http.postJson(QStringLiteral("v1/me/2fa/confirm"),
                            {{QStringLiteral("code"), totpCodeFromBase32(secret, nowSeconds())}}, session(token));
        QCOMPARE(confirmed.status, 200);
        auto* tab = m_console.showTab<ProfileTab>();
        QVERIFY(m_console.triggerAction("actionRefresh"));
        auto* disable = child<QPushButton>(tab, "disableTwoFactorButton");
        QTRY_VERIFY(disable->isVisible());
        QVERIFY(disable->isEnabled());
        disable->click();

        QPointer<TotpDialog> dialog;
        QTRY_VERIFY((dialog = tab->findChild<TotpDialog*>()) && dialog->isVisible());
        QCOMPARE(dialog->mode(), TotpDialog::Mode::Disable);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("qrCodeLabel")));
        // The step after the one used to confirm (each step is accepted once; one either side is allowed).
        child<QLineEdit>(dialog, "codeLineEdit")->setText(totpCodeFromBase32(secret, nowSeconds() + 30));
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog);
        const HttpResponse me = http.get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(me.response().value(QStringLiteral("two_factor_enabled")).toBool(), false);
        QTRY_VERIFY(child<QPushButton>(tab, "enableTwoFactorButton")->isVisible());
    }

    // ---- Password ----

    // The inline messages (errors, warnings, hints) read on light and dark themes alike: their text keeps the
    // theme's own text colour over a background only tinted with the message's colour.
    void messagesAreReadable_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("text");
        QTest::newRow("white") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("Fusion light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
        QTest::newRow("Breeze dark") << QColor(0x23, 0x26, 0x29) << QColor(0xfc, 0xfc, 0xfc);
        QTest::newRow("black") << QColor(Qt::black) << QColor(Qt::white);
    }
    void messagesAreReadable()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, text);
        MessageWidget message;
        QPalette palette = message.palette();
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        message.setPalette(palette);
        for (const auto type :
             {MessageWidget::Type::Error, MessageWidget::Type::Warning, MessageWidget::Type::Information}) {
            message.showMessage(QStringLiteral("The current password is wrong"), type);
            const double contrast = MessageWidget::contrastRatio(message.textColor(), message.backgroundColor());
            QVERIFY2(contrast >= MessageWidget::MinContrast, qPrintable(QString::number(contrast)));
        }
    }

    // The meter scores with the server's own policy (core/PasswordPolicy: zxcvbn 0-4, at least 12 characters).
    void strengthMeter_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("refused");
        QTest::newRow("short") << QStringLiteral("Ab1!") << QStringLiteral("weak") << true;
        QTest::newRow("ten lower-case") << QStringLiteral("abcdefghij") << QStringLiteral("very weak") << true;
        QTest::newRow("twelve, guessable") << QStringLiteral("password1234") << QStringLiteral("very weak") << true;
        QTest::newRow("fourteen, four classes")
            << QStringLiteral("Abcdefgh12!xyz") << QStringLiteral("very strong") << false;
        QTest::newRow("long passphrase") << QStringLiteral("correct horse battery staple")
                                         << QStringLiteral("very strong") << false;
    }
    void strengthMeter()
    {
        QFETCH(QString, password);
        QFETCH(QString, text);
        QFETCH(bool, refused);
        const PasswordPolicy::Assessment assessment = PasswordPolicy::assess(password);
        QCOMPARE(PasswordTab::strengthText(assessment.score), text);
        QCOMPARE(!PasswordTab::refusalReason(assessment).isEmpty(), refused);
        QCOMPARE(assessment.acceptable(), !refused);
    }

    void passwordFormValidatesBeforeSending()
    {
        QVERIFY(m_console.signIn(PasswordEmail, UserPassword));
        auto* tab = m_console.showTab<PasswordTab>();
        QVERIFY(tab);
        auto* current = child<QLineEdit>(tab, "currentPasswordLineEdit");
        auto* next = child<QLineEdit>(tab, "newPasswordLineEdit");
        auto* confirm = child<QLineEdit>(tab, "confirmPasswordLineEdit");
        auto* button = child<QPushButton>(tab, "changePasswordButton");
        auto* hint = child<QLabel>(tab, "hintLabel");
        for (QLineEdit* edit : {current, next, confirm})
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!button->isEnabled());
        QVERIFY(child<QLabel>(tab, "strengthLabel")->text().isEmpty());

        current->setText(UserPassword);
        next->setText(QStringLiteral("a-new-password-2"));
        confirm->setText(QStringLiteral("a-new-password-3"));
        QVERIFY(!button->isEnabled()); // mismatch
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("The passwords do not match."));
        confirm->setText(QStringLiteral("a-new-password-2"));
        QVERIFY(button->isEnabled());
        QVERIFY(!hint->isVisible());

        next->setText(QStringLiteral("short-1"));
        confirm->setText(QStringLiteral("short-1"));
        QVERIFY(!button->isEnabled()); // below the server's minimum
        QCOMPARE(hint->text(), QStringLiteral("The new password needs at least 12 characters."));
        QCOMPARE(child<QLabel>(tab, "strengthLabel")->text(), QStringLiteral("weak (1 of 4)"));
        QCOMPARE(child<QProgressBar>(tab, "strengthProgressBar")->maximum(), 4);
        QCOMPARE(child<QProgressBar>(tab, "strengthProgressBar")->value(), 1);

        // Twelve characters, but guessable: shown as too weak, with the reason, and not sent.
        next->setText(QStringLiteral("password1234"));
        confirm->setText(QStringLiteral("password1234"));
        QVERIFY(!button->isEnabled());
        QCOMPARE(child<QLabel>(tab, "strengthLabel")->text(), QStringLiteral("very weak (0 of 4)"));
        QCOMPARE(child<QProgressBar>(tab, "strengthProgressBar")->value(), 0);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().startsWith(QStringLiteral("The new password is too easy to guess (strength 0 of 4; 3 is "
                                                        "needed).")),
                 qPrintable(hint->text()));

        next->setText(QStringLiteral("correct horse battery staple"));
        confirm->setText(QStringLiteral("correct horse battery staple"));
        QCOMPARE(child<QLabel>(tab, "strengthLabel")->text(), QStringLiteral("very strong (4 of 4)"));
        QVERIFY(!hint->isVisible());
        QVERIFY(button->isEnabled());
        current->clear();
        QVERIFY(!button->isEnabled()); // the current password is needed

        // The show/hide action reveals a field and hides it again.
        auto* show = child<QAction>(next, "newPasswordVisibilityAction");
        QVERIFY(show->isCheckable());
        show->trigger();
        QCOMPARE(next->echoMode(), QLineEdit::Normal);
        show->trigger();
        QCOMPARE(next->echoMode(), QLineEdit::Password);
    }

    void wrongCurrentPasswordShowsTheServersMessage()
    {
        QVERIFY(m_console.signIn(PasswordEmail, UserPassword));
        auto* tab = m_console.showTab<PasswordTab>();
        child<QLineEdit>(tab, "currentPasswordLineEdit")->setText(QStringLiteral("not-my-password"));
        child<QLineEdit>(tab, "newPasswordLineEdit")->setText(QStringLiteral("another-password-9"));
        child<QLineEdit>(tab, "confirmPasswordLineEdit")->setText(QStringLiteral("another-password-9"));
        auto* error = child<MessageWidget>(tab, "errorMessage");
        QVERIFY(!error->isVisible());
        child<QPushButton>(tab, "changePasswordButton")->click();
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The current password is wrong"));
        // Readable: an error colour with at least 4.5:1 against the window (not the near-white BrightText).
        const QColor ink = error->textColor();
        QVERIFY(ink != error->palette().color(QPalette::BrightText));
        QVERIFY2(MessageWidget::contrastRatio(ink, error->backgroundColor()) >= 4.5, qPrintable(ink.name()));
        QCOMPARE(error->type(), MessageWidget::Type::Error);
        // Nothing was changed: the fields stay for a correction, the old password still works.
        QCOMPARE(child<QLineEdit>(tab, "newPasswordLineEdit")->text(), QStringLiteral("another-password-9"));
        QVERIFY(child<QPushButton>(tab, "changePasswordButton")->isEnabled());
        QVERIFY(!m_console.server().login(PasswordEmail, UserPassword).isEmpty());
    }

    void newPasswordEqualToTheCurrentOneShowsTheServersMessage()
    {
        QVERIFY(m_console.signIn(PasswordEmail, UserPassword));
        auto* tab = m_console.showTab<PasswordTab>();
        for (const char* name : {"currentPasswordLineEdit", "newPasswordLineEdit", "confirmPasswordLineEdit"})
            child<QLineEdit>(tab, name)->setText(UserPassword);
        child<QPushButton>(tab, "changePasswordButton")->click();
        auto* error = child<MessageWidget>(tab, "errorMessage");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The new password must differ from the current one")); // 400
    }

    void changingThePasswordWorksOnTheServer()
    {
        QVERIFY(m_console.signIn(NewPasswordEmail, UserPassword));
        auto* tab = m_console.showTab<PasswordTab>();
        const QString next = QStringLiteral("a brand new passphrase");
        auto* current = child<QLineEdit>(tab, "currentPasswordLineEdit");
        auto* nextEdit = child<QLineEdit>(tab, "newPasswordLineEdit");
        auto* confirm = child<QLineEdit>(tab, "confirmPasswordLineEdit");
        current->setText(UserPassword);
        nextEdit->setText(next);
        confirm->setText(next);
        QSignalSpy status(tab, &ConsoleTab::statusMessage);
        child<QPushButton>(tab, "changePasswordButton")->click();
        QTRY_COMPARE(status.size(), 1);
        // Forms are cleared after submit.
        QVERIFY(current->text().isEmpty() && nextEdit->text().isEmpty() && confirm->text().isEmpty());
        QVERIFY(!child<MessageWidget>(tab, "errorMessage")->isVisible());
        QVERIFY(!child<QPushButton>(tab, "changePasswordButton")->isEnabled());

        QVERIFY(!m_console.server().login(NewPasswordEmail, next).isEmpty());
        const HttpResponse old = m_console.server().http().postJson(
            QStringLiteral("v1/auth/login"),
            {{QStringLiteral("email"), NewPasswordEmail}, {QStringLiteral("password"), UserPassword}});
        QCOMPARE(old.status, 401);
        // The console's own session stays.
        const HttpResponse me
            = m_console.server().http().get(QStringLiteral("v1/me"), session(m_console.api().tokens().session));
        QCOMPARE(me.status, 200);
    }

    // ---- Authentication key ----

    void authKeyIsGeneratedCopiedAndRegenerated()
    {
        QVERIFY(m_console.signIn(AuthKeyEmail, UserPassword));
        auto* tab = m_console.showTab<AuthKeyTab>();
        QVERIFY(tab);
        QCOMPARE(tab->windowTitle(), QStringLiteral("Authentication Key"));
        // The page says what the key bypasses.
        QVERIFY(child<QLabel>(tab, "introLabel")->text().contains(QLatin1String("without your second factor")));
        auto* generate = child<QPushButton>(tab, "generateButton");
        auto* regenerate = child<QPushButton>(tab, "regenerateButton");
        auto* remove = child<QPushButton>(tab, "deleteButton");
        // The first time: only "Generate".
        QTRY_VERIFY(generate->isVisible() && generate->isEnabled());
        QVERIFY(!regenerate->isVisible() && !remove->isVisible());

        // The secret in the shown-once dialog that API keys have: copy, and no closing before "stored".
        generate->click();
        SecretDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = tab->findChild<SecretDialog*>(QStringLiteral("secretDialog"))) && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Your new authentication key"));
        const QString first = child<QLineEdit>(dialog, "secretLineEdit")->text();
        QVERIFY2(first.startsWith(QStringLiteral("kw_pat_")) && first.size() == 43, qPrintable(first));
        child<QPushButton>(dialog, "copyButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), first);
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(m_console.clipboard().isCountingDown());
        auto* close = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close);
        QVERIFY(!close->isEnabled());
        const QString firstSecret = closeSecretDialog(tab);
        QCOMPARE(firstSecret, first);
        QTRY_VERIFY(!generate->isVisible() && regenerate->isVisible() && remove->isVisible());

        HttpClient& http = m_console.server().http();
        auto keyLogin = [&http](const QString& key) {
            return http
                .postJson(QStringLiteral("v1/auth/login/token"), {{QStringLiteral("personal-access-token"), key}})
                .status;
        };
        QCOMPARE(keyLogin(first), 200);

        // Regenerate asks how long the current key keeps working; Cancel changes nothing.
        regenerate->click();
        QInputDialog* grace = nullptr;
        QTRY_VERIFY((grace = tab->findChild<QInputDialog*>(QStringLiteral("regenerateInputDialog")))
                    && grace->isVisible());
        QCOMPARE(grace->comboBoxItems().size(), 4);
        grace->reject();
        QTRY_VERIFY(!tab->findChild<QInputDialog*>(QStringLiteral("regenerateInputDialog")));
        QVERIFY(!tab->isSecretShown());
        QCOMPARE(keyLogin(first), 200);

        // With an hour's grace: the new key works, and so does the old one until then, which the page says.
        regenerate->click();
        QTRY_VERIFY((grace = tab->findChild<QInputDialog*>(QStringLiteral("regenerateInputDialog")))
                    && grace->isVisible());
        grace->setTextValue(grace->comboBoxItems().at(1));
        grace->accept();
        const QString second = closeSecretDialog(tab);
        QVERIFY(second.startsWith(QStringLiteral("kw_pat_")) && second != first);
        QCOMPARE(keyLogin(second), 200);
        QCOMPARE(keyLogin(first), 200);
        const HttpResponse shown
            = http.get(QStringLiteral("v1/me/auth-key"), session(m_console.api().tokens().session));
        const qint64 until = QDateTime::fromString(
                                 shown.response().value(QStringLiteral("previous_valid_until")).toString(), Qt::ISODate)
                                 .toSecsSinceEpoch();
        QVERIFY2(qAbs(until - m_console.server().serverSeconds() - 3600) < 120, qPrintable(QString::number(until)));
        QTRY_VERIFY(child<QLabel>(tab, "previousValidLabel")->isVisible());

        // At once: the old key stops working.
        regenerate->click();
        QTRY_VERIFY((grace = tab->findChild<QInputDialog*>(QStringLiteral("regenerateInputDialog")))
                    && grace->isVisible());
        grace->setTextValue(grace->comboBoxItems().at(0));
        grace->accept();
        const QString third = closeSecretDialog(tab);
        QVERIFY(!third.isEmpty() && third != second);
        QCOMPARE(keyLogin(second), 401);
        QCOMPARE(keyLogin(third), 200);

        // The page shows only the prefix and the dates, never a secret.
        QVERIFY(m_console.triggerAction("actionRefresh"));
        auto* prefix = child<QLabel>(tab, "prefixLabel");
        QTRY_VERIFY(prefix->isVisible() && prefix->text().startsWith(third.left(11)));
        QVERIFY(!child<QLabel>(tab, "createdLabel")->text().isEmpty());
        QVERIFY(!child<QLabel>(tab, "lastUsedLabel")->text().isEmpty());
        for (const QString& secret : {first, second, third}) {
            for (const QLabel* label : tab->findChildren<QLabel*>())
                QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));
            for (const QLineEdit* edit : tab->findChildren<QLineEdit*>())
                QVERIFY2(!edit->text().contains(secret), qPrintable(edit->objectName()));
        }
    }

    void authKeyIsDeleted()
    {
        QVERIFY(m_console.signIn(AuthKeyEmail, UserPassword));
        auto* tab = m_console.showTab<AuthKeyTab>();
        auto* remove = child<QPushButton>(tab, "deleteButton");
        QTRY_VERIFY(remove->isVisible() && remove->isEnabled());
        const QString prefix = child<QLabel>(tab, "prefixLabel")->text();
        QVERIFY(prefix.startsWith(QStringLiteral("kw_pat_")));

        // The real confirmation box (no test seam): it does not block, Cancel changes nothing, Delete deletes.
        const auto answerBox = [tab](QMessageBox::ButtonRole role) {
            QMessageBox* box = nullptr;
            if (!QTest::qWaitFor([&] {
                    return (box = tab->findChild<QMessageBox*>(QStringLiteral("confirmMessageBox")))
                        && box->isVisible();
                }))
                return false;
            const QList<QAbstractButton*> buttons = box->buttons();
            for (QAbstractButton* button : buttons) {
                if (box->buttonRole(button) == role) {
                    button->click();
                    return true;
                }
            }
            return false;
        };
        remove->click();
        QVERIFY(answerBox(QMessageBox::RejectRole));
        QTest::qWait(200);
        QVERIFY(remove->isVisible());
        QCOMPARE(child<QLabel>(tab, "prefixLabel")->text(), prefix);
        remove->click();
        QVERIFY(answerBox(QMessageBox::AcceptRole));
        auto* generate = child<QPushButton>(tab, "generateButton");
        QTRY_VERIFY(generate->isVisible() && generate->isEnabled());
        QVERIFY(!remove->isVisible());
        QVERIFY(child<QLabel>(tab, "noKeyLabel")->isVisible());
        QVERIFY(!child<QLabel>(tab, "prefixLabel")->isVisible());
        const HttpResponse key = m_console.server().http().get(QStringLiteral("v1/me/auth-key"),
                                                               session(m_console.api().tokens().session));
        QCOMPARE(key.response().value(QStringLiteral("exists")).toBool(), false);
    }

private:
    // Waits for the page's shown-once secret dialog, ticks "stored", closes it and returns the secret it showed.
    static QString closeSecretDialog(QWidget* page)
    {
        SecretDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (dialog = page->findChild<SecretDialog*>(QStringLiteral("secretDialog")))
                        && dialog->isVisible();
                },
                10000))
            return {};
        const QString secret = dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text();
        dialog->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->setChecked(true);
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close)->click();
        (void)QTest::qWaitFor([&] { return !page->findChild<SecretDialog*>(QStringLiteral("secretDialog")); }, 5000);
        return secret;
    }

    ConsoleHarness m_console;
    QStringList m_recoveryCodes; // given at the enrolment of TotpEmail
};

QTEST_MAIN(TestGuiAccount)
#include "tst_gui_account.moc"
