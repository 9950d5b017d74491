#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace Keyward {

class Clipboard;

// Shows a newly issued secret the one time the server gives it out: a read-only field, a copy button (through
// Clipboard::copySecret, so it is marked as a secret and cleared later) and an "I have stored it" check box that
// must be ticked before the dialog can be closed. The field is wiped when the dialog closes.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    SecretDialog(Clipboard& clipboard, const QString& secret, const QString& keyName, QWidget* parent = nullptr);
    ~SecretDialog() override;

    bool isStored() const;

public slots:
    void done(int result) override;
    void reject() override;

private:
    void updateButtons();

    Clipboard& m_clipboard;
    QLineEdit* m_secretEdit = nullptr;
    QPushButton* m_copyButton = nullptr;
    QCheckBox* m_storedCheckBox = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace Keyward
