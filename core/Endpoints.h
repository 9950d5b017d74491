#pragma once

#include "core/ApiClient.h"
#include "core/ApiTypes.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace Keyward {

// Typed calls to keywardd over ApiClient, one family per part of the API (in the manner of Nextcloud desktop's OCS
// jobs): the only place where a client names a "v1/…" path or reads the answer's JSON. Each call hands its result
// to `done` exactly once, on `context`'s thread and only while `context` lives, and returns the ApiReply (to abort).
template<typename T> struct Result
{
    std::optional<T> value;
    ApiError error; // set when value is not

    bool ok() const { return value.has_value(); }
};
template<typename T> using Done = std::function<void(const Result<T>& result)>;
struct Nothing
{
};

namespace Endpoint {
// The answer's "response" decoded by `decode`; an answer that does not decode is BAD_RESPONSE.
template<typename T, typename Decode> ApiReply* deliver(ApiReply* reply, QObject* context, Decode decode, Done<T> done)
{
    QObject::connect(reply, &ApiReply::finished, context, [reply, decode, done](const QJsonValue& response) {
        std::optional<T> value = decode(response);
        if (value)
            done({std::move(value), {}});
        else
            done({std::nullopt,
                  {reply->httpStatus(),
                   QLatin1String(ErrorCode::BadResponse),
                   QCoreApplication::translate("Keyward::Endpoint", "The server's answer could not be read"),
                   {}}});
    });
    QObject::connect(reply, &ApiReply::failed, context, [done](const ApiError& error) { done({std::nullopt, error}); });
    return reply;
}
} // namespace Endpoint

// API keys: GET|POST /v1/api-keys, GET|PATCH|DELETE /v1/api-keys/{id}, …/revoke|reactivate|rotate, and verification.
class KeysEndpoint
{
public:
    explicit KeysEndpoint(ApiClient& client)
        : m_client(client)
    { }

    ApiReply* list(const Api::KeyQuery& query, QObject* context, Done<Api::KeyPage> done);
    ApiReply* get(const QString& id, QObject* context, Done<Api::Key> done);
    // Where GET /v1/api-keys/{id} is on this server (for snippets a user copies).
    QUrl keyUrl(const QString& id) const;
    ApiReply* create(const Api::KeyDraft& draft, QObject* context, Done<Api::IssuedKey> done);
    ApiReply* update(const QString& id, const Api::KeyChanges& changes, QObject* context, Done<Api::Key> done);
    ApiReply* revoke(const QString& id, QObject* context, Done<Api::Key> done);
    ApiReply* reactivate(const QString& id, QObject* context, Done<Api::Key> done);
    // graceSeconds: how long the old secret keeps working (0: it dies now; at most Policy::MaxRotationGraceSeconds).
    ApiReply* rotate(const QString& id, int graceSeconds, QObject* context, Done<Api::IssuedKey> done);
    ApiReply* remove(const QString& id, QObject* context, Done<Nothing> done);
    // POST /v1/keys/verify: asks no credential of its own.
    ApiReply* verify(const QByteArray& secret, QObject* context, Done<Api::Verification> done);

private:
    static QString path(const QString& id, const char* action = nullptr);
    ApiClient& m_client;
};

// The signed-in account: GET|PATCH /v1/me, POST /v1/me/password, POST|DELETE /v1/me/2fa, POST /v1/me/2fa/confirm,
// GET|POST|DELETE /v1/me/auth-key. The actions that take an Api::Proof need a session opened with a password; the
// proof (the password, and the code with 2FA) proves it again when the sign-in is not fresh (else 403
// STEP_UP_REQUIRED, whose details.requires says what it wants).
class AccountEndpoint
{
public:
    explicit AccountEndpoint(ApiClient& client)
        : m_client(client)
    { }

    ApiReply* me(QObject* context, Done<Api::Me> done);
    // PATCH /v1/me {"name": …}: the user as it is now.
    ApiReply* updateProfile(const QString& name, QObject* context, Done<Api::User> done);
    ApiReply* changePassword(const Api::PasswordChange& change, const Api::Proof& proof, QObject* context,
                             Done<Api::PasswordChanged> done);
    // A pending TOTP secret; two-factor authentication is on only once confirmTwoFactor() accepts a code from it.
    ApiReply* startTwoFactor(const Api::Proof& proof, QObject* context, Done<Api::TwoFactorEnrolment> done);
    ApiReply* confirmTwoFactor(const QString& code, QObject* context, Done<Api::TwoFactorStatus> done);
    // DELETE /v1/me/2fa {"code": …}: a current code, and the password as proof when the sign-in is not fresh.
    ApiReply* disableTwoFactor(const QString& code, const Api::Proof& proof, QObject* context,
                               Done<Api::TwoFactorStatus> done);
    ApiReply* authenticationKey(QObject* context, Done<Api::AuthenticationKey> done);
    // A new authentication key; the old one keeps working for graceSeconds (0: it dies at once).
    ApiReply* generateAuthenticationKey(const Api::Proof& proof, qint64 graceSeconds, QObject* context,
                                        Done<Api::IssuedAuthenticationKey> done);
    ApiReply* generateAuthenticationKey(const QString& password, const QString& otp, QObject* context,
                                        Done<Api::IssuedAuthenticationKey> done)
    {
        return generateAuthenticationKey(Api::Proof {password, otp}, 0, context, std::move(done));
    }
    // Ten new one-time codes for signing in without the authenticator (step-up); the old ones stop working.
    ApiReply* regenerateRecoveryCodes(const Api::Proof& proof, QObject* context, Done<Api::RecoveryCodes> done);
    ApiReply* deleteAuthenticationKey(QObject* context, Done<Nothing> done);

private:
    ApiClient& m_client;
};

// The tenant's users (GET /v1/users, admins) and the tenant (GET /v1/tenant).
class UsersEndpoint
{
public:
    explicit UsersEndpoint(ApiClient& client)
        : m_client(client)
    { }

    ApiReply* list(QObject* context, Done<QList<Api::User>> done);
    ApiReply* create(const Api::NewUser& user, QObject* context, Done<Api::User> done);
    ApiReply* update(const QString& id, const Api::UserChanges& changes, QObject* context, Done<Api::User> done);
    // Turns the user's second factor off (they enrol again at their next sign-in).
    ApiReply* resetTwoFactor(const QString& id, QObject* context, Done<Api::User> done);
    ApiReply* tenant(QObject* context, Done<Api::Tenant> done);
    ApiReply* updateTenant(const Api::TenantChanges& changes, QObject* context, Done<Api::Tenant> done);

private:
    ApiClient& m_client;
};

// GET /v1/health: whether the server answers; asks no credential, and the server asks its database nothing.
class HealthEndpoint
{
public:
    explicit HealthEndpoint(ApiClient& client)
        : m_client(client)
    { }

    ApiReply* probe(QObject* context, Done<Api::Health> done);

private:
    ApiClient& m_client;
};

// GET /v1/audit, newest first.
class AuditEndpoint
{
public:
    explicit AuditEndpoint(ApiClient& client)
        : m_client(client)
    { }

    ApiReply* list(const Api::AuditQuery& query, QObject* context, Done<Api::AuditPage> done);

private:
    ApiClient& m_client;
};

// The tenant's webhook endpoints (admins change them, support reads them): GET|POST /v1/webhooks,
// GET|PATCH|DELETE /v1/webhooks/{id}, …/rotate-secret, and each webhook's delivery log: …/deliveries,
// …/deliveries/{delivery}/redeliver and …/test.
class WebhooksEndpoint
{
public:
    explicit WebhooksEndpoint(ApiClient& client)
        : m_client(client)
    { }

    // Newest first.
    ApiReply* list(QObject* context, Done<QList<Api::Webhook>> done);
    ApiReply* get(const QString& id, QObject* context, Done<Api::Webhook> done);
    // The answer carries the signing secret, shown this once.
    ApiReply* create(const Api::WebhookDraft& draft, QObject* context, Done<Api::IssuedWebhook> done);
    ApiReply* update(const QString& id, const Api::WebhookChanges& changes, QObject* context, Done<Api::Webhook> done);
    ApiReply* remove(const QString& id, QObject* context, Done<Nothing> done);
    // A new signing secret, shown this once; the previous one keeps signing beside it for a while
    // (Webhook::previousSecretExpiresAt).
    ApiReply* rotateSecret(const QString& id, QObject* context, Done<Api::IssuedWebhook> done);
    // A page of the webhook's delivery log, newest first; cursor: a page's nextCursor (empty: the newest);
    // limit 0: the server's default.
    ApiReply* deliveries(const QString& webhookId, const QString& cursor, int limit, QObject* context,
                         Done<Api::WebhookDeliveryPage> done);
    // Sends the delivery again (it is pending again).
    ApiReply* redeliver(const QString& webhookId, const QString& deliveryId, QObject* context,
                        Done<Api::WebhookDelivery> done);
    // Queues a webhook.test event for the webhook (refused while it is disabled).
    ApiReply* sendTest(const QString& webhookId, QObject* context, Done<Api::WebhookDelivery> done);

private:
    static QString path(const QString& id, const QString& rest = {});
    ApiClient& m_client;
};

} // namespace Keyward
