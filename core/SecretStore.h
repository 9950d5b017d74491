#pragma once

#include "core/SessionTokens.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QSettings;

namespace Keyward {

// Secrets in the OS keychain (the Secret Service on Linux) through QtKeychain's asynchronous jobs, with
// setInsecureFallback(false): when there is no keychain, nothing is stored anywhere and the store reports
// itself unavailable, so the console can say so and keep tokens in memory only. Entries live under the service
// "keyward" and are named "server|email|kind" (kind: session, refresh, key:<id>). Only the names of stored entries
// and session expiry times (never a secret) are kept in QSettings. Logging category keyward.core.secrets.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr char Service[] = "keyward";

    enum class Status {
        Ok,
        NotFound, // read: no such entry (also what a locked keyring answers: check that writes succeed)
        Unavailable, // no keychain to talk to (QtKeychain NoBackendAvailable / OtherError); nothing was stored
        Failed // any other refusal, e.g. access denied
    };
    Q_ENUM(Status)
    struct Result
    {
        Status status = Status::Failed;
        QString name;
        QByteArray secret; // what read() found
        QString error; // Unavailable, Failed: the keychain's message
        bool ok() const { return status == Status::Ok; }
    };
    // Called once per operation unless the context object is gone by then.
    using Callback = std::function<void(const Result& result)>;
    using SessionCallback = std::function<void(const SessionTokens& tokens, const Result& result)>;

    // settings: where the entry names go (not owned); nullptr uses the application's QSettings.
    explicit SecretStore(QSettings* settings = nullptr, QObject* parent = nullptr);
    ~SecretStore() override;

    static QString entryName(const QString& server, const QString& email, const QString& kind);
    static QString sessionKind() { return QStringLiteral("session"); }
    static QString refreshKind() { return QStringLiteral("refresh"); }
    static QString keyKind(const QString& keyId) { return QStringLiteral("key:") + keyId; }

    // False after the keychain failed with "no backend" or an error of its own (QtKeychain NoBackendAvailable /
    // OtherError); true again after the next operation that works.
    bool available() const { return m_available; }
    QString unavailableReason() const { return m_unavailableReason; }
    // Names of the entries written through this store and not removed since.
    QStringList storedNames() const;

    void write(const QString& name, const QByteArray& secret, QObject* context, Callback done = {});
    void read(const QString& name, QObject* context, Callback done);
    void remove(const QString& name, QObject* context, Callback done = {});

    // Both tokens of one account on one server (the expiry goes to QSettings). loadSession() answers NotFound
    // when no session token is stored; forgetSession() removes both (sign-out).
    void saveSession(const QString& server, const QString& email, const SessionTokens& tokens, QObject* context,
                     Callback done = {});
    void loadSession(const QString& server, const QString& email, QObject* context, SessionCallback done);
    void forgetSession(const QString& server, const QString& email, QObject* context, Callback done = {});

signals:
    void availabilityChanged(bool available);

private:
    enum class Operation { Write, Read, Remove };
    struct Entry
    {
        QString name;
        QString expiresAt; // ISO 8601, session entries only
    };

    void start(Operation operation, const QString& name, const QByteArray& secret, QObject* context, Callback done,
               bool isRetry);
    void setAvailable(bool available, const QString& reason);
    QList<Entry> entries() const;
    void setEntries(const QList<Entry>& entries);
    void rememberEntry(const QString& name, const QDateTime& expiresAt = {});
    void forgetEntry(const QString& name);
    QDateTime expiryOf(const QString& name) const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings* m_settings = nullptr;
    bool m_available = true;
    QString m_unavailableReason;
};

} // namespace Keyward
