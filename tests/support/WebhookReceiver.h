#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QUrl>
#include <atomic>

namespace Keyward::Test {

// A webhook receiver for tests: a small HTTP/1.1 server on its own thread (so it answers while the test blocks on
// keywardd), which records every request and verifies its Standard Webhooks signature itself, with Qt's HMAC
// (QMessageAuthenticationCode), not the server's code. What it answers is set per test: a status, or no answer at
// all (the connection is held open, as a receiver that hangs).
class WebhookReceiver
{
public:
    struct Request
    {
        QByteArray id; // webhook-id
        qint64 timestamp = 0; // webhook-timestamp
        QByteArray signatureHeader;
        QByteArray body;
        QByteArray type; // the body's "type"
        QList<int> verifiedBy; // which of the known secrets (their index) signed it
        QByteArray host; // the Host header
    };
    enum class Mode { Answer, Hold };

    WebhookReceiver();
    ~WebhookReceiver();

    bool listen(); // on every local address, an ephemeral port
    // HTTPS instead: this certificate and key (PEM files); url() then says https and names `host`.
    bool listenTls(const QString& certificatePath, const QString& keyPath, const QString& host);
    quint16 port() const { return m_port; }
    QUrl url(const QString& path = QStringLiteral("/hooks")) const;

    // The signing secrets to verify with, as keywardd showed them ("whsec_…").
    void setSecrets(const QStringList& secrets);
    // Answer with this status from now on (default 200); with `times` > 0 only for the next `times` requests, then
    // 200 again.
    void answer(int status, int times = 0);
    void hold(); // accept, read, never answer
    void reset(); // forget what was received

    QList<Request> requests() const;
    int count() const;
    int connections() const { return m_connections.load(); }
    int handshakes() const { return m_encrypted.load(); } // TLS connections that completed the handshake
    QList<Request> ofType(const QByteArray& type) const;

private:
    friend class ReceiverCore;
    struct Reply
    {
        bool hold = false;
        int status = 200;
    };
    Reply nextReply();
    void record(Request request);

    QThread m_thread;
    class ReceiverCore* m_core = nullptr;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    QString m_host = QStringLiteral("127.0.0.1");
    mutable QMutex m_mutex;
    QList<QByteArray> m_secrets; // raw bytes
    QList<Request> m_requests;
    Mode m_mode = Mode::Answer;
    int m_status = 200;
    int m_times = 0;
    std::atomic<int> m_connections {0};
    std::atomic<int> m_encrypted {0};
};

} // namespace Keyward::Test
