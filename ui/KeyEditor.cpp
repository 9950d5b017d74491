#include "ui/KeyEditor.h"

#include "core/ApiReply.h"
#include "ui/CreateKeyDialog.h"

namespace Keyward {

KeyEditor::KeyEditor(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_keys(api)
    , m_users(api)
{ }

CreateKeyDialog* KeyEditor::create(QWidget* parent, const SessionInfo& session, const QString& ownerId)
{
    auto* dialog = new CreateKeyDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!ownerId.isEmpty())
        dialog->setOwner(ownerId);
    supply(dialog, session.isAdmin());
    connect(dialog, &CreateKeyDialog::draftSubmitted, this, [this, dialog](const Api::KeyDraft& draft) {
        ApiReply* reply = m_keys.create(
            draft, dialog, settle<Api::IssuedKey>(dialog, [this](const Api::IssuedKey& k) { emit created(k); }));
        connect(dialog, &QDialog::rejected, reply, &ApiReply::abort);
    });
    dialog->open();
    return dialog;
}

CreateKeyDialog* KeyEditor::edit(QWidget* parent, const SessionInfo& session, const Api::Key& key)
{
    auto* dialog = new CreateKeyDialog(session, key, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    supply(dialog, false);
    const QString id = key.id;
    connect(dialog, &CreateKeyDialog::changesSubmitted, this, [this, dialog, id](const Api::KeyChanges& changes) {
        ApiReply* reply = m_keys.update(id, changes, dialog,
                                        settle<Api::Key>(dialog, [this](const Api::Key& k) { emit updated(k); }));
        connect(dialog, &QDialog::rejected, reply, &ApiReply::abort);
    });
    dialog->open();
    return dialog;
}

void KeyEditor::supply(CreateKeyDialog* dialog, bool withUsers)
{
    // The cap may have changed since sign-in; the server's word wins.
    m_users.tenant(dialog, [dialog](const Result<Api::Tenant>& result) {
        if (result.ok())
            dialog->setMaxLifetimeDays(result.value->maxKeyLifetimeDays);
    });
    if (!withUsers)
        return;
    m_users.list(dialog, [dialog](const Result<QList<Api::User>>& result) {
        if (result.ok())
            dialog->setUsers(*result.value);
        else
            dialog->setUsersUnavailable(result.error.message);
    });
}

template<typename T> Done<T> KeyEditor::settle(CreateKeyDialog* dialog, std::function<void(const T&)> onSuccess)
{
    return [dialog, onSuccess = std::move(onSuccess)](const Result<T>& result) {
        if (!result.ok()) {
            if (result.error.code != QLatin1String(ErrorCode::Canceled))
                dialog->showFailure(result.error);
            return;
        }
        onSuccess(*result.value);
        dialog->finish();
    };
}

} // namespace Keyward
