#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace Keyward {

// Behind a load balancer every connection comes from the balancer: the client's address is in X-Forwarded-For. It is
// believed only from the proxies the operator names (--trusted-proxy CIDR); anyone else could write any address there
// and pick the address that the sign-in throttle counts, the audit log records and last-used shows.
class ForwardedFor
{
public:
    using Subnet = QPair<QHostAddress, int>;

    // Parses "10.0.0.0/8", "::1/128" or a bare address; false when it is none of those.
    bool addTrustedProxy(const QString& cidr);
    bool isEmpty() const { return m_trusted.isEmpty(); }

    // The client's address: the peer's, unless the peer is a trusted proxy; then the nearest address in
    // X-Forwarded-For that is not a trusted proxy itself (read from the right: the left part is the client's to
    // write). A malformed entry stops the walk at the last address believed.
    QString clientAddress(const QString& peer, const QByteArray& forwardedFor) const;

private:
    bool isTrusted(const QHostAddress& address) const;
    QList<Subnet> m_trusted;
};

} // namespace Keyward
