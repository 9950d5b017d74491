#include "server/http/Routes.h"

#include "server/http/CredentialReader.h"
#include "server/http/EnvelopeWriter.h"
#include "server/http/RequestDecoder.h"
#include "server/http/VerifyAnswer.h"
#include "server/service/Access.h"

#include <QJsonDocument>

namespace Keyward {

namespace {

using Authed = std::function<ApiResponse(const Principal&, const ApiRequest&)>;

// Wraps a handler so that it runs only for an authenticated caller who meets the route's requirement; otherwise
// answers the 401/429 (authentication) or 403 (requirement) that says why. The requirement is checked before the
// request is decoded: a caller who may not do this learns nothing about the body's problems.
Router::Handler authed(Authenticator& authenticator, const Clock& clock, Requirement requirement, Authed handler)
{
    return [&authenticator, &clock, requirement, handler = std::move(handler)](const ApiRequest& request) {
        const Authenticator::Outcome auth = authenticator.authenticate(readCredential(request), request.clientAddress);
        ApiResponse response;
        if (!auth.error.isNull())
            response = ApiResponse::failure(auth.error);
        else if (const ApiError refused = Access::check(auth.principal, requirement); !refused.isNull())
            response = ApiResponse::failure(refused);
        else
            response = handler(auth.principal, request);
        response.addRateLimit(auth.rate, clock.now());
        return response;
    };
}

// Runs `call` with the decoded command, or answers the decoding error (400) without calling it.
template<typename Command, typename Call> ApiResponse decoded(const Outcome<Command>& command, Call call)
{
    return command.ok() ? call(command.value()) : ApiResponse::failure(command.error());
}

// A new session: its token goes in x-auth-token, never in the body.
ApiResponse signedIn(const Outcome<SignIn>& signIn)
{
    if (!signIn.ok())
        return ApiResponse::failure(signIn.error());
    return ApiResponse::success(signIn->response).withHeader(QByteArrayLiteral("x-auth-token"), signIn->sessionToken);
}

constexpr int Created = 201;
constexpr int Accepted = 202;

} // namespace

void registerRoutes(Router& r, RouteServices s)
{
    // A refusal that came from not reaching the database (a user "not found", a session "unknown") would be a lie:
    // it is told as what it is, a 503 to retry, so that clients neither sign their user out nor give up.
    Storage& storage = s.context.storage;
    r.setWrapper([&storage](const Router::Route& route, const ApiRequest& request) {
        storage.clearUnreachable();
        ApiResponse response = route.handler(request);
        if (storage.unreachable() && !response.isSuccess())
            response = ApiResponse::failure(ApiError::storageUnavailable());
        return response;
    });

    using T = Router::Thread;
    namespace Decode = RequestDecoder;
    Authenticator& a = s.authenticator;
    const Clock& c = s.context.clock;

    const KeyIndex& index = s.context.keyIndex;
    const KeyEvents& events = s.context.keyEvents;
    r.add("GET", QStringLiteral("/v1/health"), [&index, &events, &storage](const ApiRequest&) {
        // Answers while the key index still loads at start (verification then asks the database), and while the
        // database is away (verification answers from the index). Asks the database nothing.
        return ApiResponse::success(
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
        [s](const ApiRequest& q) {
            return decoded(Decode::login(q.body), [&](const LoginCommand& command) {
                return signedIn(s.auth.login(command, q.clientAddress));
            });
        },
        T::Worker);
    r.add("POST", QStringLiteral("/v1/auth/login/token"), [s](const ApiRequest& q) {
        return decoded(Decode::keyLogin(q.body), [&](const QString& key) {
            const KeySignIn signIn = s.auth.loginWithKey(key, q.clientAddress);
            ApiResponse response = signedIn(signIn.session);
            response.addRateLimit(signIn.rate, s.context.clock.now());
            return response;
        });
    });
    r.add("GET", QStringLiteral("/v1/auth/refresh/{token}"),
          [s](const ApiRequest& q) { return signedIn(s.auth.refresh(q.params.at(0).toLatin1(), q.clientAddress)); });
    r.add("POST", QStringLiteral("/v1/auth/refresh"), [s](const ApiRequest& q) {
        return decoded(Decode::refreshToken(q.body),
                       [&](const QByteArray& token) { return signedIn(s.auth.refresh(token, q.clientAddress)); });
    });
    r.add("POST", QStringLiteral("/v1/auth/logout"),
          authed(a, c, Require::authenticated(),
                 [s](const Principal& p, const ApiRequest&) { return ApiResponse::of(s.auth.logout(p)); }));

    // Me
    r.add("GET", QStringLiteral("/v1/me"),
          authed(a, c, Require::scope(Scope::Read),
                 [s](const Principal& p, const ApiRequest&) { return ApiResponse::of(s.account.me(p)); }));
    // Routes that may check a password (step-up) run on the workers: argon2 must not stall verification.
    r.add("PATCH", QStringLiteral("/v1/me"),
          authed(a, c, Require::scope(Scope::Write),
                 [s](const Principal& p, const ApiRequest& q) {
                     return decoded(Decode::updateMe(q.body), [&](const UpdateMeCommand& command) {
                         return ApiResponse::of(s.account.updateMe(p, command));
                     });
                 }),
          T::Worker);
    r.add("POST", QStringLiteral("/v1/me/password"),
          authed(a, c, Require::interactive(),
                 [s](const Principal& p, const ApiRequest& q) {
                     return decoded(Decode::passwordChange(q.body), [&](const PasswordChangeCommand& command) {
                         return ApiResponse::of(s.account.changePassword(p, command));
                     });
                 }),
          T::Worker);
    r.add("POST", QStringLiteral("/v1/me/2fa"),
          authed(a, c, Require::interactive(),
                 [s](const Principal& p, const ApiRequest& q) {
                     return decoded(Decode::stepUpProof(q.body), [&](const IdentityCheck::Proof& proof) {
                         return ApiResponse::of(s.account.enrolTotp(p, proof));
                     });
                 }),
          T::Worker);
    r.add("POST", QStringLiteral("/v1/me/2fa/confirm"),
          authed(a, c, Require::interactive(), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::totpConfirmation(q.body),
                             [&](const QString& code) { return ApiResponse::of(s.account.confirmTotp(p, code)); });
          }));
    r.add("POST", QStringLiteral("/v1/me/2fa/recovery-codes"),
          authed(a, c, Require::interactive(),
                 [s](const Principal& p, const ApiRequest& q) {
                     return decoded(Decode::stepUpProof(q.body), [&](const IdentityCheck::Proof& proof) {
                         return ApiResponse::of(s.account.regenerateRecoveryCodes(p, proof), Created);
                     });
                 }),
          T::Worker);
    r.add("DELETE", QStringLiteral("/v1/me/2fa"),
          authed(a, c, Require::interactive(),
                 [s](const Principal& p, const ApiRequest& q) {
                     return decoded(Decode::totpDisable(q.body), [&](const TotpDisableCommand& command) {
                         return ApiResponse::of(s.account.disableTotp(p, command));
                     });
                 }),
          T::Worker);
    r.add("GET", QStringLiteral("/v1/me/auth-key"),
          authed(a, c, Require::scope(Scope::Read), [s](const Principal& p, const ApiRequest&) {
              return ApiResponse::of(s.account.authenticationKey(p));
          }));
    // A secret of the authentication key still in its grace period must not mint the only live one.
    r.add("POST", QStringLiteral("/v1/me/auth-key"),
          authed(a, c, Require::interactiveCurrentSecret(),
                 [s](const Principal& p, const ApiRequest& q) {
                     return decoded(Decode::authKey(q.body), [&](const AuthKeyCommand& command) {
                         return ApiResponse::of(s.account.generateAuthenticationKey(p, command), Created);
                     });
                 }),
          T::Worker);
    r.add("DELETE", QStringLiteral("/v1/me/auth-key"),
          authed(a, c, Require::interactive(), [s](const Principal& p, const ApiRequest&) {
              return ApiResponse::of(s.account.deleteAuthenticationKey(p));
          }));

    // API keys
    r.add("GET", QStringLiteral("/v1/api-keys"),
          authed(a, c, Require::scope(Scope::Read), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::listKeys(q.query), [&](const ListKeysQuery& query) {
                  // Up to 1000 keys: written straight into the envelope.
                  const Outcome<KeyListing> listing = s.keys.list(p, query);
                  return listing.ok() ? ApiResponse::written(EnvelopeWriter::keyListing(listing.value()))
                                      : ApiResponse::failure(listing.error());
              });
          }));
    // Minting a secret takes a current one: a rotated-out secret in its grace period must not outlive the rotation.
    r.add("POST", QStringLiteral("/v1/api-keys"),
          authed(a, c, Require::currentSecret(Scope::Write), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::createKey(q.body), [&](const CreateKeyCommand& command) {
                  return ApiResponse::of(s.keys.create(p, command), Created);
              });
          }));
    r.add("GET", QStringLiteral("/v1/api-keys/{id}"),
          authed(a, c, Require::scope(Scope::Read), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.keys.get(p, q.params.at(0)));
          }));
    r.add("PATCH", QStringLiteral("/v1/api-keys/{id}"),
          authed(a, c, Require::scope(Scope::Write), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::updateKey(q.body), [&](const UpdateKeyCommand& command) {
                  return ApiResponse::of(s.keys.update(p, q.params.at(0), command));
              });
          }));
    r.add("DELETE", QStringLiteral("/v1/api-keys/{id}"),
          authed(a, c, Require::scope(Scope::Write), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.keys.remove(p, q.params.at(0)));
          }));
    r.add("POST", QStringLiteral("/v1/api-keys/{id}/revoke"),
          authed(a, c, Require::scope(Scope::Write), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.keys.revoke(p, q.params.at(0)));
          }));
    r.add("POST", QStringLiteral("/v1/api-keys/{id}/reactivate"),
          authed(a, c, Require::scope(Scope::Write), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.keys.reactivate(p, q.params.at(0)));
          }));
    r.add("POST", QStringLiteral("/v1/api-keys/{id}/rotate"),
          authed(a, c, Require::scope(Scope::Write), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::rotateKey(q.body), [&](const RotateKeyCommand& command) {
                  return ApiResponse::of(s.keys.rotate(p, q.params.at(0), command));
              });
          }));

    // Verify (the hot path for the users' own services)
    r.add("POST", QStringLiteral("/v1/keys/verify"), [s](const ApiRequest& q) {
        return decoded(Decode::verifiedKey(q), [&](const QByteArray& key) {
            return verifyAnswer(s.keys.verify(key, q.clientAddress), s.context.clock.now());
        });
    });

    // Users, tenant, audit
    r.add("GET", QStringLiteral("/v1/users"),
          authed(a, c, Require::tenantReader(),
                 [s](const Principal& p, const ApiRequest&) { return ApiResponse::of(s.users.list(p)); }));
    r.add("POST", QStringLiteral("/v1/users"),
          authed(a, c, Require::admin(),
                 [s](const Principal& p, const ApiRequest& q) {
                     return decoded(Decode::createUser(q.body), [&](const CreateUserCommand& command) {
                         return ApiResponse::of(s.users.create(p, command), Created);
                     });
                 }),
          T::Worker);
    r.add("PATCH", QStringLiteral("/v1/users/{id}"),
          authed(a, c, Require::admin(), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::updateUser(q.body), [&](const UpdateUserCommand& command) {
                  return ApiResponse::of(s.users.update(p, q.params.at(0), command));
              });
          }));
    r.add("DELETE", QStringLiteral("/v1/users/{id}/2fa"),
          authed(a, c, Require::admin(), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.users.resetTwoFactor(p, q.params.at(0)));
          }));
    r.add("GET", QStringLiteral("/v1/tenant"),
          authed(a, c, Require::scope(Scope::Read),
                 [s](const Principal& p, const ApiRequest&) { return ApiResponse::of(s.users.tenant(p)); }));
    r.add("PATCH", QStringLiteral("/v1/tenant"),
          authed(a, c, Require::admin(), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::updateTenant(q.body), [&](const UpdateTenantCommand& command) {
                  return ApiResponse::of(s.users.updateTenant(p, command));
              });
          }));
    r.add("GET", QStringLiteral("/v1/audit"),
          authed(a, c, Require::scope(Scope::Read), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::listAudit(q.query),
                             [&](const ListAuditQuery& query) { return ApiResponse::of(s.users.audit(p, query)); });
          }));

    // Webhooks: admins and webhook-scoped keys manage them; support (and a support's webhook-scoped key) reads them.
    r.add("GET", QStringLiteral("/v1/webhooks"),
          authed(a, c, Require::webhookReader(),
                 [s](const Principal& p, const ApiRequest&) { return ApiResponse::of(s.webhooks.list(p)); }));
    // Creating and rotating mint a signing secret: not with a key secret in its grace period.
    r.add("POST", QStringLiteral("/v1/webhooks"),
          authed(a, c, Require::webhookManager(true), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::createWebhook(q.body), [&](const CreateWebhookCommand& command) {
                  return ApiResponse::of(s.webhooks.create(p, command), Created);
              });
          }));
    r.add("GET", QStringLiteral("/v1/webhooks/{id}"),
          authed(a, c, Require::webhookReader(), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.webhooks.get(p, q.params.at(0)));
          }));
    r.add("PATCH", QStringLiteral("/v1/webhooks/{id}"),
          authed(a, c, Require::webhookManager(), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::updateWebhook(q.body), [&](const UpdateWebhookCommand& command) {
                  return ApiResponse::of(s.webhooks.update(p, q.params.at(0), command));
              });
          }));
    r.add("DELETE", QStringLiteral("/v1/webhooks/{id}"),
          authed(a, c, Require::webhookManager(), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.webhooks.remove(p, q.params.at(0)));
          }));
    r.add("POST", QStringLiteral("/v1/webhooks/{id}/rotate-secret"),
          authed(a, c, Require::webhookManager(true), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.webhooks.rotateSecret(p, q.params.at(0)));
          }));
    r.add("GET", QStringLiteral("/v1/webhooks/{id}/deliveries"),
          authed(a, c, Require::webhookReader(), [s](const Principal& p, const ApiRequest& q) {
              return decoded(Decode::listDeliveries(q.query), [&](const ListDeliveriesQuery& query) {
                  return ApiResponse::of(s.webhooks.deliveries(p, q.params.at(0), query));
              });
          }));
    r.add("POST", QStringLiteral("/v1/webhooks/{id}/deliveries/{delivery}/redeliver"),
          authed(a, c, Require::webhookManager(), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.webhooks.redeliver(p, q.params.at(0), q.params.at(1)), Accepted);
          }));
    r.add("POST", QStringLiteral("/v1/webhooks/{id}/test"),
          authed(a, c, Require::webhookManager(), [s](const Principal& p, const ApiRequest& q) {
              return ApiResponse::of(s.webhooks.sendTest(p, q.params.at(0)), Accepted);
          }));

    // GitHub secret scanning: authenticated by GitHub's signature over the raw body (no Keyward credential), checked
    // before the body is read. The answer is GitHub's own feedback array, not Keyward's envelope. On a worker: up
    // to 1000 tokens, each a lookup and, for a live key, a transaction.
    r.add(
        "POST", QStringLiteral("/v1/secret-scanning/github"),
        [s](const ApiRequest& q) {
            if (const ApiError refused = s.leaks.checkSignature(q.header("Github-Public-Key-Identifier"),
                                                                q.header("Github-Public-Key-Signature"), q.body);
                !refused.isNull())
                return ApiResponse::failure(refused);
            return decoded(Decode::leakReports(q.body), [&](const QList<LeakReport>& reports) {
                const Outcome<QJsonArray> feedback = s.leaks.report(reports, q.clientAddress);
                return feedback.ok()
                    ? ApiResponse::written(QJsonDocument(feedback.value()).toJson(QJsonDocument::Compact))
                    : ApiResponse::failure(feedback.error());
            });
        },
        T::Worker);

    if (s.testClock) {
        r.add("POST", QStringLiteral("/v1/test/clock"), [s](const ApiRequest& q) {
            return decoded(Decode::clockAdvance(q.body), [&](qint64 seconds) {
                s.context.clock.advance(seconds * 1000);
                return ApiResponse::success(
                    QJsonObject {{QStringLiteral("offset_seconds"), s.context.clock.offset() / 1000}});
            });
        });
    }
}

} // namespace Keyward
