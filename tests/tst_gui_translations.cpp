// The shipped translations load as the program loads them: German and French replace the English source text in
// the real window, and English gets its plural forms.

#include "core/ApiClient.h"
#include "ui/LoginDialog.h"
#include "ui/StepUpDialog.h"
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace Keyward;

class TestGuiTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanup()
    {
        // Remove what the test installed, so each row starts from English.
        const QList<QTranslator*> translators = QCoreApplication::instance()->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void signInButtonIsTranslated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("signIn");
        QTest::newRow("German") << "de_DE"
                                << "Anmelden";
        QTest::newRow("French") << "fr_FR"
                                << "Se connecter";
    }
    void signInButtonIsTranslated()
    {
        QFETCH(QString, locale);
        QFETCH(QString, signIn);
        QVERIFY(installTranslations(QLocale(locale)));
        ApiClient api;
        LoginDialog dialog(api);
        QCOMPARE(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->text(),
                 signIn);
        QVERIFY(dialog.windowTitle() != QStringLiteral("Sign in to Keyward"));
    }

    void stepUpDialogIsTranslated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("passwordLabel");
        QTest::newRow("German") << "de_DE"
                                << "Bestätigen Sie, dass Sie es sind"
                                << "Bestätigen"
                                << "&Passwort:";
        QTest::newRow("French") << "fr_FR"
                                << "Confirmez que c'est bien vous"
                                << "Confirmer"
                                << QStringLiteral("&Mot de passe\u00a0:"); // a no-break space before the colon
    }
    void stepUpDialogIsTranslated()
    {
        QFETCH(QString, locale);
        QFETCH(QString, title);
        QFETCH(QString, confirm);
        QFETCH(QString, passwordLabel);
        QVERIFY(installTranslations(QLocale(locale)));
        StepUpDialog dialog;
        QCOMPARE(dialog.windowTitle(), title);
        QCOMPARE(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->text(),
                 confirm);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("passwordLabel"))->text(), passwordLabel);
        QVERIFY(
            !dialog.findChild<QLabel*>(QStringLiteral("instructionLabel"))->text().startsWith(QStringLiteral("Enter")));
    }

    void englishHasPluralForms()
    {
        QVERIFY(installTranslations(QLocale(QLocale::English)));
        QCOMPARE(QCoreApplication::translate("Keyward::ApiKeysTab", "%n key(s)", nullptr, 1), QStringLiteral("1 key"));
        QCOMPARE(QCoreApplication::translate("Keyward::ApiKeysTab", "%n key(s)", nullptr, 6), QStringLiteral("6 keys"));
        QCOMPARE(QCoreApplication::translate("Keyward::StepUpDialog", "Too many attempts. Try again in %n second(s).",
                                             nullptr, 1),
                 QStringLiteral("Too many attempts. Try again in 1 second."));
        QCOMPARE(QCoreApplication::translate("Keyward::PasswordTab",
                                             "%n API key(s) revoked and your authentication key "
                                             "deleted.",
                                             nullptr, 3),
                 QStringLiteral("3 API keys revoked and your authentication key deleted."));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QVERIFY(!installTranslations(QLocale(QLocale::Japanese)));
        ApiClient api;
        LoginDialog dialog(api);
        QCOMPARE(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->text(),
                 QStringLiteral("Sign in"));
    }
};

QTEST_MAIN(TestGuiTranslations)
#include "tst_gui_translations.moc"
