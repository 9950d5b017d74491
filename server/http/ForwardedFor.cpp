#include "server/http/ForwardedFor.h"

namespace Keyward {

namespace {
// IPv4 peers of a dual-stack socket come as ::ffff:a.b.c.d: compare them as IPv4.
QHostAddress normalised(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

bool ForwardedFor::addTrustedProxy(const QString& cidr)
{
    const QString text = cidr.trimmed();
    if (!text.contains(QLatin1Char('/'))) {
        const QHostAddress address(text);
        if (address.isNull())
            return false;
        const QHostAddress plain = normalised(address);
        m_trusted.append({plain, plain.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128});
        return true;
    }
    const Subnet subnet = QHostAddress::parseSubnet(text);
    if (subnet.first.isNull() || subnet.second < 0)
        return false;
    m_trusted.append(subnet);
    return true;
}

bool ForwardedFor::isTrusted(const QHostAddress& address) const
{
    const QHostAddress plain = normalised(address);
    for (const Subnet& subnet : m_trusted) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

QString ForwardedFor::clientAddress(const QString& peer, const QByteArray& forwardedFor) const
{
    if (m_trusted.isEmpty() || forwardedFor.isEmpty())
        return peer;
    QHostAddress believed = normalised(QHostAddress(peer));
    if (believed.isNull() || !isTrusted(believed))
        return peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            break; // not an address (a port, a name, garbage): believe nothing further left
        believed = normalised(address);
        if (!isTrusted(believed))
            break;
    }
    return believed.toString();
}

} // namespace Keyward
