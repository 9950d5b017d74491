#include "core/ApiClient.h"

#include "core/Timestamps.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>
#include <sodium.h>
#include <utility>

Q_LOGGING_CATEGORY(lcApi, "keyward.core.api", QtInfoMsg)

namespace Keyward {

namespace {

constexpr std::chrono::seconds RefreshRetryDelay {30}; // after a refresh that failed for a reason other than 401
const QByteArray SessionHeader = QByteArrayLiteral("x-auth-token");

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty() && secret.isDetached())
        sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isSessionProblem(const ApiError& error)
{
    return error.status == 401
        && (error.code == QLatin1String(ErrorCode::ExpiredToken)
            || error.code == QLatin1String(ErrorCode::InvalidToken));
}

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refreshSession(); });
    m_endingTimer.setSingleShot(true);
    connect(&m_endingTimer, &QTimer::timeout, this, [this] {
        if (hasSession() && m_tokens.refresh.isEmpty())
            emit sessionEnding(m_tokens.expiresAt);
    });
}

ApiClient::~ApiClient()
{
    // Replies first, while the manager and its network replies still exist.
    qDeleteAll(findChildren<ApiReply*>(QString(), Qt::FindDirectChildrenOnly));
    wipe(m_tokens.session);
    wipe(m_tokens.refresh);
    wipe(m_apiKey);
}

void ApiClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

void ApiClient::setRefreshMargin(std::chrono::milliseconds margin)
{
    const std::chrono::milliseconds longest = std::chrono::milliseconds(SessionLifetime) - std::chrono::seconds(1);
    m_refreshMargin = std::clamp(margin, std::chrono::milliseconds(0), longest);
    scheduleRefresh();
}

void ApiClient::setEndingWarning(std::chrono::milliseconds warning)
{
    m_endingWarning = std::max(warning, std::chrono::milliseconds(0));
    scheduleRefresh();
}

void ApiClient::setApiKey(const QByteArray& key)
{
    wipe(m_apiKey);
    m_apiKey = key;
}

void ApiClient::setTokens(const QByteArray& session, const QByteArray& refresh, const QDateTime& expiresAt)
{
    if (session.isEmpty()) {
        clearSession();
        return;
    }
    m_email.clear();
    storeTokens(session, refresh, expiresAt);
}

void ApiClient::clearSession()
{
    dropSession();
}

ApiReply* ApiClient::login(const QString& email, const QString& password, const QString& otp,
                           const QString& recoveryCode)
{
    QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!otp.isEmpty())
        body.insert(QStringLiteral("otp"), otp);
    if (!recoveryCode.isEmpty())
        body.insert(QStringLiteral("recovery_code"), recoveryCode);
    ApiReply* reply = request("POST", QStringLiteral("v1/auth/login"), {}, compact(body), ApiReply::Credential::None);
    reply->m_onSuccess = [this](ApiReply& r, QJsonValue& response) {
        const QJsonValue left = response.toObject().value(QStringLiteral("recovery_codes_remaining"));
        m_recoveryCodesRemaining = left.isDouble() ? left.toInt() : -1;
        return adoptSession(r, response, true);
    };
    return reply;
}

ApiReply* ApiClient::loginWithKey(const QByteArray& key)
{
    const QJsonObject body {{QStringLiteral("personal-access-token"), QString::fromUtf8(key)}};
    ApiReply* reply
        = request("POST", QStringLiteral("v1/auth/login/token"), {}, compact(body), ApiReply::Credential::None);
    reply->m_onSuccess = [this](ApiReply& r, QJsonValue& response) { return adoptSession(r, response, false); };
    return reply;
}

ApiReply* ApiClient::refreshSession()
{
    if (m_refresh)
        return m_refresh;
    if (!hasSession() || m_tokens.refresh.isEmpty()) {
        auto* reply = new ApiReply("GET", QStringLiteral("v1/auth/refresh"), {}, {}, ApiReply::Credential::None, this);
        const ApiError error {
            NoHttpStatus, QLatin1String(ErrorCode::InvalidToken), tr("There is no session that could be renewed"), {}};
        QTimer::singleShot(0, reply, [reply, error] { reply->fail(error); });
        return reply;
    }
    m_refreshTimer.stop();
    // The token is base62 (KeySecret); createRequest() sets the path in decoded form, so QUrl encodes what needs it.
    const QString path = QStringLiteral("v1/auth/refresh/") + QString::fromLatin1(m_tokens.refresh);
    auto* reply = new ApiReply("GET", path, {}, {}, ApiReply::Credential::None, this);
    reply->m_logPath = QStringLiteral("v1/auth/refresh/<token>");
    const quint64 serial = m_sessionSerial;
    reply->m_onSuccess = [this, serial](ApiReply& r, QJsonValue& response) {
        // A session that was replaced or signed out meanwhile is not brought back.
        return serial == m_sessionSerial ? adoptSession(r, response, true) : ApiError {};
    };
    connect(reply, &ApiReply::finished, this, [this, serial] { onRefreshDone(serial, {}); });
    connect(reply, &ApiReply::failed, this, [this, serial](const ApiError& error) { onRefreshDone(serial, error); });
    m_refresh = reply;
    qCDebug(lcApi) << "renewing the session";
    send(reply);
    return reply;
}

ApiReply* ApiClient::logout()
{
    ApiReply* reply = request("POST", QStringLiteral("v1/auth/logout"), {}, {}, ApiReply::Credential::Present);
    reply->m_retried = true; // a lapsed session is not renewed just to end it
    dropSession();
    return reply;
}

ApiReply* ApiClient::get(const QString& path, const QUrlQuery& query)
{
    return request("GET", path, query, {}, ApiReply::Credential::Present);
}

ApiReply* ApiClient::post(const QString& path, const QJsonObject& body)
{
    return request("POST", path, {}, compact(body), ApiReply::Credential::Present);
}

ApiReply* ApiClient::patch(const QString& path, const QJsonObject& body)
{
    return request("PATCH", path, {}, compact(body), ApiReply::Credential::Present);
}

ApiReply* ApiClient::del(const QString& path)
{
    return request("DELETE", path, {}, {}, ApiReply::Credential::Present);
}

ApiReply* ApiClient::del(const QString& path, const QJsonObject& body)
{
    return request("DELETE", path, {}, compact(body), ApiReply::Credential::Present);
}

ApiReply* ApiClient::request(const QByteArray& method, const QString& path, const QUrlQuery& query,
                             const QByteArray& body, ApiReply::Credential credential)
{
    auto* reply = new ApiReply(method, path, query, body, credential, this);
    send(reply);
    return reply;
}

void ApiClient::send(ApiReply* reply)
{
    if (!m_baseUrl.isValid() || m_baseUrl.isRelative()) {
        const ApiError error {NoHttpStatus, QLatin1String(ErrorCode::NetworkError), tr("No server address is set"), {}};
        QTimer::singleShot(0, reply, [reply, error] { reply->fail(error); });
        return;
    }
    const QNetworkRequest request = createRequest(*reply);
    QNetworkReply* network = nullptr;
    if (reply->m_method == "GET")
        network = m_manager.get(request);
    else if (reply->m_method == "DELETE" && reply->m_body.isNull())
        network = m_manager.deleteResource(request);
    else if (reply->m_method == "POST")
        network = m_manager.post(request, reply->m_body);
    else
        network = m_manager.sendCustomRequest(request, reply->m_method, reply->m_body);
    reply->m_network = network;
    connect(network, &QNetworkReply::finished, reply, [this, reply, network] { onNetworkFinished(reply, network); });
    if (reply->m_retried)
        qCDebug(lcApi).noquote() << reply->m_method << reply->m_logPath << "(retry)";
    else
        qCDebug(lcApi).noquote() << reply->m_method << reply->m_logPath;
}

// The one place where credentials are added to a request.
QUrl ApiClient::urlFor(const QString& path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    url.setPath(base + relative);
    url.setQuery(QUrlQuery());
    url.setFragment({});
    return url;
}

QNetworkRequest ApiClient::createRequest(ApiReply& reply)
{
    QUrl url = urlFor(reply.m_path);
    url.setQuery(reply.m_query.isEmpty() ? QUrlQuery() : reply.m_query);
    url.setFragment({});

    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    // A redirect to another origin must not carry the session token along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!reply.m_body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    reply.m_sessionSerial = 0;
    if (reply.m_credential == ApiReply::Credential::Present) {
        if (hasSession()) {
            request.setRawHeader(SessionHeader, m_tokens.session);
            reply.m_sessionSerial = m_sessionSerial;
        } else if (!m_apiKey.isEmpty()) {
            request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_apiKey);
        }
    }
    return request;
}

void ApiClient::onNetworkFinished(ApiReply* reply, QNetworkReply* network)
{
    if (reply->m_network == network)
        reply->m_network = nullptr;
    network->disconnect(reply);
    network->deleteLater();
    reply->m_status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->m_headers = network->rawHeaderPairs();

    QJsonValue response;
    ApiError error = decode(*network, reply->m_aborted, &response);
    if (error.isNull() && reply->m_onSuccess)
        error = reply->m_onSuccess(*reply, response);
    if (error.isNull()) {
        qCDebug(lcApi).noquote() << reply->m_method << reply->m_logPath << "->" << reply->m_status;
        reply->succeed(response);
        return;
    }
    qCInfo(lcApi).noquote() << reply->m_method << reply->m_logPath << "->" << error.status << error.code;
    if (retryAfterRefresh(reply, error))
        return;
    reply->fail(error);
}

ApiError ApiClient::decode(QNetworkReply& network, bool aborted, QJsonValue* response) const
{
    const int status = network.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = network.error();
    const QString server
        = network.url()
              .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
              .toDisplayString();
    if (aborted)
        return {NoHttpStatus, QLatin1String(ErrorCode::Canceled), tr("The request was canceled"), {}};
    if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
        return {NoHttpStatus,
                QLatin1String(ErrorCode::Timeout),
                tr("The server at %1 did not answer within %2 s").arg(server).arg(double(m_timeout.count()) / 1000.0),
                {}};
    }
    // Qt also files some HTTP statuses (400, 418) under protocol errors; those have a status and an envelope.
    if (status == 0 && networkError >= QNetworkReply::ProtocolUnknownError
        && networkError <= QNetworkReply::ProtocolFailure) {
        return {NoHttpStatus,
                QLatin1String(ErrorCode::BadResponse),
                tr("The answer from %1 could not be understood: %2").arg(server, network.errorString()),
                {}};
    }
    if (status == 0 || (networkError > QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied)) {
        QString message;
        if (networkError == QNetworkReply::RemoteHostClosedError)
            message = tr("The server at %1 closed the connection without a complete answer").arg(server);
        else if (networkError == QNetworkReply::ConnectionRefusedError)
            message = tr("Could not connect to the server at %1: nothing answers there").arg(server);
        else
            message = tr("Could not reach the server at %1: %2").arg(server, network.errorString());
        return {NoHttpStatus, QLatin1String(ErrorCode::NetworkError), message, {}};
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(network.readAll(), &parseError);
    const QJsonObject envelope = document.object();
    const QJsonValue success = envelope.value(QStringLiteral("success"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !success.isBool()) {
        return {status,
                QLatin1String(ErrorCode::BadResponse),
                tr("The answer from %1 (HTTP %2) is not a Keyward response").arg(server).arg(status),
                {}};
    }
    if (success.toBool() && status >= 200 && status < 300 && envelope.contains(QStringLiteral("response"))) {
        *response = envelope.value(QStringLiteral("response"));
        return {};
    }
    if (!success.toBool() && status >= 400)
        return ApiError::fromJson(status, envelope);
    return {status,
            QLatin1String(ErrorCode::BadResponse),
            tr("The answer from %1 (HTTP %2) contradicts itself").arg(server).arg(status),
            {}};
}

// A request answered 401 EXPIRED_TOKEN / INVALID_TOKEN is sent again once, after the session was renewed.
bool ApiClient::retryAfterRefresh(ApiReply* reply, const ApiError& error)
{
    if (!isSessionProblem(error) || reply->m_credential != ApiReply::Credential::Present || reply->m_sessionSerial == 0
        || reply->m_retried || !hasSession())
        return false;
    reply->m_retried = true;
    if (reply->m_sessionSerial != m_sessionSerial) {
        send(reply); // renewed while this request was under way
        return true;
    }
    if (m_tokens.refresh.isEmpty()) {
        qCWarning(lcApi) << "the session ended and has no refresh token:" << error.code;
        dropSession();
        emit sessionExpired(error);
        return false;
    }
    reply->m_firstError = error;
    m_waitingForRefresh.append(reply);
    refreshSession();
    return true;
}

ApiError ApiClient::adoptSession(ApiReply& reply, QJsonValue& response, bool expectRefreshToken)
{
    QByteArray token = reply.rawHeader(SessionHeader);
    reply.m_headers.removeIf(
        [](const auto& header) { return header.first.compare(SessionHeader, Qt::CaseInsensitive) == 0; });
    if (token.isEmpty()) {
        return {
            reply.m_status, QLatin1String(ErrorCode::BadResponse), tr("The server did not send a session token"), {}};
    }
    QJsonObject object = response.toObject();
    QByteArray refresh;
    if (expectRefreshToken) {
        refresh = object.take(QStringLiteral("refresh_token")).toString().toUtf8();
        if (refresh.isEmpty()) {
            wipe(token);
            return {reply.m_status,
                    QLatin1String(ErrorCode::BadResponse),
                    tr("The server did not send a refresh token"),
                    {}};
        }
        response = object; // the refresh token stays with the client
    }
    m_email = object.value(QStringLiteral("email")).toString();
    storeTokens(token, refresh, localExpiry(object.value(QStringLiteral("expires_at")).toString()));
    qCInfo(lcApi) << (expectRefreshToken ? "session started or renewed" : "session started with a key");
    return {};
}

void ApiClient::onRefreshDone(quint64 serial, const ApiError& error)
{
    const QList<QPointer<ApiReply>> waiting = std::exchange(m_waitingForRefresh, {});
    m_refresh = nullptr;
    if (error.isNull()) {
        for (const QPointer<ApiReply>& reply : waiting) {
            if (reply && !reply->isDone())
                send(reply);
        }
        return;
    }
    if (error.status == 401 && serial == m_sessionSerial && hasSession()) {
        qCWarning(lcApi) << "the session could not be renewed:" << error.code;
        dropSession();
        emit sessionExpired(error);
        for (const QPointer<ApiReply>& reply : waiting) {
            if (reply)
                reply->fail(reply->m_firstError);
        }
        return;
    }
    // The server could not be asked (or failed): keep the session and try again a little later.
    qCWarning(lcApi) << "renewing the session failed:" << error.code;
    for (const QPointer<ApiReply>& reply : waiting) {
        if (reply)
            reply->fail(error);
    }
    if (hasSession() && !m_tokens.refresh.isEmpty() && serial == m_sessionSerial)
        m_refreshTimer.start(RefreshRetryDelay);
}

void ApiClient::storeTokens(const QByteArray& session, const QByteArray& refresh, const QDateTime& expiresAt)
{
    wipe(m_tokens.session);
    wipe(m_tokens.refresh);
    m_tokens = {session, refresh, expiresAt.toUTC()};
    ++m_sessionSerial;
    scheduleRefresh();
    emit sessionChanged();
}

void ApiClient::dropSession()
{
    const bool hadSession = hasSession();
    wipe(m_tokens.session);
    wipe(m_tokens.refresh);
    m_tokens = {};
    m_email.clear();
    ++m_sessionSerial;
    m_refreshTimer.stop();
    m_endingTimer.stop();
    if (ApiReply* refresh = m_refresh) {
        m_refresh = nullptr;
        refresh->disconnect(this);
        refresh->abort();
    }
    const QList<QPointer<ApiReply>> waiting = std::exchange(m_waitingForRefresh, {});
    for (const QPointer<ApiReply>& reply : waiting) {
        if (reply)
            reply->fail(reply->m_firstError);
    }
    if (hadSession)
        emit sessionChanged();
}

void ApiClient::scheduleRefresh()
{
    m_refreshTimer.stop();
    m_endingTimer.stop();
    if (!hasSession())
        return;
    const qint64 remaining
        = m_tokens.expiresAt.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(m_tokens.expiresAt) : 0;
    const qint64 longest = std::chrono::milliseconds(SessionLifetime).count();
    if (m_tokens.refresh.isEmpty()) {
        // Nothing can renew it: say so while there is time to save work and sign in again.
        if (m_tokens.expiresAt.isValid())
            m_endingTimer.start(
                std::chrono::milliseconds(std::clamp<qint64>(remaining - m_endingWarning.count(), 0, longest)));
        return;
    }
    m_refreshTimer.start(
        std::chrono::milliseconds(std::clamp<qint64>(remaining - m_refreshMargin.count(), 0, longest)));
}

// When a session the server just issued lapses, on this machine's clock. The server's expires_at is trusted only
// when it lies within one lifetime from now; otherwise the clocks disagree and the full lifetime is assumed.
QDateTime ApiClient::localExpiry(const QString& serverExpiresAt) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 lifetime = std::chrono::milliseconds(SessionLifetime).count();
    qint64 remaining = lifetime;
    if (const std::optional<qint64> expires = Timestamps::fromIso(serverExpiresAt)) {
        const qint64 left = *expires - now.toMSecsSinceEpoch();
        if (left > m_refreshMargin.count() && left <= lifetime)
            remaining = left;
    }
    return now.addMSecs(remaining);
}

} // namespace Keyward
