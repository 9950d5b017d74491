#include "server/http/CredentialReader.h"

#include "core/KeySecret.h"

namespace Keyward {

namespace {
Credential classify(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith(KeySecret::prefixFor(KeySecret::Kind::Session)))
        return {Credential::Kind::SessionToken, trimmed};
    return {Credential::Kind::Key, trimmed};
}
} // namespace

Credential readCredential(const ApiRequest& request)
{
    const QByteArray session = request.header("x-auth-token").trimmed();
    if (!session.isEmpty())
        return {Credential::Kind::SessionToken, session};
    QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.size() > 7 && authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        authorization = authorization.mid(7);
    if (Credential c = classify(authorization); c.kind != Credential::Kind::None)
        return c;
    if (Credential c = classify(request.header("ApiKey")); c.kind != Credential::Kind::None)
        return c;
    Credential fromUrl
        = classify(request.query.queryItemValue(QStringLiteral("ApiKey"), QUrl::FullyDecoded).toLatin1());
    if (fromUrl.kind == Credential::Kind::SessionToken)
        return {Credential::Kind::SessionInUrl, fromUrl.value};
    return fromUrl;
}

} // namespace Keyward
