#include "core/SecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "keyward.core.secrets", QtInfoMsg)

namespace Keyward {

namespace {

constexpr int BackendRetryDelayMs = 250; // the Secret Service may still be starting with the session
const QString EntriesKey = QStringLiteral("SecretStore/entries");

const char* operationName(int operation)
{
    static const char* const names[] = {"write", "read", "remove"};
    return names[operation];
}

// The keychain cannot be used at all (as opposed to: this entry is missing, or access was refused once).
bool meansUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

SecretStore::SecretStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownedSettings = std::make_unique<QSettings>();
        m_settings = m_ownedSettings.get();
    }
}

SecretStore::~SecretStore() = default;

QString SecretStore::entryName(const QString& server, const QString& email, const QString& kind)
{
    return server + QLatin1Char('|') + email.toLower() + QLatin1Char('|') + kind;
}

QStringList SecretStore::storedNames() const
{
    QStringList names;
    for (const Entry& entry : entries())
        names.append(entry.name);
    return names;
}

void SecretStore::write(const QString& name, const QByteArray& secret, QObject* context, Callback done)
{
    start(Operation::Write, name, secret, context, std::move(done), false);
}

void SecretStore::read(const QString& name, QObject* context, Callback done)
{
    start(Operation::Read, name, {}, context, std::move(done), false);
}

void SecretStore::remove(const QString& name, QObject* context, Callback done)
{
    start(Operation::Remove, name, {}, context, std::move(done), false);
}

void SecretStore::start(Operation operation, const QString& name, const QByteArray& secret, QObject* context,
                        Callback done, bool isRetry)
{
    // Jobs delete themselves when finished; they are not children of the store because QtKeychain's backends call
    // back into a job that must still exist.
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(QLatin1String(Service));
        writeJob->setBinaryData(secret);
        job = writeJob;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(QLatin1String(Service));
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(QLatin1String(Service));
        break;
    }
    job->setInsecureFallback(false); // never a plaintext file
    job->setAutoDelete(true);
    job->setKey(name);

    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, name, secret, guard, hasContext, done, isRetry](QKeychain::Job* finished) {
                const QKeychain::Error error = finished->error();
                if (meansUnavailable(error) && !isRetry) {
                    qCInfo(lcSecrets) << operationName(int(operation))
                                      << "failed, trying once more:" << finished->errorString();
                    QTimer::singleShot(BackendRetryDelayMs, this, [=] {
                        if (!hasContext || guard)
                            start(operation, name, secret, guard, done, true);
                    });
                    return;
                }
                Result result;
                result.name = name;
                if (error == QKeychain::NoError) {
                    result.status = Status::Ok;
                    if (operation == Operation::Read)
                        result.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
                } else if (error == QKeychain::EntryNotFound) {
                    result.status = operation == Operation::Remove ? Status::Ok : Status::NotFound;
                } else {
                    result.status = meansUnavailable(error) ? Status::Unavailable : Status::Failed;
                    result.error = finished->errorString();
                }
                if (result.status == Status::Unavailable || result.status == Status::Failed) {
                    qCWarning(lcSecrets) << operationName(int(operation)) << "failed:" << error << result.error;
                    if (result.status == Status::Unavailable)
                        setAvailable(false, result.error);
                } else {
                    setAvailable(true, {});
                    if (operation == Operation::Write)
                        rememberEntry(name);
                    else if (operation == Operation::Remove)
                        forgetEntry(name);
                }
                if (done && (!hasContext || guard))
                    done(result);
            });
    job->start();
}

void SecretStore::saveSession(const QString& server, const QString& email, const SessionTokens& tokens,
                              QObject* context, Callback done)
{
    const QString sessionName = entryName(server, email, sessionKind());
    const QString refreshName = entryName(server, email, refreshKind());
    const QPointer<QObject> guard(context);
    write(sessionName, tokens.session, context, [=](const Result& written) {
        if (!written.ok()) {
            if (done)
                done(written);
            return;
        }
        rememberEntry(sessionName, tokens.expiresAt);
        const Callback finish = [=](const Result& second) {
            if (done)
                done(second.ok() ? written : second);
        };
        if (tokens.refresh.isEmpty())
            remove(refreshName, guard, finish);
        else
            write(refreshName, tokens.refresh, guard, finish);
    });
}

void SecretStore::loadSession(const QString& server, const QString& email, QObject* context, SessionCallback done)
{
    const QString sessionName = entryName(server, email, sessionKind());
    const QString refreshName = entryName(server, email, refreshKind());
    const QPointer<QObject> guard(context);
    read(sessionName, context, [=](const Result& session) {
        if (!session.ok()) {
            done({}, session);
            return;
        }
        read(refreshName, guard, [=](const Result& refresh) {
            if (refresh.status != Status::Ok && refresh.status != Status::NotFound) {
                done({}, refresh);
                return;
            }
            Result result = session;
            result.secret.clear();
            done({session.secret, refresh.secret, expiryOf(sessionName)}, result);
        });
    });
}

void SecretStore::forgetSession(const QString& server, const QString& email, QObject* context, Callback done)
{
    const QString sessionName = entryName(server, email, sessionKind());
    const QString refreshName = entryName(server, email, refreshKind());
    const QPointer<QObject> guard(context);
    remove(sessionName, context, [=](const Result& first) {
        remove(refreshName, guard, [=](const Result& second) {
            if (done)
                done(first.ok() ? second : first);
        });
    });
}

void SecretStore::setAvailable(bool available, const QString& reason)
{
    m_unavailableReason = available ? QString() : reason;
    if (available == m_available)
        return;
    m_available = available;
    if (!available)
        qCWarning(lcSecrets) << "no keychain available; secrets stay in memory only:" << reason;
    emit availabilityChanged(available);
}

QList<SecretStore::Entry> SecretStore::entries() const
{
    QList<Entry> result;
    const int count = m_settings->beginReadArray(EntriesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        result.append({m_settings->value(QStringLiteral("name")).toString(),
                       m_settings->value(QStringLiteral("expires_at")).toString()});
    }
    m_settings->endArray();
    return result;
}

void SecretStore::setEntries(const QList<Entry>& entries)
{
    m_settings->remove(EntriesKey);
    m_settings->beginWriteArray(EntriesKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), entries[i].name);
        if (!entries[i].expiresAt.isEmpty())
            m_settings->setValue(QStringLiteral("expires_at"), entries[i].expiresAt);
    }
    m_settings->endArray();
    m_settings->sync();
}

void SecretStore::rememberEntry(const QString& name, const QDateTime& expiresAt)
{
    QList<Entry> list = entries();
    const QString expiry = expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODateWithMs) : QString();
    for (Entry& entry : list) {
        if (entry.name == name) {
            if (!expiry.isEmpty())
                entry.expiresAt = expiry;
            setEntries(list);
            return;
        }
    }
    list.append({name, expiry});
    setEntries(list);
}

void SecretStore::forgetEntry(const QString& name)
{
    QList<Entry> list = entries();
    list.removeIf([&name](const Entry& entry) { return entry.name == name; });
    setEntries(list);
}

QDateTime SecretStore::expiryOf(const QString& name) const
{
    for (const Entry& entry : entries()) {
        if (entry.name == name)
            return QDateTime::fromString(entry.expiresAt, Qt::ISODateWithMs);
    }
    return {};
}

} // namespace Keyward
