#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>
#include <optional>

namespace Keyward::Test {

struct HttpResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json;

    QJsonObject response() const { return json.value(QStringLiteral("response")).toObject(); }
    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A blocking HTTP client for tests (QNetworkAccessManager in a local event loop; test code only).
class HttpClient
{
public:
    explicit HttpClient(const QUrl& base = {});
    void setBase(const QUrl& base) { m_base = base; }
    // For HTTPS against a test certificate: trust exactly this certificate as the authority.
    void trustCertificate(const QSslCertificate& certificate);
    QUrl base() const { return m_base; }

    HttpResponse request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         const Headers& headers = {});
    HttpResponse get(const QString& path, const Headers& headers = {}) { return request("GET", path, {}, headers); }
    HttpResponse post(const QString& path, const QByteArray& body, const Headers& headers = {})
    {
        return request("POST", path, body, headers);
    }
    HttpResponse postJson(const QString& path, const QJsonObject& body, const Headers& headers = {});
    HttpResponse patchJson(const QString& path, const QJsonObject& body, const Headers& headers = {});
    HttpResponse del(const QString& path, const Headers& headers = {}) { return request("DELETE", path, {}, headers); }

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
    std::optional<QSslConfiguration> m_ssl;
};

// One request on a fresh connection whose source address is `source` (every 127.x.y.z is local), so that a test can
// be several clients; Connection: close, blocking with a 30 s deadline (status 0 when it passed).
HttpResponse requestFrom(const QHostAddress& source, const QUrl& base, const QByteArray& method, const QString& path,
                         const QByteArray& body = {}, const Headers& headers = {});

inline Headers session(const QByteArray& token)
{
    return {{QByteArrayLiteral("x-auth-token"), token}};
}
inline Headers bearer(const QByteArray& key)
{
    return {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key}};
}

} // namespace Keyward::Test
