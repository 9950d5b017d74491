#include "core/ApiReply.h"

#include "core/ApiClient.h"

#include <QNetworkReply>

namespace Keyward {

ApiReply::ApiReply(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
                   Credential credential, ApiClient* client)
    : QObject(client)
    , m_method(method)
    , m_path(path)
    , m_query(query)
    , m_body(body)
    , m_credential(credential)
    , m_logPath(path)
{ }

ApiReply::~ApiReply()
{
    dropNetworkReply();
}

QByteArray ApiReply::rawHeader(const QByteArray& name) const
{
    for (const auto& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void ApiReply::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    dropNetworkReply();
    fail({ApiClient::NoHttpStatus, QLatin1String(ErrorCode::Canceled), tr("The request was canceled"), {}});
}

void ApiReply::succeed(const QJsonValue& response)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(response);
    deleteLater();
}

void ApiReply::fail(const ApiError& error)
{
    if (m_done)
        return;
    m_done = true;
    emit failed(error);
    deleteLater();
}

void ApiReply::dropNetworkReply()
{
    if (!m_network)
        return;
    QNetworkReply* network = m_network;
    m_network = nullptr;
    network->disconnect(this);
    network->abort();
    network->deleteLater();
}

} // namespace Keyward
