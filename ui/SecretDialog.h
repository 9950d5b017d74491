#pragma once

#include "ui/ShownOnceDialog.h"

#include <QPointer>
#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace Keyward {

class Clipboard;
class SecretStore;

// Shows a newly issued secret the one time the server gives it out: a read-only field, a copy button (through
// Clipboard::copySecret, so it is marked as a secret and cleared later) and an "I have stored it" check box that
// must be ticked before the dialog can be closed. The field is wiped when the dialog closes. With a keychain, the
// user may also keep the key there (under the entry name given), never in a file.
class SecretDialog : public ShownOnceDialog
{
    Q_OBJECT
public:
    SecretDialog(Clipboard& clipboard, const QString& secret, const QString& keyName, QWidget* parent = nullptr);
    ~SecretDialog() override;

    // Offers "Also keep it in the system keychain" (when the keychain works); saved on close if ticked.
    // done runs (while context lives) once the keychain answered.
    void offerKeychain(SecretStore* secrets, const QString& entryName, QObject* context,
                       std::function<void(bool ok, const QString& error)> done);

public slots:
    void done(int result) override;

private:
    Clipboard& m_clipboard;
    QLineEdit* m_secretEdit = nullptr;
    QPushButton* m_copyButton = nullptr;
    QCheckBox* m_keychainCheckBox = nullptr;
    SecretStore* m_secrets = nullptr;
    QString m_entryName;
    QPointer<QObject> m_context;
    std::function<void(bool, const QString&)> m_keychainDone;
};

} // namespace Keyward
