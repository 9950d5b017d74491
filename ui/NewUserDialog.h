#pragma once

#include "core/ApiTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Keyward {

struct ApiError;
class MessageWidget;

// The form for a new user of the tenant: e-mail, name, role and the password they first sign in with (typed twice).
// A view: it emits what was entered (submitted) and waits until finish() or showFailure() (the server's reason, the
// focus on the field at fault).
class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(QWidget* parent = nullptr);

    void finish();
    void showFailure(const ApiError& error);

public slots:
    void accept() override;

signals:
    void submitted(const Keyward::Api::NewUser& user);

private:
    void setBusy(bool busy);

    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_roleCombo = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    MessageWidget* m_errorMessage = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
    bool m_busy = false;
};

} // namespace Keyward
