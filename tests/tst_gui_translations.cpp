// The shipped translations load as the program loads them: German and French replace the English source text in
// the real window, and English gets its plural forms.

#include "core/ApiClient.h"
#include "ui/LoginDialog.h"
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
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

    void englishHasPluralForms()
    {
        QVERIFY(installTranslations(QLocale(QLocale::English)));
        QCOMPARE(QCoreApplication::translate("Keyward::ApiKeysTab", "%n key(s)", nullptr, 1), QStringLiteral("1 key"));
        QCOMPARE(QCoreApplication::translate("Keyward::ApiKeysTab", "%n key(s)", nullptr, 6), QStringLiteral("6 keys"));
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
