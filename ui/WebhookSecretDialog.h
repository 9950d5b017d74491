#pragma once

#include "ui/ShownOnceDialog.h"

class QLineEdit;
class QPushButton;

namespace Keyward {

class Clipboard;

// Shows a webhook's signing secret (the Standard Webhooks "whsec_…" secret its receiver checks signatures with) the
// one time the server gives it out, after create and rotate: a read-only field, a copy button (through
// Clipboard::copySecret, marked as a secret and cleared later) and the "I have stored it" check box that must be
// ticked before the dialog closes. After a rotation it says until when the previous secret still signs. The field is
// wiped when the dialog closes.
class WebhookSecretDialog : public ShownOnceDialog
{
    Q_OBJECT
public:
    // previousSecretExpiresAt: after a rotation, until when the old secret signs too (ms since the epoch); 0: a new
    // webhook.
    WebhookSecretDialog(Clipboard& clipboard, const QString& secret, const QString& url, qint64 previousSecretExpiresAt,
                        QWidget* parent = nullptr);

public slots:
    void done(int result) override;

private:
    Clipboard& m_clipboard;
    QLineEdit* m_secretEdit = nullptr;
    QPushButton* m_copyButton = nullptr;
};

} // namespace Keyward
