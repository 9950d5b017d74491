#include "tests/support/HttpClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
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

} // namespace Keyward::Test
