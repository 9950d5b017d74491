#include "server/service/WebhookUrlPolicy.h"

#include <QHostAddress>
#include <QUrl>
#include <utility>

namespace Keyward::WebhookUrlPolicy {

namespace {
ApiError refused(const QString& message)
{
    return ApiError::validation(QStringLiteral("url"), message);
}

// The ranges an IP literal must not be in, with what each is: checked in order, the first match names it.
struct Range
{
    const char* subnet;
    const char* what;
};
constexpr Range IPv4Ranges[] = {
    {"0.0.0.0/8", "is unspecified (0.0.0.0/8)"},
    {"10.0.0.0/8", "is in a private range"},
    {"100.64.0.0/10", "is in the shared (CGNAT) range"},
    {"127.0.0.0/8", "is a loopback address"},
    {"169.254.0.0/16", "is link-local"},
    {"172.16.0.0/12", "is in a private range"},
    {"192.168.0.0/16", "is in a private range"},
    {"224.0.0.0/4", "is multicast"},
    {"240.0.0.0/4", "is reserved"}, // 255.255.255.255 (broadcast) included
};
constexpr Range IPv6Ranges[] = {
    {"::/128", "is unspecified"},
    {"::1/128", "is a loopback address"},
    {"fc00::/7", "is in a private (unique local) range"},
    {"fe80::/10", "is link-local"},
    {"fec0::/10", "is site-local"},
    {"ff00::/8", "is multicast"},
};

} // namespace

const char* inwardRange(const QHostAddress& address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped); // IPv4, or IPv6 of the form ::ffff:a.b.c.d
    if (mapped) {
        const QHostAddress ipv4(v4);
        for (const Range& range : IPv4Ranges) {
            if (ipv4.isInSubnet(QHostAddress::parseSubnet(QLatin1String(range.subnet))))
                return range.what;
        }
        return nullptr;
    }
    for (const Range& range : IPv6Ranges) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(range.subnet))))
            return range.what;
    }
    return nullptr;
}

namespace {
// Names that are local by definition (RFC 6761 localhost, RFC 6762 .local, and .internal), whatever DNS says.
bool localName(const QString& host)
{
    return host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))
        || host.endsWith(QLatin1String(".local")) || host.endsWith(QLatin1String(".internal"));
}
} // namespace

ApiError check(const QString& text, bool allowPrivate)
{
    if (text.size() > MaxLength)
        return refused(QStringLiteral("The address is longer than %1 characters").arg(MaxLength));
    const QUrl url(text, QUrl::StrictMode);
    if (text.trimmed().isEmpty() || !url.isValid())
        return refused(QStringLiteral("This is not a valid URL"));
    if (url.isRelative())
        return refused(QStringLiteral("The address must be an absolute URL, e.g. https://example.com/hooks"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && !(allowPrivate && scheme == QLatin1String("http")))
        return refused(allowPrivate ? QStringLiteral("The address must use https or http")
                                    : QStringLiteral("The address must use https"));
    if (!url.userInfo().isEmpty())
        return refused(QStringLiteral("The address must not contain a user name or password"));
    QString host = url.host(QUrl::FullyDecoded).toLower();
    if (host.isEmpty())
        return refused(QStringLiteral("The address has no host"));
    if (allowPrivate)
        return {};
    if (host.endsWith(QLatin1Char('.'))) // "localhost." is localhost
        host.chop(1);
    QHostAddress address;
    if (address.setAddress(host)) {
        if (const char* what = inwardRange(address))
            return refused(QStringLiteral("The address %1 %2").arg(address.toString(), QLatin1String(what)));
        return {};
    }
    if (localName(host))
        return refused(QStringLiteral("The host %1 is a local name, not reachable from outside").arg(host));
    return {};
}

} // namespace Keyward::WebhookUrlPolicy
