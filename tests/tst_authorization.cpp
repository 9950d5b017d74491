// Who may do what, route by route, against a real keywardd: every caller (nobody, a user, support, the tenant
// admin, another tenant's admin, and API keys of the admin with limited scopes) against every key, user, tenant,
// audit and account route, with the status and error code each must get. Another tenant's objects answer 404, never
// 403. A refused or hidden mutation must leave every stored object exactly as it was.

#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Keyward::Test;

namespace {
constexpr char Missing[] = "MISSING_API_KEY";
constexpr char Forbidden[] = "FORBIDDEN";
constexpr char NotFound[] = "NOT_FOUND";
constexpr char GlobexAdmin[] = "boss@globex.test";
constexpr char GlobexPassword[] = "globex-password-1";

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result.append(QLatin1String(name));
    return result;
}

QJsonObject withoutUsage(QJsonObject key)
{
    // A caller key's own last use moves while the matrix runs; everything else must stay put.
    key.remove(QStringLiteral("last_used_at"));
    key.remove(QStringLiteral("last_used_address"));
    return key;
}
} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void listsShowOnlyWhatTheCallerMaySee_data();
    void listsShowOnlyWhatTheCallerMaySee();
    void matrix_data();
    void matrix();

private:
    HttpClient& http() { return m_server.http(); }
    QString keyOf(const QByteArray& token, const QJsonObject& body);
    QString freshKey(const QString& ownerId, bool revoked);
    QString resolve(const QString& target);
    QString expand(QString text, const QString& target, const QString& unique);
    QJsonObject world(const QString& keyId);

    TestServer m_server;
    QByteArray m_adminToken;
    QByteArray m_otherToken;
    QHash<QString, Headers> m_callers;
    QHash<QString, QString> m_ids; // placeholder name -> id
    int m_counter = 0;
};

QString TestAuthorization::keyOf(const QByteArray& token, const QJsonObject& body)
{
    const HttpResponse r = http().postJson(QStringLiteral("v1/api-keys"), body, session(token));
    if (r.status != 201) {
        qWarning() << "could not create a key" << r.status << r.body;
        return {};
    }
    return r.response().value(QStringLiteral("id")).toString();
}

// A key created by the admin for ownerId (optionally revoked at once): the target of one destructive row.
QString TestAuthorization::freshKey(const QString& ownerId, bool revoked)
{
    const QString id = keyOf(m_adminToken,
                             {{QStringLiteral("name"), QStringLiteral("target %1").arg(++m_counter)},
                              {QStringLiteral("expires_in_days"), 30},
                              {QStringLiteral("user_id"), ownerId}});
    if (!id.isEmpty() && revoked) {
        const HttpResponse r = http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(id), {}, session(m_adminToken));
        if (r.status != 200)
            qWarning() << "could not revoke" << r.status << r.body;
    }
    return id;
}

QString TestAuthorization::resolve(const QString& target)
{
    if (target == QLatin1String("fresh-user-key"))
        return freshKey(m_ids.value(QStringLiteral("user-id")), false);
    if (target == QLatin1String("fresh-admin-key"))
        return freshKey(m_ids.value(QStringLiteral("admin-id")), false);
    if (target == QLatin1String("revoked-user-key"))
        return freshKey(m_ids.value(QStringLiteral("user-id")), true);
    if (target == QLatin1String("revoked-admin-key"))
        return freshKey(m_ids.value(QStringLiteral("admin-id")), true);
    if (target == QLatin1String("unknown-key"))
        return QStringLiteral("key_doesnotexist0000000000");
    return m_ids.value(target);
}

QString TestAuthorization::expand(QString text, const QString& target, const QString& unique)
{
    text.replace(QLatin1String("{target}"), target);
    text.replace(QLatin1String("{unique}"), unique);
    for (auto it = m_ids.constBegin(); it != m_ids.constEnd(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

// Everything a mutation in the matrix could touch, seen by both tenants' admins.
QJsonObject TestAuthorization::world(const QString& keyId)
{
    QJsonObject state;
    const QList<QPair<QString, QByteArray>> viewers {{QStringLiteral("acme"), m_adminToken},
                                                     {QStringLiteral("globex"), m_otherToken}};
    for (const auto& viewer : viewers) {
        QJsonArray keys;
        const HttpResponse list = http().get(QStringLiteral("v1/api-keys?limit=1000"), session(viewer.second));
        for (const QJsonValue& key : list.response().value(QStringLiteral("keys")).toArray())
            keys.append(withoutUsage(key.toObject()));
        state.insert(viewer.first + QStringLiteral(" keys"), keys);
        state.insert(viewer.first + QStringLiteral(" users"),
                     http().get(QStringLiteral("v1/users"), session(viewer.second)).response());
        state.insert(viewer.first + QStringLiteral(" tenant"),
                     http().get(QStringLiteral("v1/tenant"), session(viewer.second)).response());
    }
    if (!keyId.isEmpty()) {
        const HttpResponse acme = http().get(QStringLiteral("v1/api-keys/") + keyId, session(m_adminToken));
        const HttpResponse globex = http().get(QStringLiteral("v1/api-keys/") + keyId, session(m_otherToken));
        state.insert(QStringLiteral("target"), acme.status == 200 ? acme.response() : globex.response());
        state.insert(QStringLiteral("target status"), acme.status * 1000 + globex.status);
    }
    return state;
}

void TestAuthorization::initTestCase()
{
    QVERIFY(m_server.start());
    m_adminToken = m_server.loginAdmin();
    QVERIFY(!m_adminToken.isEmpty());
    const QJsonObject adminMe = http().get(QStringLiteral("v1/me"), session(m_adminToken)).response();
    m_ids.insert(QStringLiteral("admin-id"), adminMe.value(QStringLiteral("id")).toString());
    m_ids.insert(QStringLiteral("acme-tenant-id"), adminMe.value(QStringLiteral("tenant_id")).toString());
    QVERIFY(!m_ids.value(QStringLiteral("admin-id")).isEmpty());

    m_ids.insert(QStringLiteral("user-id"),
                 m_server.createUser(m_adminToken, QStringLiteral("user@acme.test"), QStringLiteral("user")));
    m_ids.insert(QStringLiteral("support-id"),
                 m_server.createUser(m_adminToken, QStringLiteral("support@acme.test"), QStringLiteral("support")));
    QVERIFY(!m_ids.value(QStringLiteral("user-id")).isEmpty());
    QVERIFY(!m_ids.value(QStringLiteral("support-id")).isEmpty());
    const QByteArray userToken
        = m_server.login(QStringLiteral("user@acme.test"), QStringLiteral("quiet-harbor-lamp-7"));
    const QByteArray supportToken
        = m_server.login(QStringLiteral("support@acme.test"), QStringLiteral("quiet-harbor-lamp-7"));
    QVERIFY(!userToken.isEmpty());
    QVERIFY(!supportToken.isEmpty());

    QByteArray out;
    QCOMPARE(m_server.runCommand({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("globex"),
                                  QStringLiteral("--admin-email"), QLatin1String(GlobexAdmin)},
                                 QByteArray(GlobexPassword) + '\n', &out),
             0);
    m_otherToken = m_server.login(QLatin1String(GlobexAdmin), QLatin1String(GlobexPassword));
    QVERIFY2(!m_otherToken.isEmpty(), out.constData());
    const QJsonObject otherMe = http().get(QStringLiteral("v1/me"), session(m_otherToken)).response();
    m_ids.insert(QStringLiteral("globex-admin-id"), otherMe.value(QStringLiteral("id")).toString());
    m_ids.insert(QStringLiteral("globex-tenant-id"), otherMe.value(QStringLiteral("tenant_id")).toString());
    QCOMPARE(otherMe.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("globex"));
    QVERIFY(m_ids.value(QStringLiteral("globex-tenant-id")) != m_ids.value(QStringLiteral("acme-tenant-id")));

    const QJsonObject days30 {{QStringLiteral("expires_in_days"), 30}};
    auto named = [&](const QString& name, const QStringList& scopes = {}) {
        QJsonObject body = days30;
        body.insert(QStringLiteral("name"), name);
        if (!scopes.isEmpty())
            body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
        return body;
    };
    m_ids.insert(QStringLiteral("user-key"), keyOf(userToken, named(QStringLiteral("user fixture"))));
    m_ids.insert(QStringLiteral("support-key"), keyOf(supportToken, named(QStringLiteral("support fixture"))));
    m_ids.insert(QStringLiteral("admin-key"), keyOf(m_adminToken, named(QStringLiteral("admin fixture"))));
    m_ids.insert(QStringLiteral("globex-key"), keyOf(m_otherToken, named(QStringLiteral("globex fixture"))));
    for (const QString& name : {QStringLiteral("user-key"), QStringLiteral("support-key"), QStringLiteral("admin-key"),
                                QStringLiteral("globex-key")})
        QVERIFY2(!m_ids.value(name).isEmpty(), qPrintable(name));

    // The admin's API keys with limited scopes act as callers.
    const QString readKey
        = m_server.createKey(m_adminToken, named(QStringLiteral("read-only caller"), {QStringLiteral("read")}))
              .value(QStringLiteral("secret"))
              .toString();
    const QString writeKey
        = m_server
              .createKey(m_adminToken,
                         named(QStringLiteral("write caller"), {QStringLiteral("read"), QStringLiteral("write")}))
              .value(QStringLiteral("secret"))
              .toString();
    const QString adminScopeKey
        = m_server
              .createKey(m_adminToken,
                         named(QStringLiteral("admin-scope caller"),
                               {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")}))
              .value(QStringLiteral("secret"))
              .toString();
    QVERIFY(!readKey.isEmpty());
    QVERIFY(!writeKey.isEmpty());
    QVERIFY(!adminScopeKey.isEmpty());

    m_callers.insert(QStringLiteral("anonymous"), {});
    m_callers.insert(QStringLiteral("user"), session(userToken));
    m_callers.insert(QStringLiteral("support"), session(supportToken));
    m_callers.insert(QStringLiteral("admin"), session(m_adminToken));
    m_callers.insert(QStringLiteral("other-admin"), session(m_otherToken));
    m_callers.insert(QStringLiteral("read-key"), bearer(readKey.toLatin1()));
    m_callers.insert(QStringLiteral("write-key"), bearer(writeKey.toLatin1()));
    m_callers.insert(QStringLiteral("admin-scope-key"), bearer(adminScopeKey.toLatin1()));
}

// Runs before the matrix so that the audit log and key lists hold only the fixtures' history.
void TestAuthorization::listsShowOnlyWhatTheCallerMaySee_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("visible");
    QTest::addColumn<QStringList>("hidden");
    QTest::addColumn<QString>("onlyOf"); // every listed key / audit entry belongs to this user

    const QString keys = QStringLiteral("v1/api-keys?limit=1000");
    const QString audit = QStringLiteral("v1/audit?limit=1000");
    const QStringList all {QStringLiteral("user-key"), QStringLiteral("support-key"), QStringLiteral("admin-key")};
    QTest::newRow("keys: user sees own only")
        << "user" << keys << names({"user-key"}) << names({"admin-key", "support-key", "globex-key"}) << "user-id";
    QTest::newRow("keys: user cannot widen with ?user=")
        << "user" << keys + QStringLiteral("&user={admin-id}") << names({"user-key"})
        << names({"admin-key", "support-key", "globex-key"}) << "user-id";
    QTest::newRow("keys: support sees the tenant") << "support" << keys << all << names({"globex-key"}) << "";
    QTest::newRow("keys: admin sees the tenant") << "admin" << keys << all << names({"globex-key"}) << "";
    QTest::newRow("keys: admin filters by user")
        << "admin" << keys + QStringLiteral("&user={user-id}") << names({"user-key"})
        << names({"admin-key", "support-key", "globex-key"}) << "user-id";
    QTest::newRow("keys: read-only key sees the tenant") << "read-key" << keys << all << names({"globex-key"}) << "";
    QTest::newRow("keys: other tenant sees its own only")
        << "other-admin" << keys << names({"globex-key"}) << all << "globex-admin-id";
    QTest::newRow("keys: other tenant cannot reach with ?user=")
        << "other-admin" << keys + QStringLiteral("&user={user-id}") << QStringList() << all << "";
    QTest::newRow("users: support") << "support"
                                    << "v1/users" << names({"user-id", "admin-id", "support-id"})
                                    << names({"globex-admin-id"}) << "";
    QTest::newRow("users: admin") << "admin"
                                  << "v1/users" << names({"user-id", "admin-id", "support-id"})
                                  << names({"globex-admin-id"}) << "";
    QTest::newRow("users: other tenant") << "other-admin"
                                         << "v1/users" << names({"globex-admin-id"})
                                         << names({"user-id", "admin-id", "support-id"}) << "";
    QTest::newRow("tenant: user") << "user"
                                  << "v1/tenant" << names({"acme-tenant-id"}) << names({"globex-tenant-id"}) << "";
    QTest::newRow("tenant: other tenant")
        << "other-admin"
        << "v1/tenant" << names({"globex-tenant-id"}) << names({"acme-tenant-id"}) << "";
    QTest::newRow("audit: user sees own entries")
        << "user" << audit << names({"user-key"}) << names({"admin-key", "support-key", "globex-key"}) << "user-id";
    QTest::newRow("audit: support sees the tenant") << "support" << audit << all << names({"globex-key"}) << "";
    QTest::newRow("audit: other tenant") << "other-admin" << audit << names({"globex-key"}) << all << "";
    QTest::newRow("me: a key acts for its owner") << "read-key"
                                                  << "v1/me" << names({"admin-id"}) << names({"user-id"}) << "";
}

void TestAuthorization::listsShowOnlyWhatTheCallerMaySee()
{
    QFETCH(QString, caller);
    QFETCH(QString, path);
    QFETCH(QStringList, visible);
    QFETCH(QStringList, hidden);
    QFETCH(QString, onlyOf);
    const HttpResponse r = http().get(expand(path, {}, {}), m_callers.value(caller));
    QCOMPARE(r.status, 200);
    for (const QString& name : visible)
        QVERIFY2(r.body.contains(m_ids.value(name).toLatin1()), qPrintable(name + QStringLiteral(" is missing")));
    for (const QString& name : hidden)
        QVERIFY2(!r.body.contains(m_ids.value(name).toLatin1()), qPrintable(name + QStringLiteral(" leaked")));
    if (onlyOf.isEmpty())
        return;
    const QString owner = m_ids.value(onlyOf);
    const bool isAudit = path.startsWith(QLatin1String("v1/audit"));
    const QJsonArray entries
        = r.response().value(isAudit ? QStringLiteral("entries") : QStringLiteral("keys")).toArray();
    QVERIFY(!entries.isEmpty());
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        if (isAudit) {
            QVERIFY2(entry.value(QStringLiteral("actor")).toObject().value(QStringLiteral("id")).toString() == owner
                         || entry.value(QStringLiteral("subject_user_id")).toString() == owner,
                     QJsonDocument(entry).toJson(QJsonDocument::Compact).constData());
        } else {
            QCOMPARE(entry.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(), owner);
        }
    }
}

void TestAuthorization::matrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    struct Expect
    {
        const char* caller;
        int status;
        const char* code;
    };
    auto rows = [](const char* route, const QByteArray& method, const QString& path, const QString& target,
                   const QByteArray& body, std::initializer_list<Expect> expectations) {
        for (const Expect& e : expectations) {
            const QByteArray tag = QByteArray(route)
                + (target.isEmpty() ? QByteArray() : " [" + target.toLatin1() + ']') + " as " + e.caller;
            QTest::newRow(tag.constData()) << method << path << target << QString::fromLatin1(e.caller) << body
                                           << e.status << QString::fromLatin1(e.code);
        }
    };
    const QByteArray newKey = R"({"name":"{unique}","expires_in_days":30})";
    const QByteArray newKeyFor = R"({"name":"{unique}","expires_in_days":30,"user_id":"{target}"})";
    const QByteArray rename = R"({"name":"{unique}"})";
    const QByteArray newUser = R"({"email":"{unique}@example.test","password":"matrix-password-1","role":"user"})";
    const QByteArray tenantCap = R"({"max_key_lifetime_days":3650})";

    // Read-only routes: anyone signed in, limited by what the role sees.
    for (const auto& [route, path] :
         {std::pair {"GET /v1/api-keys", QStringLiteral("v1/api-keys")},
          std::pair {"GET /v1/tenant", QStringLiteral("v1/tenant")},
          std::pair {"GET /v1/audit", QStringLiteral("v1/audit")}, std::pair {"GET /v1/me", QStringLiteral("v1/me")},
          std::pair {"GET /v1/me/auth-key", QStringLiteral("v1/me/auth-key")}}) {
        rows(route, "GET", path, {}, {},
             {{"anonymous", 401, Missing},
              {"user", 200, ""},
              {"support", 200, ""},
              {"admin", 200, ""},
              {"other-admin", 200, ""},
              {"read-key", 200, ""},
              {"write-key", 200, ""},
              {"admin-scope-key", 200, ""}});
    }

    // Creating one's own key needs the write scope; creating one for somebody else needs the admin role.
    rows("POST /v1/api-keys", "POST", QStringLiteral("v1/api-keys"), {}, newKey,
         {{"anonymous", 401, Missing},
          {"user", 201, ""},
          {"support", 201, ""},
          {"admin", 201, ""},
          {"other-admin", 201, ""},
          {"read-key", 403, Forbidden},
          {"write-key", 201, ""},
          {"admin-scope-key", 201, ""}});
    // Least privilege: an admin's key acts for others only with the admin scope.
    rows("POST /v1/api-keys for a user", "POST", QStringLiteral("v1/api-keys"), QStringLiteral("user-id"), newKeyFor,
         {{"anonymous", 401, Missing},
          {"user", 201, ""}, // its own id
          {"support", 403, Forbidden},
          {"admin", 201, ""},
          {"other-admin", 404, NotFound},
          {"read-key", 403, Forbidden},
          {"write-key", 403, Forbidden},
          {"admin-scope-key", 201, ""}});
    rows("POST /v1/api-keys for a user", "POST", QStringLiteral("v1/api-keys"), QStringLiteral("admin-id"), newKeyFor,
         {{"user", 403, Forbidden}, {"support", 403, Forbidden}, {"admin", 201, ""}, {"other-admin", 404, NotFound}});

    // Reading one key.
    const QString oneKey = QStringLiteral("v1/api-keys/{target}");
    rows("GET /v1/api-keys/{id}", "GET", oneKey, QStringLiteral("user-key"), {},
         {{"anonymous", 401, Missing},
          {"user", 200, ""},
          {"support", 200, ""},
          {"admin", 200, ""},
          {"other-admin", 404, NotFound},
          {"read-key", 200, ""},
          {"write-key", 200, ""},
          {"admin-scope-key", 200, ""}});
    rows("GET /v1/api-keys/{id}", "GET", oneKey, QStringLiteral("admin-key"), {},
         {{"anonymous", 401, Missing},
          {"user", 404, NotFound},
          {"support", 200, ""},
          {"admin", 200, ""},
          {"other-admin", 404, NotFound},
          {"read-key", 200, ""},
          {"write-key", 200, ""}});
    rows("GET /v1/api-keys/{id}", "GET", oneKey, QStringLiteral("globex-key"), {},
         {{"user", 404, NotFound}, {"support", 404, NotFound}, {"admin", 404, NotFound}, {"other-admin", 200, ""}});
    rows("GET /v1/api-keys/{id}", "GET", oneKey, QStringLiteral("unknown-key"), {},
         {{"admin", 404, NotFound}, {"other-admin", 404, NotFound}});

    // Changing one key: the owner, or the tenant admin with a credential that has the admin scope (an admin's
    // read/write key changes only the admin's own keys). Each row gets its own target.
    struct Mutation
    {
        const char* route;
        QByteArray method;
        QString path;
        QByteArray body;
        QString userTarget;
        QString adminTarget;
    };
    const QList<Mutation> mutations {
        {"PATCH /v1/api-keys/{id}", "PATCH", oneKey, rename, QStringLiteral("fresh-user-key"),
         QStringLiteral("fresh-admin-key")},
        {"DELETE /v1/api-keys/{id}",
         "DELETE",
         oneKey,
         {},
         QStringLiteral("fresh-user-key"),
         QStringLiteral("fresh-admin-key")},
        {"POST /v1/api-keys/{id}/revoke",
         "POST",
         oneKey + QStringLiteral("/revoke"),
         {},
         QStringLiteral("fresh-user-key"),
         QStringLiteral("fresh-admin-key")},
        {"POST /v1/api-keys/{id}/reactivate",
         "POST",
         oneKey + QStringLiteral("/reactivate"),
         {},
         QStringLiteral("revoked-user-key"),
         QStringLiteral("revoked-admin-key")},
        {"POST /v1/api-keys/{id}/rotate", "POST", oneKey + QStringLiteral("/rotate"), "{}",
         QStringLiteral("fresh-user-key"), QStringLiteral("fresh-admin-key")},
    };
    for (const Mutation& m : mutations) {
        rows(m.route, m.method, m.path, m.userTarget, m.body,
             {{"anonymous", 401, Missing},
              {"user", 200, ""},
              {"support", 403, Forbidden},
              {"admin", 200, ""},
              {"other-admin", 404, NotFound},
              {"read-key", 403, Forbidden},
              {"write-key", 403, Forbidden},
              {"admin-scope-key", 200, ""}});
        rows(m.route, m.method, m.path, m.adminTarget, m.body,
             {{"anonymous", 401, Missing},
              {"user", 404, NotFound},
              {"support", 403, Forbidden},
              {"admin", 200, ""},
              {"other-admin", 404, NotFound},
              {"read-key", 403, Forbidden},
              {"write-key", 200, ""}});
        rows(m.route, m.method, m.path, QStringLiteral("globex-key"), m.body,
             {{"admin", 404, NotFound}, {"write-key", 404, NotFound}});
    }

    // Users and the tenant: reading needs admin or support (and the admin scope for keys); changing needs admin.
    rows("GET /v1/users", "GET", QStringLiteral("v1/users"), {}, {},
         {{"anonymous", 401, Missing},
          {"user", 403, Forbidden},
          {"support", 200, ""},
          {"admin", 200, ""},
          {"other-admin", 200, ""},
          {"read-key", 403, Forbidden},
          {"write-key", 403, Forbidden},
          {"admin-scope-key", 200, ""}});
    rows("POST /v1/users", "POST", QStringLiteral("v1/users"), {}, newUser,
         {{"anonymous", 401, Missing},
          {"user", 403, Forbidden},
          {"support", 403, Forbidden},
          {"admin", 201, ""},
          {"other-admin", 201, ""},
          {"read-key", 403, Forbidden},
          {"write-key", 403, Forbidden},
          {"admin-scope-key", 201, ""}});
    rows("PATCH /v1/users/{id}", "PATCH", QStringLiteral("v1/users/{target}"), QStringLiteral("user-id"), rename,
         {{"anonymous", 401, Missing},
          {"user", 403, Forbidden},
          {"support", 403, Forbidden},
          {"admin", 200, ""},
          {"other-admin", 404, NotFound},
          {"read-key", 403, Forbidden},
          {"write-key", 403, Forbidden},
          {"admin-scope-key", 200, ""}});
    rows("PATCH /v1/tenant", "PATCH", QStringLiteral("v1/tenant"), {}, tenantCap,
         {{"anonymous", 401, Missing},
          {"user", 403, Forbidden},
          {"support", 403, Forbidden},
          {"admin", 200, ""},
          {"other-admin", 200, ""},
          {"read-key", 403, Forbidden},
          {"write-key", 403, Forbidden},
          {"admin-scope-key", 200, ""}});
}

void TestAuthorization::matrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, target);
    QFETCH(QString, caller);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QVERIFY(m_callers.contains(caller));

    const QString targetId = target.isEmpty() ? QString() : resolve(target);
    QVERIFY2(target.isEmpty() || !targetId.isEmpty(), "the row's target could not be created");
    const QString unique = QStringLiteral("matrix-%1").arg(++m_counter);
    const QString url = expand(path, targetId, unique);
    const QByteArray payload = expand(QString::fromUtf8(body), targetId, unique).toUtf8();
    const bool mutation = method != "GET";
    const bool keyTarget = target.endsWith(QLatin1String("-key"));
    const QJsonObject before = mutation ? world(keyTarget ? targetId : QString()) : QJsonObject();
    if (mutation) {
        // The snapshot must hold real data, or "nothing changed" would prove nothing.
        QVERIFY(before.value(QStringLiteral("acme keys")).toArray().size() >= 3);
        QVERIFY(before.value(QStringLiteral("globex users")).toObject().contains(QStringLiteral("users")));
        QVERIFY(!keyTarget || before.value(QStringLiteral("target")).toObject().contains(QStringLiteral("id")));
    }

    const HttpResponse r = http().request(method, url, payload, m_callers.value(caller));
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.json.value(QStringLiteral("success")).toBool(status >= 400), status < 400);
    if (code == QLatin1String(Missing)) {
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject(),
                 QJsonObject({{QStringLiteral("header"), QStringLiteral("Authorization")}}));
    }
    if (!mutation)
        return;

    if (status >= 400) {
        // Refused or hidden: nothing anywhere changed.
        const QJsonObject after = world(keyTarget ? targetId : QString());
        for (auto it = before.constBegin(); it != before.constEnd(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" changed")));
        return;
    }

    // Allowed: the change really happened.
    const QJsonObject response = r.response();
    const QByteArray owner = caller == QLatin1String("other-admin") ? m_otherToken : m_adminToken;
    if (keyTarget) {
        const HttpResponse now = http().get(QStringLiteral("v1/api-keys/") + targetId, session(m_adminToken));
        const QJsonObject was = before.value(QStringLiteral("target")).toObject();
        if (method == "DELETE") {
            QCOMPARE(response.value(QStringLiteral("deleted")).toBool(), true);
            QCOMPARE(now.status, 404);
            return;
        }
        QCOMPARE(now.status, 200);
        const QJsonObject key = now.response();
        if (method == "PATCH") {
            QCOMPARE(key.value(QStringLiteral("name")).toString(), unique);
        } else if (url.endsWith(QLatin1String("/revoke"))) {
            QCOMPARE(was.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
            QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
        } else if (url.endsWith(QLatin1String("/reactivate"))) {
            QCOMPARE(was.value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
            QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        } else if (url.endsWith(QLatin1String("/rotate"))) {
            QVERIFY(response.value(QStringLiteral("secret")).toString().startsWith(QLatin1String("kw_key_")));
            QVERIFY(key.value(QStringLiteral("prefix")).toString() != was.value(QStringLiteral("prefix")).toString());
        } else {
            QFAIL("no effect check for this row");
        }
        return;
    }
    if (url == QLatin1String("v1/api-keys")) {
        QCOMPARE(response.value(QStringLiteral("name")).toString(), unique);
        QVERIFY(response.value(QStringLiteral("secret")).toString().startsWith(QLatin1String("kw_key_")));
        QString expectedOwner = m_ids.value(caller + QStringLiteral("-id"));
        if (payload.contains("user_id"))
            expectedOwner = targetId;
        else if (caller == QLatin1String("other-admin"))
            expectedOwner = m_ids.value(QStringLiteral("globex-admin-id"));
        else if (caller.endsWith(QLatin1String("-key")))
            expectedOwner = m_ids.value(QStringLiteral("admin-id")); // the admin's keys act for the admin
        QCOMPARE(response.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(),
                 expectedOwner);
        QCOMPARE(
            http()
                .get(QStringLiteral("v1/api-keys/") + response.value(QStringLiteral("id")).toString(), session(owner))
                .status,
            200);
        return;
    }
    if (url == QLatin1String("v1/users")) {
        QCOMPARE(response.value(QStringLiteral("email")).toString(), unique + QStringLiteral("@example.test"));
        QVERIFY(http().get(QStringLiteral("v1/users"), session(owner)).body.contains(unique.toLatin1()));
        return;
    }
    if (url.startsWith(QLatin1String("v1/users/"))) {
        QCOMPARE(response.value(QStringLiteral("name")).toString(), unique);
        QVERIFY(http().get(QStringLiteral("v1/users"), session(m_adminToken)).body.contains(unique.toLatin1()));
        return;
    }
    if (url == QLatin1String("v1/tenant")) {
        QCOMPARE(response.value(QStringLiteral("max_key_lifetime_days")).toInt(), 3650);
        QCOMPARE(http()
                     .get(QStringLiteral("v1/tenant"), session(owner))
                     .response()
                     .value(QStringLiteral("max_key_lifetime_days"))
                     .toInt(),
                 3650);
        // Only the caller's own tenant changed.
        const QString otherTenant
            = owner == m_otherToken ? QStringLiteral("acme tenant") : QStringLiteral("globex tenant");
        const QByteArray otherToken = owner == m_otherToken ? m_adminToken : m_otherToken;
        QCOMPARE(http().get(QStringLiteral("v1/tenant"), session(otherToken)).response(),
                 before.value(otherTenant).toObject());
        QCOMPARE(
            http()
                .patchJson(QStringLiteral("v1/tenant"), {{QStringLiteral("max_key_lifetime_days"), 0}}, session(owner))
                .status,
            200);
        return;
    }
    QFAIL("no effect check for this row");
}

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
