#pragma once

#include "core/Endpoints.h"
#include "ui/SessionInfo.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Keyward {

class CreateKeyDialog;

// Runs the key form (CreateKeyDialog) against the server: gives it the tenant's maximum key lifetime and, for admins,
// the users, sends what the user chose (POST or PATCH /v1/api-keys), closes the form on success and hands the error
// back to it otherwise. Cancelling the form cancels the request.
class KeyEditor : public QObject
{
    Q_OBJECT
public:
    explicit KeyEditor(ApiClient& api, QObject* parent = nullptr);

    // Opens the form over parent. ownerId: the user a new key is for, preselected (admins).
    CreateKeyDialog* create(QWidget* parent, const SessionInfo& session, const QString& ownerId = {});
    CreateKeyDialog* edit(QWidget* parent, const SessionInfo& session, const Api::Key& key);

signals:
    void created(const Keyward::Api::IssuedKey& issued);
    void updated(const Keyward::Api::Key& key);

private:
    void supply(CreateKeyDialog* dialog, bool withUsers);
    // Ties a request to the dialog: done settles the dialog; closing the dialog aborts the request.
    template<typename T> Done<T> settle(CreateKeyDialog* dialog, std::function<void(const T&)> onSuccess);

    KeysEndpoint m_keys;
    UsersEndpoint m_users;
};

} // namespace Keyward
