#include "core/Endpoints.h"

#include "core/Timestamps.h"

#include <QJsonArray>

namespace Keyward {

namespace {
template<typename T> auto objectDecoder()
{
    return [](const QJsonValue& response) {
        return response.isObject() ? T::fromJson(response.toObject()) : std::nullopt;
    };
}

// DELETE's answer: {"deleted": true, …}.
auto deletedDecoder()
{
    return [](const QJsonValue& response) {
        return response.toObject().value(QStringLiteral("deleted")).toBool() ? std::optional<Nothing>(Nothing {})
                                                                             : std::nullopt;
    };
}

const QString KeysPath = QStringLiteral("v1/api-keys");
const QString MePath = QStringLiteral("v1/me");
const QString TwoFactorPath = QStringLiteral("v1/me/2fa");
const QString AuthKeyPath = QStringLiteral("v1/me/auth-key");
const QString UsersPath = QStringLiteral("v1/users");
const QString TenantPath = QStringLiteral("v1/tenant");
const QString WebhooksPath = QStringLiteral("v1/webhooks");

QString pathSegment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString userPath(const QString& id)
{
    return UsersPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

QString KeysEndpoint::path(const QString& id, const char* action)
{
    QString path = KeysPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (action)
        path += QLatin1Char('/') + QLatin1String(action);
    return path;
}

ApiReply* KeysEndpoint::list(const Api::KeyQuery& query, QObject* context, Done<Api::KeyPage> done)
{
    QUrlQuery q;
    const auto add = [&q](const char* name, const QString& value) {
        if (!value.isEmpty())
            q.addQueryItem(QLatin1String(name), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("user", query.userId);
    add("status", query.status);
    add("q", query.text);
    add("sort", query.sort);
    add("cursor", query.cursor);
    if (query.expiringWithinDays >= 0)
        add("expiring_within_days", QString::number(query.expiringWithinDays));
    if (query.limit > 0)
        add("limit", QString::number(query.limit));
    return Endpoint::deliver<Api::KeyPage>(m_client.get(KeysPath, q), context, objectDecoder<Api::KeyPage>(),
                                           std::move(done));
}

QUrl KeysEndpoint::keyUrl(const QString& id) const
{
    return m_client.urlFor(KeysPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

ApiReply* KeysEndpoint::get(const QString& id, QObject* context, Done<Api::Key> done)
{
    return Endpoint::deliver<Api::Key>(m_client.get(path(id)), context, objectDecoder<Api::Key>(), std::move(done));
}

ApiReply* KeysEndpoint::create(const Api::KeyDraft& draft, QObject* context, Done<Api::IssuedKey> done)
{
    return Endpoint::deliver<Api::IssuedKey>(m_client.post(KeysPath, draft.toJson()), context,
                                             objectDecoder<Api::IssuedKey>(), std::move(done));
}

ApiReply* KeysEndpoint::update(const QString& id, const Api::KeyChanges& changes, QObject* context, Done<Api::Key> done)
{
    return Endpoint::deliver<Api::Key>(m_client.patch(path(id), changes.toJson()), context, objectDecoder<Api::Key>(),
                                       std::move(done));
}

ApiReply* KeysEndpoint::revoke(const QString& id, QObject* context, Done<Api::Key> done)
{
    return Endpoint::deliver<Api::Key>(m_client.post(path(id, "revoke")), context, objectDecoder<Api::Key>(),
                                       std::move(done));
}

ApiReply* KeysEndpoint::reactivate(const QString& id, QObject* context, Done<Api::Key> done)
{
    return Endpoint::deliver<Api::Key>(m_client.post(path(id, "reactivate")), context, objectDecoder<Api::Key>(),
                                       std::move(done));
}

ApiReply* KeysEndpoint::rotate(const QString& id, int graceSeconds, QObject* context, Done<Api::IssuedKey> done)
{
    return Endpoint::deliver<Api::IssuedKey>(
        m_client.post(path(id, "rotate"), QJsonObject {{QStringLiteral("grace_seconds"), graceSeconds}}), context,
        objectDecoder<Api::IssuedKey>(), std::move(done));
}

ApiReply* KeysEndpoint::remove(const QString& id, QObject* context, Done<Nothing> done)
{
    return Endpoint::deliver<Nothing>(m_client.del(path(id)), context, deletedDecoder(), std::move(done));
}

ApiReply* KeysEndpoint::verify(const QByteArray& secret, QObject* context, Done<Api::Verification> done)
{
    return Endpoint::deliver<Api::Verification>(
        m_client.post(QStringLiteral("v1/keys/verify"),
                      QJsonObject {{QStringLiteral("key"), QString::fromLatin1(secret)}}),
        context, objectDecoder<Api::Verification>(), std::move(done));
}

ApiReply* AccountEndpoint::me(QObject* context, Done<Api::Me> done)
{
    return Endpoint::deliver<Api::Me>(m_client.get(MePath), context, objectDecoder<Api::Me>(), std::move(done));
}

ApiReply* AccountEndpoint::updateProfile(const QString& name, QObject* context, Done<Api::User> done)
{
    return Endpoint::deliver<Api::User>(m_client.patch(MePath, QJsonObject {{QStringLiteral("name"), name}}), context,
                                        objectDecoder<Api::User>(), std::move(done));
}

ApiReply* AccountEndpoint::changePassword(const Api::PasswordChange& change, const Api::Proof& proof, QObject* context,
                                          Done<Api::PasswordChanged> done)
{
    return Endpoint::deliver<Api::PasswordChanged>(
        m_client.post(QStringLiteral("v1/me/password"), proof.addedTo(change.toJson())), context,
        objectDecoder<Api::PasswordChanged>(), std::move(done));
}

ApiReply* AccountEndpoint::startTwoFactor(const Api::Proof& proof, QObject* context, Done<Api::TwoFactorEnrolment> done)
{
    return Endpoint::deliver<Api::TwoFactorEnrolment>(m_client.post(TwoFactorPath, proof.addedTo({})), context,
                                                      objectDecoder<Api::TwoFactorEnrolment>(), std::move(done));
}

ApiReply* AccountEndpoint::confirmTwoFactor(const QString& code, QObject* context, Done<Api::TwoFactorStatus> done)
{
    return Endpoint::deliver<Api::TwoFactorStatus>(
        m_client.post(QStringLiteral("v1/me/2fa/confirm"), QJsonObject {{QStringLiteral("code"), code}}), context,
        objectDecoder<Api::TwoFactorStatus>(), std::move(done));
}

ApiReply* AccountEndpoint::disableTwoFactor(const QString& code, const Api::Proof& proof, QObject* context,
                                            Done<Api::TwoFactorStatus> done)
{
    return Endpoint::deliver<Api::TwoFactorStatus>(
        m_client.del(TwoFactorPath, proof.addedTo({{QStringLiteral("code"), code}})), context,
        objectDecoder<Api::TwoFactorStatus>(), std::move(done));
}

ApiReply* AccountEndpoint::authenticationKey(QObject* context, Done<Api::AuthenticationKey> done)
{
    return Endpoint::deliver<Api::AuthenticationKey>(m_client.get(AuthKeyPath), context,
                                                     objectDecoder<Api::AuthenticationKey>(), std::move(done));
}

ApiReply* AccountEndpoint::generateAuthenticationKey(const Api::Proof& proof, qint64 graceSeconds, QObject* context,
                                                     Done<Api::IssuedAuthenticationKey> done)
{
    QJsonObject body;
    if (graceSeconds > 0)
        body.insert(QStringLiteral("grace_seconds"), graceSeconds);
    return Endpoint::deliver<Api::IssuedAuthenticationKey>(m_client.post(AuthKeyPath, proof.addedTo(body)), context,
                                                           objectDecoder<Api::IssuedAuthenticationKey>(),
                                                           std::move(done));
}

ApiReply* AccountEndpoint::regenerateRecoveryCodes(const Api::Proof& proof, QObject* context,
                                                   Done<Api::RecoveryCodes> done)
{
    return Endpoint::deliver<Api::RecoveryCodes>(
        m_client.post(QStringLiteral("v1/me/2fa/recovery-codes"), proof.addedTo({})), context,
        objectDecoder<Api::RecoveryCodes>(), std::move(done));
}

ApiReply* AccountEndpoint::deleteAuthenticationKey(QObject* context, Done<Nothing> done)
{
    return Endpoint::deliver<Nothing>(m_client.del(AuthKeyPath), context, deletedDecoder(), std::move(done));
}

ApiReply* HealthEndpoint::probe(QObject* context, Done<Api::Health> done)
{
    return Endpoint::deliver<Api::Health>(m_client.get(QStringLiteral("v1/health")), context,
                                          objectDecoder<Api::Health>(), std::move(done));
}

ApiReply* UsersEndpoint::list(QObject* context, Done<QList<Api::User>> done)
{
    return Endpoint::deliver<QList<Api::User>>(
        m_client.get(QStringLiteral("v1/users")), context,
        [](const QJsonValue& response) -> std::optional<QList<Api::User>> {
            const QJsonValue users = response.toObject().value(QStringLiteral("users"));
            if (!users.isArray())
                return std::nullopt;
            QList<Api::User> list;
            for (const QJsonValue item : users.toArray()) {
                std::optional<Api::User> user = Api::User::fromJson(item.toObject());
                if (!user)
                    return std::nullopt;
                list.append(std::move(*user));
            }
            return list;
        },
        std::move(done));
}

ApiReply* UsersEndpoint::create(const Api::NewUser& user, QObject* context, Done<Api::User> done)
{
    return Endpoint::deliver<Api::User>(m_client.post(UsersPath, user.toJson()), context, objectDecoder<Api::User>(),
                                        std::move(done));
}

ApiReply* UsersEndpoint::update(const QString& id, const Api::UserChanges& changes, QObject* context,
                                Done<Api::User> done)
{
    return Endpoint::deliver<Api::User>(m_client.patch(userPath(id), changes.toJson()), context,
                                        objectDecoder<Api::User>(), std::move(done));
}

ApiReply* UsersEndpoint::resetTwoFactor(const QString& id, QObject* context, Done<Api::User> done)
{
    return Endpoint::deliver<Api::User>(m_client.del(userPath(id) + QStringLiteral("/2fa")), context,
                                        objectDecoder<Api::User>(), std::move(done));
}

ApiReply* UsersEndpoint::tenant(QObject* context, Done<Api::Tenant> done)
{
    return Endpoint::deliver<Api::Tenant>(m_client.get(TenantPath), context, objectDecoder<Api::Tenant>(),
                                          std::move(done));
}

ApiReply* UsersEndpoint::updateTenant(const Api::TenantChanges& changes, QObject* context, Done<Api::Tenant> done)
{
    return Endpoint::deliver<Api::Tenant>(m_client.patch(TenantPath, changes.toJson()), context,
                                          objectDecoder<Api::Tenant>(), std::move(done));
}

ApiReply* AuditEndpoint::list(const Api::AuditQuery& query, QObject* context, Done<Api::AuditPage> done)
{
    QUrlQuery q;
    if (!query.userId.isEmpty())
        q.addQueryItem(QStringLiteral("user"), query.userId);
    if (!query.action.isEmpty())
        q.addQueryItem(QStringLiteral("action"), QString::fromLatin1(QUrl::toPercentEncoding(query.action)));
    if (!query.targetId.isEmpty())
        q.addQueryItem(QStringLiteral("target"), QString::fromLatin1(QUrl::toPercentEncoding(query.targetId)));
    if (query.before > 0)
        q.addQueryItem(QStringLiteral("before"), QString::number(query.before));
    if (query.since > 0)
        q.addQueryItem(QStringLiteral("since"),
                       QString::fromLatin1(QUrl::toPercentEncoding(Timestamps::toJson(query.since).toString())));
    if (query.until > 0)
        q.addQueryItem(QStringLiteral("until"),
                       QString::fromLatin1(QUrl::toPercentEncoding(Timestamps::toJson(query.until).toString())));
    if (query.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    return Endpoint::deliver<Api::AuditPage>(m_client.get(QStringLiteral("v1/audit"), q), context,
                                             objectDecoder<Api::AuditPage>(), std::move(done));
}

QString WebhooksEndpoint::path(const QString& id, const QString& rest)
{
    QString path = WebhooksPath + QLatin1Char('/') + pathSegment(id);
    if (!rest.isEmpty())
        path += QLatin1Char('/') + rest;
    return path;
}

ApiReply* WebhooksEndpoint::list(QObject* context, Done<QList<Api::Webhook>> done)
{
    return Endpoint::deliver<QList<Api::Webhook>>(
        m_client.get(WebhooksPath), context,
        [](const QJsonValue& response) -> std::optional<QList<Api::Webhook>> {
            const QJsonValue webhooks = response.toObject().value(QStringLiteral("webhooks"));
            if (!webhooks.isArray())
                return std::nullopt;
            QList<Api::Webhook> list;
            for (const QJsonValue item : webhooks.toArray()) {
                std::optional<Api::Webhook> webhook = Api::Webhook::fromJson(item.toObject());
                if (!webhook)
                    return std::nullopt;
                list.append(std::move(*webhook));
            }
            return list;
        },
        std::move(done));
}

ApiReply* WebhooksEndpoint::get(const QString& id, QObject* context, Done<Api::Webhook> done)
{
    return Endpoint::deliver<Api::Webhook>(m_client.get(path(id)), context, objectDecoder<Api::Webhook>(),
                                           std::move(done));
}

ApiReply* WebhooksEndpoint::create(const Api::WebhookDraft& draft, QObject* context, Done<Api::IssuedWebhook> done)
{
    return Endpoint::deliver<Api::IssuedWebhook>(m_client.post(WebhooksPath, draft.toJson()), context,
                                                 objectDecoder<Api::IssuedWebhook>(), std::move(done));
}

ApiReply* WebhooksEndpoint::update(const QString& id, const Api::WebhookChanges& changes, QObject* context,
                                   Done<Api::Webhook> done)
{
    return Endpoint::deliver<Api::Webhook>(m_client.patch(path(id), changes.toJson()), context,
                                           objectDecoder<Api::Webhook>(), std::move(done));
}

ApiReply* WebhooksEndpoint::remove(const QString& id, QObject* context, Done<Nothing> done)
{
    return Endpoint::deliver<Nothing>(m_client.del(path(id)), context, deletedDecoder(), std::move(done));
}

ApiReply* WebhooksEndpoint::rotateSecret(const QString& id, QObject* context, Done<Api::IssuedWebhook> done)
{
    return Endpoint::deliver<Api::IssuedWebhook>(m_client.post(path(id, QStringLiteral("rotate-secret"))), context,
                                                 objectDecoder<Api::IssuedWebhook>(), std::move(done));
}

ApiReply* WebhooksEndpoint::deliveries(const QString& webhookId, const QString& cursor, int limit, QObject* context,
                                       Done<Api::WebhookDeliveryPage> done)
{
    QUrlQuery q;
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    return Endpoint::deliver<Api::WebhookDeliveryPage>(m_client.get(path(webhookId, QStringLiteral("deliveries")), q),
                                                       context, objectDecoder<Api::WebhookDeliveryPage>(),
                                                       std::move(done));
}

ApiReply* WebhooksEndpoint::redeliver(const QString& webhookId, const QString& deliveryId, QObject* context,
                                      Done<Api::WebhookDelivery> done)
{
    const QString rest = QStringLiteral("deliveries/") + pathSegment(deliveryId) + QStringLiteral("/redeliver");
    return Endpoint::deliver<Api::WebhookDelivery>(m_client.post(path(webhookId, rest)), context,
                                                   objectDecoder<Api::WebhookDelivery>(), std::move(done));
}

ApiReply* WebhooksEndpoint::sendTest(const QString& webhookId, QObject* context, Done<Api::WebhookDelivery> done)
{
    return Endpoint::deliver<Api::WebhookDelivery>(m_client.post(path(webhookId, QStringLiteral("test"))), context,
                                                   objectDecoder<Api::WebhookDelivery>(), std::move(done));
}

} // namespace Keyward
