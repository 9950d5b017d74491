#pragma once

#include "core/ApiError.h"
#include "core/ApiReply.h"
#include "core/SessionTokens.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>

namespace Keyward {

// Codes the client produces itself; they never travel on the wire. Their ApiError::status is ApiClient::NoHttpStatus
// (BAD_RESPONSE keeps the HTTP status when there was one).
namespace ErrorCode {
inline constexpr char NetworkError[] = "NETWORK_ERROR"; // no connection, refused, reset, DNS
inline constexpr char Timeout[] = "TIMEOUT"; // no answer within ApiClient::timeout()
inline constexpr char BadResponse[] = "BAD_RESPONSE"; // an answer that is not a Keyward envelope
inline constexpr char Canceled[] = "CANCELED"; // ApiReply::abort()
} // namespace ErrorCode

// The console's one way to talk to keywardd. Owns one QNetworkAccessManager; everything is asynchronous (an ApiReply
// per call; no nested event loops). Adds the credential in one place (createRequest): x-auth-token while a session
// exists, else "Authorization: Bearer K" when an API key is configured. Decodes the envelope into the "response"
// value or one ApiError. Keeps the session alive: refreshes it shortly before it lapses, and once when a request is
// answered 401 EXPIRED_TOKEN / INVALID_TOKEN (then the request is sent again, once). When the refresh token is
// refused the session is dropped and sessionExpired() emitted. Tokens and secrets are never logged
// (category keyward.core.api).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int NoHttpStatus = -1;
    static constexpr std::chrono::minutes SessionLifetime {15};
    static constexpr std::chrono::seconds DefaultRefreshMargin {60};
    static constexpr std::chrono::minutes DefaultEndingWarning {3};
    static constexpr std::chrono::seconds DefaultTimeout {30};

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    // Where keywardd answers, e.g. http://127.0.0.1:8421/ (a path prefix is kept). Changing it keeps the session.
    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    // The full URL of an API path ("v1/…") on this server, without query.
    QUrl urlFor(const QString& path) const;
    // Transfer timeout of every request (QNetworkRequest::setTransferTimeout); TIMEOUT when it passes.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // How long before the session lapses it is refreshed (default 60 s; less than SessionLifetime).
    void setRefreshMargin(std::chrono::milliseconds margin);
    std::chrono::milliseconds refreshMargin() const { return m_refreshMargin; }
    // How long before a session that cannot be refreshed (opened with a key) lapses sessionEnding() is emitted
    // (default 3 minutes; at once if less is left).
    void setEndingWarning(std::chrono::milliseconds warning);

    // Key presentation for requests made without a session ("Authorization: Bearer K"). Empty to stop.
    void setApiKey(const QByteArray& key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    bool hasSession() const { return !m_tokens.isNull(); }
    // The e-mail the server named for the session (login, key login, refresh); empty when unknown.
    QString sessionEmail() const { return m_email; }
    SessionTokens tokens() const { return m_tokens; }
    // Restores a session (e.g. from SecretStore) and schedules its refresh; an empty session token clears it.
    // Emits sessionChanged().
    void setTokens(const QByteArray& session, const QByteArray& refresh, const QDateTime& expiresAt);
    void setTokens(const SessionTokens& tokens) { setTokens(tokens.session, tokens.refresh, tokens.expiresAt); }
    // Forgets the session here only (no request); emits sessionChanged() if there was one.
    void clearSession();

    // POST /v1/auth/login. On success the session is stored (sessionChanged() first), then finished(response) with
    // the LoginResponse minus the refresh token.
    // With two-factor authentication on: the authenticator's code, or one of the recovery codes instead (the
    // answer then says how many are left: "recovery_codes_remaining").
    ApiReply* login(const QString& email, const QString& password, const QString& otp = {},
                    const QString& recoveryCode = {});
    // After the last password sign-in: how many recovery codes are left if one was used; -1 otherwise.
    int recoveryCodesRemaining() const { return m_recoveryCodesRemaining; }
    // POST /v1/auth/login/token: trades the authentication key (or an API key) for a session without a refresh token.
    ApiReply* loginWithKey(const QByteArray& key);
    // GET /v1/auth/refresh/{token} now; normally automatic. While one runs, the same reply is returned.
    ApiReply* refreshSession();
    // POST /v1/auth/logout with the current session, then forgets it here at once, whatever the server answers.
    ApiReply* logout();

    ApiReply* get(const QString& path, const QUrlQuery& query = {});
    ApiReply* post(const QString& path, const QJsonObject& body = {});
    ApiReply* patch(const QString& path, const QJsonObject& body);
    ApiReply* del(const QString& path);
    // DELETE with a JSON body (DELETE /v1/me/2fa takes the current code).
    ApiReply* del(const QString& path, const QJsonObject& body);

signals:
    // The session token changed: signed in, refreshed, restored, signed out or dropped. Persist tokens() here.
    void sessionChanged();
    // The session could not be renewed (its refresh token was refused, or it had none); it has been dropped.
    void sessionExpired(const Keyward::ApiError& reason);
    // The session has no refresh token and lapses at this time (UTC): the user must sign in again to go on.
    void sessionEnding(const QDateTime& at);

private:
    ApiReply* request(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
                      ApiReply::Credential credential);
    void send(ApiReply* reply);
    QNetworkRequest createRequest(ApiReply& reply);
    void onNetworkFinished(ApiReply* reply, QNetworkReply* network);
    ApiError decode(QNetworkReply& network, bool aborted, QJsonValue* response) const;
    bool retryAfterRefresh(ApiReply* reply, const ApiError& error);
    ApiError adoptSession(ApiReply& reply, QJsonValue& response, bool expectRefreshToken);
    void onRefreshDone(quint64 serial, const ApiError& error);
    void storeTokens(const QByteArray& session, const QByteArray& refresh, const QDateTime& expiresAt);
    void dropSession();
    void scheduleRefresh();
    QDateTime localExpiry(const QString& serverExpiresAt) const;

    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout {DefaultTimeout};
    std::chrono::milliseconds m_refreshMargin {DefaultRefreshMargin};
    QByteArray m_apiKey;
    SessionTokens m_tokens;
    QString m_email;
    quint64 m_sessionSerial = 0; // bumped whenever the session token changes
    QTimer m_refreshTimer;
    QTimer m_endingTimer;
    int m_recoveryCodesRemaining = -1;
    std::chrono::milliseconds m_endingWarning {DefaultEndingWarning};
    QPointer<ApiReply> m_refresh;
    QList<QPointer<ApiReply>> m_waitingForRefresh;
};

} // namespace Keyward
