#pragma once

#include "server/http/ApiRequest.h"
#include "server/service/Commands.h"
#include "server/service/LeakReportService.h"
#include "server/service/Outcome.h"

#include <QUrlQuery>

namespace Keyward {

// From the bytes of a request to the typed command its route hands to a service. Bodies go through the strict
// JsonReader (a JSON object, no unknown members, each member's type and length), queries through their own rules:
// a request that does not decode is answered 400 before any service sees it, with the same error as always.
namespace RequestDecoder {
// GET /v1/api-keys?user=&status=&q=&expiring_within_days=&sort=&limit=&cursor=
Outcome<ListKeysQuery> listKeys(const QUrlQuery& query);
Outcome<CreateKeyCommand> createKey(const QByteArray& body);
Outcome<UpdateKeyCommand> updateKey(const QByteArray& body);
Outcome<RotateKeyCommand> rotateKey(const QByteArray& body); // an empty body is {}
// POST /v1/keys/verify: {"key": …}, or (empty body) the key in the request's credential headers; 401 without one.
Outcome<QByteArray> verifiedKey(const ApiRequest& request);

Outcome<LoginCommand> login(const QByteArray& body);
Outcome<QString> keyLogin(const QByteArray& body); // {"personal-access-token": …}
Outcome<QByteArray> refreshToken(const QByteArray& body); // {"refresh_token": …}

Outcome<UpdateMeCommand> updateMe(const QByteArray& body);
Outcome<PasswordChangeCommand> passwordChange(const QByteArray& body);
// A body that is only a step-up proof, {"password": …, "otp": …}, or empty.
Outcome<IdentityCheck::Proof> stepUpProof(const QByteArray& body);
// POST /v1/me/auth-key: a step-up proof and grace_seconds, or empty.
Outcome<AuthKeyCommand> authKey(const QByteArray& body);
Outcome<QString> totpConfirmation(const QByteArray& body); // {"code": …}
Outcome<TotpDisableCommand> totpDisable(const QByteArray& body);

Outcome<CreateUserCommand> createUser(const QByteArray& body);
Outcome<UpdateUserCommand> updateUser(const QByteArray& body);
Outcome<UpdateTenantCommand> updateTenant(const QByteArray& body);
Outcome<CreateWebhookCommand> createWebhook(const QByteArray& body);
Outcome<UpdateWebhookCommand> updateWebhook(const QByteArray& body); // at least one member
// GET /v1/audit?user=&action=&before=&limit=
Outcome<ListAuditQuery> listAudit(const QUrlQuery& query);
Outcome<ListDeliveriesQuery> listDeliveries(const QUrlQuery& query);

// POST /v1/secret-scanning/github: GitHub's report, a JSON array (RFC 8259, as strictly as every body) of at most
// LeakReport::MaxItems objects, each with a "token" string and optional "type", "url" and "source" strings. Members
// GitHub may add later are ignored, so that a new one does not make every report fail.
Outcome<QList<LeakReport>> leakReports(const QByteArray& body);

// POST /v1/test/clock {"advance_seconds": …} (--test-clock only): the seconds to move the clock on.
Outcome<qint64> clockAdvance(const QByteArray& body);
} // namespace RequestDecoder

} // namespace Keyward
