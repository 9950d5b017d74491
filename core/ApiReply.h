#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrlQuery>
#include <functional>

class QNetworkReply;

namespace Keyward {

class ApiClient;

// One call to keywardd as its caller sees it. Emits finished(response) with the envelope's "response" value, or
// failed(error) with one ApiError, exactly once, and then deletes itself (deleteLater). A retry after an automatic
// token refresh happens inside the same ApiReply. Made only by ApiClient, which is its parent.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    bool isDone() const { return m_done; }
    // The HTTP status and headers of the last answer (0 and empty before one arrived, or without an HTTP answer).
    int httpStatus() const { return m_status; }
    QByteArray rawHeader(const QByteArray& name) const;

    // Gives up: the reply fails with CANCELED (unless it is already done).
    void abort();

signals:
    void finished(const QJsonValue& response);
    void failed(const Keyward::ApiError& error);

private:
    friend class ApiClient;
    enum class Credential { Present, None };
    using SuccessHook = std::function<ApiError(ApiReply& reply, QJsonValue& response)>;

    ApiReply(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
             Credential credential, ApiClient* client);
    void succeed(const QJsonValue& response);
    void fail(const ApiError& error);
    void dropNetworkReply();

    const QByteArray m_method;
    const QString m_path;
    const QUrlQuery m_query;
    const QByteArray m_body; // null for requests without a body
    const Credential m_credential;
    QString m_logPath; // what the log may show instead of m_path (a refresh path holds a token)
    QPointer<QNetworkReply> m_network;
    SuccessHook m_onSuccess;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    quint64 m_sessionSerial = 0; // which session token the last attempt carried (0: none)
    bool m_retried = false; // a refresh-and-retry is allowed once
    bool m_aborted = false;
    bool m_done = false;
    ApiError m_firstError; // the 401 that started a refresh, reported if the refresh fails
};

} // namespace Keyward
