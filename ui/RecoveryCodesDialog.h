#pragma once

#include "ui/ShownOnceDialog.h"

#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;

namespace Keyward {

class Clipboard;

// Shows two-factor recovery codes the one time the server gives them out (at enrolment, or when made anew): each
// signs in once in place of the authenticator's code. Copy (through Clipboard::copySecret, cleared later) and Save
// (a text file readable only by the user, where the user chooses); closing needs "I have stored them" ticked. The
// codes are wiped from the widget when it closes.
class RecoveryCodesDialog : public ShownOnceDialog
{
    Q_OBJECT
public:
    RecoveryCodesDialog(Clipboard& clipboard, const QStringList& codes, QWidget* parent = nullptr);
    ~RecoveryCodesDialog() override;

    // Writes the codes to this file (0600); false with the reason when it cannot.
    bool saveTo(const QString& path, QString* error);

public slots:
    void done(int result) override;

private:
    void chooseFile();

    Clipboard& m_clipboard;
    QPlainTextEdit* m_codesEdit = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace Keyward
