#include "ui/ConsoleTab.h"

#include "core/SecretStore.h"
#include "ui/SecretDialog.h"

namespace Keyward {

void ConsoleTab::showSecretOnce(const Api::IssuedKey& issued)
{
    const QString name = issued.key.name;
    auto* dialog = new SecretDialog(m_clipboard, QString::fromLatin1(issued.secret), name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_secrets) {
        const QString entry
            = SecretStore::entryName(m_session.server, m_session.email, SecretStore::keyKind(issued.key.id));
        dialog->offerKeychain(m_secrets, entry, this, [this, name](bool ok, const QString& error) {
            if (ok)
                emit statusMessage(tr("The key “%1” is kept in the system keychain").arg(name));
            else
                emit errorOccurred({0,
                                    QStringLiteral("KEYCHAIN_ERROR"),
                                    tr("The key could not be kept in the keychain: %1").arg(error),
                                    {}});
        });
    }
    dialog->open();
}

void ConsoleTab::setWorking(bool working)
{
    const bool was = m_working > 0;
    m_working = qMax(0, m_working + (working ? 1 : -1));
    if (was != (m_working > 0))
        emit busyChanged(m_working > 0);
}

namespace {
int staleAfterMs = ConsoleTab::StaleAfterMs;
}

void ConsoleTab::setStaleAfterMsForTests(int ms)
{
    staleAfterMs = ms;
}

bool ConsoleTab::isStale() const
{
    return m_updatedAt.isValid() && (m_behind || m_updatedAt.msecsTo(QDateTime::currentDateTimeUtc()) >= staleAfterMs);
}

void ConsoleTab::markUpdated()
{
    m_updatedAt = QDateTime::currentDateTimeUtc();
    m_behind = false;
    emit updated();
}

} // namespace Keyward
