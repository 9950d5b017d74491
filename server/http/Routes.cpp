#include "server/http/Routes.h"

#include "core/JsonReader.h"
#include "server/http/CredentialReader.h"

namespace Keyward {

namespace {

using Authed = std::function<ServiceResult(const Principal&, const ApiRequest&)>;

// The verify hot path's body is almost always exactly {"key":"kw_..."}: read that without a JSON parser. Anything
// else (spaces, escapes, other fields) goes through the strict JsonReader.
QByteArray quickKeyField(const QByteArray& body)
{
    static const QByteArray open = QByteArrayLiteral(R"({"key":")");
    static const QByteArray close = QByteArrayLiteral(R"("})");
    if (body.size() <= open.size() + close.size() || !body.startsWith(open) || !body.endsWith(close))
        return {};
    const QByteArray value = body.mid(open.size(), body.size() - open.size() - close.size());
    for (const char c : value) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'))
            return {};
    }
    return value;
}

// Wraps a handler so that it runs only for an authenticated caller; otherwise answers the 401/429 that says why.
Router::Handler authed(Authenticator& authenticator, const Clock& clock, Authed handler)
{
    return [&authenticator, &clock, handler = std::move(handler)](const ApiRequest& request) {
        const Authenticator::Outcome auth = authenticator.authenticate(readCredential(request), request.clientAddress);
        ServiceResult result = auth.error.isNull() ? handler(auth.principal, request) : ServiceResult::fail(auth.error);
        RateLimiter::appendHeaders(result.headers, auth.rate, clock.now());
        return result;
    };
}

} // namespace

void registerRoutes(Router& r, RouteServices s)
{
    // A refusal that came from not reaching the database (a user "not found", a session "unknown") would be a lie:
    // it is told as what it is, a 503 to retry, so that clients neither sign their user out nor give up.
    Storage& storage = s.context.storage;
    r.setWrapper([&storage](const Router::Route& route, const ApiRequest& request) {
        storage.clearUnreachable();
        ServiceResult result = route.handler(request);
        if (storage.unreachable() && (result.status < 200 || result.status > 299))
            result = ServiceResult::fail(ApiError::storageUnavailable());
        return result;
    });

    using T = Router::Thread;
    Authenticator& a = s.authenticator;
    const Clock& c = s.context.clock;

    const KeyIndex& index = s.context.keyIndex;
    const KeyEvents& events = s.context.keyEvents;
    r.add("GET", QStringLiteral("/v1/health"), [&index, &events, &storage](const ApiRequest&) {
        // Answers while the key index still loads at start (verification then asks the database), and while the
        // database is away (verification answers from the index). Asks the database nothing.
        return ServiceResult::of(
            QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("database"),
                          storage.lastCallReached() ? QStringLiteral("ok") : QStringLiteral("unreachable")},
                         {QStringLiteral("key_index"),
                          QJsonObject {{QStringLiteral("ready"), index.isLoaded()},
                                       {QStringLiteral("secrets"), index.size()},
                                       {QStringLiteral("database_lookups"), index.databaseLookups()}}},
                         {QStringLiteral("key_events"),
                          QJsonObject {{QStringLiteral("listening"), events.isListening()},
                                       {QStringLiteral("position"), events.position()}}}});
    });

    // Auth
    r.add(
        "POST", QStringLiteral("/v1/auth/login"),
        [s](const ApiRequest& q) { return s.auth.login(q.body, q.clientAddress); }, T::Worker);
    r.add("POST", QStringLiteral("/v1/auth/login/token"),
          [s](const ApiRequest& q) { return s.auth.loginWithKey(q.body, q.clientAddress); });
    r.add("GET", QStringLiteral("/v1/auth/refresh/{token}"),
          [s](const ApiRequest& q) { return s.auth.refresh(q.params.at(0).toLatin1(), q.clientAddress); });
    r.add("POST", QStringLiteral("/v1/auth/refresh"),
          [s](const ApiRequest& q) { return s.auth.refreshFromBody(q.body, q.clientAddress); });
    r.add("POST", QStringLiteral("/v1/auth/logout"),
          authed(a, c, [s](const Principal& p, const ApiRequest&) { return s.auth.logout(p); }));

    // Me
    r.add("GET", QStringLiteral("/v1/me"),
          authed(a, c, [s](const Principal& p, const ApiRequest&) { return s.account.me(p); }));
    // Routes that may check a password (step-up) run on the workers: argon2 must not stall verification.
    r.add("PATCH", QStringLiteral("/v1/me"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.account.updateMe(p, q.body); }),
          T::Worker);
    r.add("POST", QStringLiteral("/v1/me/password"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.account.changePassword(p, q.body); }),
          T::Worker);
    r.add("POST", QStringLiteral("/v1/me/2fa"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.account.enrolTotp(p, q.body); }),
          T::Worker);
    r.add("POST", QStringLiteral("/v1/me/2fa/confirm"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.account.confirmTotp(p, q.body); }));
    r.add("DELETE", QStringLiteral("/v1/me/2fa"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.account.disableTotp(p, q.body); }),
          T::Worker);
    r.add("GET", QStringLiteral("/v1/me/auth-key"),
          authed(a, c, [s](const Principal& p, const ApiRequest&) { return s.account.authenticationKey(p); }));
    r.add(
        "POST", QStringLiteral("/v1/me/auth-key"),
        authed(a, c,
               [s](const Principal& p, const ApiRequest& q) { return s.account.generateAuthenticationKey(p, q.body); }),
        T::Worker);
    r.add("DELETE", QStringLiteral("/v1/me/auth-key"),
          authed(a, c, [s](const Principal& p, const ApiRequest&) { return s.account.deleteAuthenticationKey(p); }));

    // API keys
    r.add("GET", QStringLiteral("/v1/api-keys"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.keys.list(p, q.query); }));
    r.add("POST", QStringLiteral("/v1/api-keys"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.keys.create(p, q.body); }));
    r.add("GET", QStringLiteral("/v1/api-keys/{id}"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.keys.get(p, q.params.at(0)); }));
    r.add("PATCH", QStringLiteral("/v1/api-keys/{id}"), authed(a, c, [s](const Principal& p, const ApiRequest& q) {
              return s.keys.update(p, q.params.at(0), q.body);
          }));
    r.add("DELETE", QStringLiteral("/v1/api-keys/{id}"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.keys.remove(p, q.params.at(0)); }));
    r.add("POST", QStringLiteral("/v1/api-keys/{id}/revoke"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.keys.revoke(p, q.params.at(0)); }));
    r.add("POST", QStringLiteral("/v1/api-keys/{id}/reactivate"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.keys.reactivate(p, q.params.at(0)); }));
    r.add("POST", QStringLiteral("/v1/api-keys/{id}/rotate"),
          authed(a, c,
                 [s](const Principal& p, const ApiRequest& q) { return s.keys.rotate(p, q.params.at(0), q.body); }));

    // Verify (the hot path for the users' own services)
    r.add("POST", QStringLiteral("/v1/keys/verify"), [s](const ApiRequest& q) {
        QByteArray key = quickKeyField(q.body);
        if (key.isEmpty() && !q.body.trimmed().isEmpty()) {
            JsonReader reader(q.body, {"key"});
            key = reader.optionalString("key", {}, 256).toLatin1();
            if (!reader.ok())
                return ServiceResult::fail(reader.error());
        }
        if (key.isEmpty()) {
            const Credential presented = readCredential(q);
            if (presented.kind == Credential::Kind::Key)
                key = presented.value;
        }
        if (key.isEmpty())
            return ServiceResult::fail({401, QLatin1String(ErrorCode::MissingApiKey),
                                        QStringLiteral("API key is required"),
                                        QJsonObject {{QStringLiteral("header"), QStringLiteral("Authorization")}}});
        return s.keys.verify(key, q.clientAddress);
    });

    // Users, tenant, audit
    r.add("GET", QStringLiteral("/v1/users"),
          authed(a, c, [s](const Principal& p, const ApiRequest&) { return s.users.list(p); }));
    r.add("POST", QStringLiteral("/v1/users"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.users.create(p, q.body); }), T::Worker);
    r.add("PATCH", QStringLiteral("/v1/users/{id}"), authed(a, c, [s](const Principal& p, const ApiRequest& q) {
              return s.users.update(p, q.params.at(0), q.body);
          }));
    r.add("DELETE", QStringLiteral("/v1/users/{id}/2fa"), authed(a, c, [s](const Principal& p, const ApiRequest& q) {
              return s.users.resetTwoFactor(p, q.params.at(0));
          }));
    r.add("GET", QStringLiteral("/v1/tenant"),
          authed(a, c, [s](const Principal& p, const ApiRequest&) { return s.users.tenant(p); }));
    r.add("PATCH", QStringLiteral("/v1/tenant"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.users.updateTenant(p, q.body); }));
    r.add("GET", QStringLiteral("/v1/audit"),
          authed(a, c, [s](const Principal& p, const ApiRequest& q) { return s.users.audit(p, q.query); }));

    if (s.testClock) {
        r.add("POST", QStringLiteral("/v1/test/clock"), [s](const ApiRequest& q) {
            JsonReader reader(q.body, {"advance_seconds"});
            const qint64 seconds = reader.optionalInteger("advance_seconds").value_or(0);
            if (!reader.ok())
                return ServiceResult::fail(reader.error());
            if (seconds < 0 || seconds > 100LL * 365 * 24 * 3600)
                return ServiceResult::fail(
                    ApiError::validation(QStringLiteral("advance_seconds"),
                                         QStringLiteral("The clock only moves forward, at most 100 years")));
            s.context.clock.advance(seconds * 1000);
            return ServiceResult::of(QJsonObject {{QStringLiteral("offset_seconds"), s.context.clock.offset() / 1000}});
        });
    }
}

} // namespace Keyward
