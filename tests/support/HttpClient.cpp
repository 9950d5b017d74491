#include "tests/support/HttpClient.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

namespace Keyward::Test {

HttpClient::HttpClient(const QUrl& base)
    : m_base(base)
{ }

HttpResponse HttpClient::request(const QByteArray& method, const QString& path, const QByteArray& body,
                                 const Headers& headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    for (const auto& header : headers)
        request.setRawHeader(header.first, header.second);
    QBuffer* buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply* reply = m_manager.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto& pair : pairs)
        response.headers.insert(pair.first.toLower(), pair.second);
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    reply->deleteLater();
    return response;
}

void HttpClient::trustCertificate(const QSslCertificate& certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({certificate});
    m_ssl = configuration;
}

HttpResponse HttpClient::postJson(const QString& path, const QJsonObject& body, const Headers& headers)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResponse HttpClient::patchJson(const QString& path, const QJsonObject& body, const Headers& headers)
{
    return request("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResponse requestFrom(const QHostAddress& source, const QUrl& base, const QByteArray& method, const QString& path,
                         const QByteArray& body, const Headers& headers)
{
    HttpResponse response;
    QTcpSocket socket;
    if (!socket.bind(source, 0))
        return response;
    socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
    const QDeadlineTimer deadline(30000);
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime())))
        return response;
    QByteArray request = method + ' ' + base.resolved(QUrl(path)).path(QUrl::FullyEncoded).toLatin1();
    if (const QString query = QUrl(path).query(QUrl::FullyEncoded); !query.isEmpty())
        request += '?' + query.toLatin1();
    request += " HTTP/1.1\r\nHost: " + base.host().toLatin1() + "\r\nConnection: close\r\n";
    request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& header : headers)
        request += header.first + ": " + header.second + "\r\n";
    socket.write(request + "\r\n" + body);
    QByteArray raw;
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            raw += socket.readAll();
    }
    raw += socket.readAll();
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return response;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    response.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            response.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    response.body = raw.mid(headEnd + 4);
    response.json = QJsonDocument::fromJson(response.body).object();
    return response;
}

} // namespace Keyward::Test
