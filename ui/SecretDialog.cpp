#include "ui/SecretDialog.h"

#include "core/SecretStore.h"
#include "ui/Clipboard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Keyward {

SecretDialog::SecretDialog(Clipboard& clipboard, const QString& secret, const QString& keyName, QWidget* parent)
    : ShownOnceDialog(tr("I have stored the key somewhere safe"), parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(tr("Your new API key"));

    auto* intro = new QLabel(
        tr("This is the secret of <b>%1</b>. It is shown <b>only this once</b>: copy it now and keep it somewhere "
           "safe, such as a password manager. Keyward cannot show it again.")
            .arg(keyName.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_secretEdit = new QLineEdit(secret, this);
    m_secretEdit->setObjectName(QStringLiteral("secretLineEdit"));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretEdit->setAccessibleName(tr("API key secret"));
    m_secretEdit->setMinimumWidth(m_secretEdit->fontMetrics().horizontalAdvance(secret) + 24);

    // The theme's copy icon, or none (the label says it): SP_DialogSaveButton is a floppy disk.
    m_copyButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAccessibleName(tr("Copy key"));
    m_copyButton->setToolTip(
        tr("Copy the key to the clipboard; it is cleared after %n second(s)", nullptr, m_clipboard.clearSeconds()));
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        m_clipboard.copySecret(m_secretEdit->text());
        m_copyButton->setText(tr("Copied"));
    });

    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_copyButton);
    m_keychainCheckBox = new QCheckBox(tr("Also keep it in the system &keychain"), this);
    m_keychainCheckBox->setObjectName(QStringLiteral("keychainCheckBox"));
    m_keychainCheckBox->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(secretRow);
    layout->addWidget(m_keychainCheckBox);
    layout->addWidget(storedCheckBox());
    layout->addWidget(buttonBox());
    m_copyButton->setFocus();
}

SecretDialog::~SecretDialog() = default;

void SecretDialog::offerKeychain(SecretStore* secrets, const QString& entryName, QObject* context,
                                 std::function<void(bool ok, const QString& error)> done)
{
    m_secrets = secrets;
    m_entryName = entryName;
    m_context = context;
    m_keychainDone = std::move(done);
    m_keychainCheckBox->setVisible(secrets && secrets->available());
}

void SecretDialog::done(int result)
{
    if (!isStored())
        return;
    if (m_secrets && m_keychainCheckBox->isVisible() && m_keychainCheckBox->isChecked()) {
        // The page that opened this dialog outlives it and reports the outcome.
        QObject* context = m_context ? m_context.data() : m_secrets;
        m_secrets->write(m_entryName, m_secretEdit->text().toLatin1(), context,
                         [done = m_keychainDone](const SecretStore::Result& result) {
                             if (done)
                                 done(result.ok(), result.error);
                         });
    }
    // The widget keeps no copy of the secret once the dialog is closed.
    m_secretEdit->clear();
    QDialog::done(result);
}

} // namespace Keyward
