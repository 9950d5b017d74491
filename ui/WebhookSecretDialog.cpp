#include "ui/WebhookSecretDialog.h"

#include "ui/Clipboard.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward {

WebhookSecretDialog::WebhookSecretDialog(Clipboard& clipboard, const QString& secret, const QString& url,
                                         qint64 previousSecretExpiresAt, QWidget* parent)
    : ShownOnceDialog(tr("I have stored the signing secret somewhere safe"), parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("webhookSecretDialog"));
    setWindowTitle(previousSecretExpiresAt != 0 ? tr("New signing secret") : tr("Webhook signing secret"));

    auto* intro = new QLabel(tr("This is the signing secret of the webhook to <b>%1</b>. It is shown <b>only this "
                                "once</b>: copy it now into the receiving service's configuration. Keyward cannot "
                                "show it again.")
                                 .arg(url.toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    auto* standard = new QLabel(tr("It is a Standard Webhooks signing secret: the receiver checks the "
                                   "webhook-signature header of each delivery with it."),
                                this);
    standard->setObjectName(QStringLiteral("standardLabel"));
    standard->setWordWrap(true);

    m_secretEdit = new QLineEdit(secret, this);
    m_secretEdit->setObjectName(QStringLiteral("secretLineEdit"));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretEdit->setAccessibleName(tr("Signing secret"));
    m_secretEdit->setMinimumWidth(m_secretEdit->fontMetrics().horizontalAdvance(secret) + 24);

    // The theme's copy icon, or none (the label says it), as in SecretDialog.
    m_copyButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAccessibleName(tr("Copy signing secret"));
    m_copyButton->setToolTip(tr("Copy the signing secret to the clipboard; it is cleared after %n second(s)", nullptr,
                                m_clipboard.clearSeconds()));
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        m_clipboard.copySecret(m_secretEdit->text());
        m_copyButton->setText(tr("Copied"));
    });
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_copyButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(standard);
    layout->addLayout(secretRow);
    if (previousSecretExpiresAt != 0) {
        auto* overlap = new QLabel(
            tr("The previous secret keeps signing beside this one until %1, so that the receiver can switch over.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(previousSecretExpiresAt).toLocalTime(),
                                        QLocale::ShortFormat)),
            this);
        overlap->setObjectName(QStringLiteral("overlapLabel"));
        overlap->setWordWrap(true);
        layout->addWidget(overlap);
    }
    layout->addWidget(storedCheckBox());
    layout->addWidget(buttonBox());
    m_copyButton->setFocus();
}

void WebhookSecretDialog::done(int result)
{
    if (!isStored())
        return;
    // The widget keeps no copy of the secret once the dialog is closed.
    m_secretEdit->clear();
    QDialog::done(result);
}

} // namespace Keyward
