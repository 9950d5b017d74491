#include "cli/Credentials.h"

#include "core/KeySecret.h"

#include <QSettings>

namespace Keyward::Cli {

namespace {
QString accountKey(const QString& server)
{
    // QSettings keys must not contain '/' unescaped: the server URL is percent-encoded.
    return QStringLiteral("accounts/") + QString::fromLatin1(QUrl::toPercentEncoding(server));
}
} // namespace

Credentials::Credentials(ApiClient& client, const QString& server, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_server(server)
{
    connect(&m_client, &ApiClient::sessionChanged, this, [this] {
        if (!m_fromEnvironment && !m_email.isEmpty() && m_client.hasSession())
            save();
    });
}

QString Credentials::entryServer() const
{
    return QStringLiteral("keyward-cli:") + m_server;
}

QString Credentials::storedEmail() const
{
    return QSettings().value(accountKey(m_server)).toString();
}

void Credentials::restore(std::function<void(bool, const QString&)> ready)
{
    const QByteArray token = qgetenv("KEYWARD_TOKEN").trimmed();
    if (!token.isEmpty()) {
        m_fromEnvironment = true;
        KeySecret::Kind kind;
        if (KeySecret::isWellFormed(token, &kind) && kind == KeySecret::Kind::Session)
            m_client.setTokens(token, {}, QDateTime::currentDateTimeUtc().addSecs(15 * 60));
        else
            m_client.setApiKey(token); // an API or authentication key; the server judges it
        ready(true, {});
        return;
    }
    const QString email = storedEmail();
    if (email.isEmpty()) {
        ready(false, tr("Not signed in to %1: run keyward-cli login, or set KEYWARD_TOKEN").arg(m_server));
        return;
    }
    m_store.loadSession(entryServer(), email, this,
                        [this, email, ready](const SessionTokens& tokens, const SecretStore::Result& result) {
                            if (!result.ok() || tokens.isNull()) {
                                ready(false,
                                      result.status == SecretStore::Status::NotFound
                                          ? tr("The session for %1 is gone: run keyward-cli login").arg(email)
                                          : tr("The keychain could not be read (%1)").arg(result.error));
                                return;
                            }
                            m_email = email;
                            m_client.setTokens(tokens);
                            ready(true, {});
                        });
}

void Credentials::adopt(const QString& email)
{
    m_email = email;
    QSettings().setValue(accountKey(m_server), email);
    save();
}

void Credentials::save()
{
    ++m_pendingWrites;
    m_store.saveSession(entryServer(), m_email, m_client.tokens(), this, [this](const SecretStore::Result& result) {
        if (!result.ok())
            qWarning().noquote() << tr("keyward-cli: the session could not be stored in the keychain (%1)")
                                        .arg(result.error.isEmpty() ? tr("no keychain") : result.error);
        if (--m_pendingWrites == 0) {
            const auto waiting = std::exchange(m_whenSettled, {});
            for (const auto& done : waiting)
                done();
        }
    });
}

void Credentials::forget(std::function<void()> done)
{
    const QString email = m_email.isEmpty() ? storedEmail() : m_email;
    QSettings().remove(accountKey(m_server));
    m_email.clear();
    if (email.isEmpty()) {
        done();
        return;
    }
    m_store.forgetSession(entryServer(), email, this, [done](const SecretStore::Result&) { done(); });
}

void Credentials::whenSettled(std::function<void()> done)
{
    if (m_pendingWrites == 0)
        done();
    else
        m_whenSettled.append(std::move(done));
}

} // namespace Keyward::Cli
