// The sign-in throttle cannot be turned against the owner (issue 11, item 6), against a real keywardd with clients
// on distinct loopback addresses: wrong passwords from one address stop that address (hard, for the window), while
// the account as a whole only slows down (soft, growing delays), so the owner signing in from another address gets
// in within seconds. And LoginThrottle itself: memory stays bounded by evicting lapsed and then the oldest entries,
// never by forgetting everything at once.

#include "server/service/LoginThrottle.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
constexpr char Password[] = "quiet-harbor-lamp-7";
const QHostAddress Attacker(QStringLiteral("127.0.0.20"));
const QHostAddress Owner(QStringLiteral("127.0.0.21"));
} // namespace

class TestThrottle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(!m_server.createUser(m_server.loginAdmin(), QStringLiteral("target@acme.test"), QStringLiteral("user"))
                     .isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void theAttackersAddressStopsTheOwnerGetsIn()
    {
        const QString email = QStringLiteral("target@acme.test");
        int softDelays = 0;
        for (int failures = 0; failures < LoginThrottle::MaxFailuresPerAccountAddress;) {
            const HttpResponse r = signIn(Attacker, email, QStringLiteral("guess-number-%1").arg(failures));
            if (r.status == 429) {
                // The account's soft delay: short, growing, and not counted as a try.
                const int wait = r.header("retry-after").toInt();
                QVERIFY2(wait >= 1 && wait <= LoginThrottle::MaxSoftDelaySeconds, r.header("retry-after").constData());
                ++softDelays;
                m_server.advanceClock(wait);
                continue;
            }
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));
            ++failures;
        }
        QVERIFY(softDelays >= 1); // from the SoftDelayAfter-th failure on
        m_server.advanceClock(LoginThrottle::MaxSoftDelaySeconds);

        // The attacker's address is stopped for the window, even with the right password.
        const HttpResponse blocked = signIn(Attacker, email, QLatin1String(Password));
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.errorCode(), QStringLiteral("RATE_LIMITED"));
        QVERIFY(blocked.header("retry-after").toInt() > 60);
        QVERIFY(blocked.header("x-auth-token").isEmpty());

        // The owner, elsewhere, gets in at once or after a few seconds.
        HttpResponse owner = signIn(Owner, email, QLatin1String(Password));
        if (owner.status == 429) {
            const int wait = owner.header("retry-after").toInt();
            QVERIFY2(wait <= LoginThrottle::MaxSoftDelaySeconds, owner.header("retry-after").constData());
            m_server.advanceClock(wait);
            owner = signIn(Owner, email, QLatin1String(Password));
        }
        QCOMPARE(owner.status, 200);
        QVERIFY(owner.header("x-auth-token").startsWith("kw_ses_"));

        // The owner's success does not unblock the attacker's address.
        QCOMPARE(signIn(Attacker, email, QLatin1String(Password)).status, 429);
        // Every failure was audited with the attacker's address; no password is in the log.
        const HttpResponse audit
            = m_server.http().get(QStringLiteral("v1/audit?action=login"), session(m_server.loginAdmin()));
        int fromAttacker = 0;
        for (const QJsonValue& v : audit.response().value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            fromAttacker += e.value(QStringLiteral("outcome")).toString() == QLatin1String("failed")
                && e.value(QStringLiteral("client_address")).toString() == Attacker.toString();
        }
        QCOMPARE(fromAttacker, LoginThrottle::MaxFailuresPerAccountAddress);
        QVERIFY(!audit.body.contains("guess-number"));

        // After the window the attacker's address may try again.
        m_server.advanceClock(LoginThrottle::WindowMs / 1000 + 1);
        QCOMPARE(signIn(Attacker, email, QStringLiteral("guess-again-1")).status, 401);
    }

    // A spray of addresses cannot wipe the table (and with it every hard stop): lapsed entries go first, then the
    // oldest quarter; a recent block survives the spray that follows it.
    void evictionKeepsRecentBlocks()
    {
        const int capacity = 1000;
        LoginThrottle throttle(capacity);
        const qint64 start = 1'000'000'000'000;
        // Old noise, long lapsed, then a spray of fresh failures far beyond the capacity.
        for (int i = 0; i < capacity / 2; ++i)
            throttle.failed(QStringLiteral("old-%1").arg(i), QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250),
                            start - LoginThrottle::WindowMs - 1000);
        qint64 now = start;
        int smallestOnceFull = capacity;
        bool full = false;
        auto spray = [&](int from, int count) {
            for (int i = from; i < from + count; ++i) {
                throttle.failed(QStringLiteral("spray-%1").arg(i),
                                QStringLiteral("10.2.%1.%2").arg(i / 250).arg(i % 250), ++now);
                const int size = throttle.size();
                QVERIFY(size <= capacity + 3); // each failure adds at most three entries
                full = full || size >= capacity;
                if (full)
                    smallestOnceFull = std::min(smallestOnceFull, size);
            }
        };
        spray(0, capacity * 2);
        QVERIFY(full);
        // The victim's address is blocked; more spray follows (enough to evict several times over the oldest).
        for (int i = 0; i < LoginThrottle::MaxFailuresPerAccountAddress; ++i)
            throttle.failed(QStringLiteral("victim"), QStringLiteral("10.0.0.1"), ++now);
        spray(capacity * 2, capacity / 5);
        QVERIFY(throttle.retryAfter(QStringLiteral("victim"), QStringLiteral("10.0.0.1"), now) > 0);
        // Never emptied: at worst a quarter went at once.
        QVERIFY2(smallestOnceFull >= capacity / 2, qPrintable(QString::number(smallestOnceFull)));
        QCOMPARE(throttle.retryAfter(QStringLiteral("someone"), QStringLiteral("10.8.8.8"), now), 0);
    }

private:
    HttpResponse signIn(const QHostAddress& from, const QString& email, const QString& password)
    {
        const QByteArray body
            = QJsonDocument(QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
                  .toJson(QJsonDocument::Compact);
        return requestFrom(from, m_server.url(), "POST", QStringLiteral("v1/auth/login"), body);
    }

    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
