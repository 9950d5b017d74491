// keywardd: the Keyward auth API server, and the operator commands on the same binary.

#include "server/AdminCommands.h"
#include "server/Daemon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>
#include <sodium.h>
#include <sys/stat.h>

using namespace Keyward;

namespace {
bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535
        || !address->setAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host))
        return false;
    *port = static_cast<quint16>(value);
    return true;
}
// The certificate chain and private key (PEM) for --tls-cert/--tls-key; TLS 1.2 or later only.
std::optional<QSslConfiguration> loadTls(const QString& certPath, const QString& keyPath, QString* error)
{
    if (certPath.isEmpty() || keyPath.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate could be read from %1").arg(certPath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file %1: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("no unencrypted PEM private key (EC or RSA) could be read from %1").arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with keys, not certificates
    return configuration;
}

} // namespace

int main(int argc, char* argv[])
{
    // Everything keywardd creates (the database, its WAL and shm, secret.key, their folders) is the owner's only,
    // from the first byte.
    ::umask(077);
    // Qt's own UNIX event dispatcher costs less per socket event than the GLib one (measured on the verify path).
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keywardd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(
            QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}W %{endif}%{if-critical}E %{endif}"
                           "%{category} %{message}"));
    if (sodium_init() < 0) {
        qCritical("keywardd: libsodium could not be initialised");
        return 1;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Keyward auth API server.\n\nCommands (global options first):\n"
        "  tenant add NAME --admin-email E   create a tenant and its admin (password from stdin, or generated)\n"
        "  user add --tenant NAME --email E --role user|support|admin"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address and port to listen on."),
                                          QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8421"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("SQLite file, or postgres://user:pass@host:port/db."),
                                      QStringLiteral("PATH|URL"));
    const QCommandLineOption costOption(
        QStringLiteral("argon2"), QStringLiteral("Password hashing cost: interactive (default), moderate, minimum."),
        QStringLiteral("cost"), QStringLiteral("interactive"));
    const QCommandLineOption workersOption(
        QStringLiteral("workers"),
        QStringLiteral("Threads for password hashing, for all HTTP threads together (each takes the argon2 memory)."),
        QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption httpThreadsOption(QStringLiteral("http-threads"),
                                               QStringLiteral("Event-loop threads accepting requests (default 2)."),
                                               QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption noAccessLogOption(QStringLiteral("no-access-log"),
                                               QStringLiteral("Do not log each request."));
    const QCommandLineOption testClockOption(
        QStringLiteral("test-clock"), QStringLiteral("Tests only: POST /v1/test/clock moves the clock forward."));
    const QCommandLineOption secretKeyOption(
        QStringLiteral("secret-key-file"),
        QStringLiteral(
            "Key that encrypts TOTP seeds and webhook secrets in the database (created on first start; default: "
            "secret.key in the data folder). Instances sharing a database need the same file."),
        QStringLiteral("file"));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM)."),
                                           QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."),
                                          QStringLiteral("file"));
    const QCommandLineOption adminEmailOption(
        QStringLiteral("admin-email"), QStringLiteral("tenant add: the admin's e-mail."), QStringLiteral("email"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"), QStringLiteral("user add: the tenant's name."),
                                          QStringLiteral("name"));
    const QCommandLineOption emailOption(QStringLiteral("email"), QStringLiteral("user add: the e-mail."),
                                         QStringLiteral("email"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("user add: user, support or admin."),
                                        QStringLiteral("role"), QStringLiteral("user"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("user add: the display name."),
                                        QStringLiteral("name"));
    const QCommandLineOption trustedProxyOption(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("A load balancer's address or CIDR whose X-Forwarded-For is believed (repeatable)."),
        QStringLiteral("cidr"));
    const QCommandLineOption webhookAllowPrivateOption(
        QStringLiteral("webhook-allow-private"),
        QStringLiteral("Tests and local development only: webhooks may use http:// and private, loopback or local "
                       "addresses."));
    const QCommandLineOption webhookCaOption(
        QStringLiteral("webhook-ca-file"),
        QStringLiteral("Certificates (PEM) trusted for webhook receivers beside the system's, e.g. a private CA."),
        QStringLiteral("file"));
    const QCommandLineOption githubScanningKeysOption(
        QStringLiteral("github-scanning-keys"),
        QStringLiteral("GitHub's secret-scanning public keys (the JSON GitHub publishes): turns on POST "
                       "/v1/secret-scanning/github, which revokes keys GitHub finds in public."),
        QStringLiteral("file"));
    parser.addOptions({listenOption, dbOption, costOption, workersOption, httpThreadsOption, noAccessLogOption,
                       testClockOption, secretKeyOption, tlsCertOption, tlsKeyOption, adminEmailOption, tenantOption,
                       emailOption, roleOption, nameOption, trustedProxyOption, webhookAllowPrivateOption,
                       githubScanningKeysOption, webhookCaOption});
    parser.process(app);

    QTextStream err(stderr);
    DaemonOptions options;
    if (!parseListen(parser.value(listenOption), &options.address, &options.port)) {
        err << "keywardd: --listen needs host:port, e.g. 127.0.0.1:8421\n";
        return 2;
    }
    if (!PasswordHasher::costFromName(parser.value(costOption), &options.cost)) {
        err << "keywardd: --argon2 must be interactive, moderate or minimum\n";
        return 2;
    }
    for (const QString& cidr : parser.values(trustedProxyOption)) {
        if (!options.trustedProxies.addTrustedProxy(cidr)) {
            err << "keywardd: --trusted-proxy needs an address or CIDR, e.g. 10.0.0.0/8; got " << cidr << "\n";
            return 2;
        }
    }
    options.workerThreads = std::max(1, parser.value(workersOption).toInt());
    options.httpThreads = std::clamp(parser.value(httpThreadsOption).toInt(), 1, 64);
    options.accessLog = !parser.isSet(noAccessLogOption);
    options.testClock = parser.isSet(testClockOption);
    options.webhookAllowPrivate = parser.isSet(webhookAllowPrivateOption);
    if (parser.isSet(tlsCertOption) || parser.isSet(tlsKeyOption)) {
        QString tlsError;
        options.tls = loadTls(parser.value(tlsCertOption), parser.value(tlsKeyOption), &tlsError);
        if (!options.tls) {
            err << "keywardd: " << tlsError << "\n";
            return 2;
        }
    }
    if (parser.isSet(webhookCaOption)) {
        options.webhookCaCertificates = QSslCertificate::fromPath(parser.value(webhookCaOption), QSsl::Pem);
        if (options.webhookCaCertificates.isEmpty()) {
            err << "keywardd: --webhook-ca-file holds no PEM certificate: " << parser.value(webhookCaOption) << "\n";
            return 2;
        }
    }
    if (parser.isSet(githubScanningKeysOption)) {
        QString keysError;
        options.githubScanningKeys = GithubScanningKeys::load(parser.value(githubScanningKeysOption), &keysError);
        if (!options.githubScanningKeys) {
            err << "keywardd: " << keysError << "\n";
            return 2;
        }
    }

    QString location = parser.value(dbOption);
    if (location.isEmpty())
        location = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/keyward.db");
    QString error;
    std::unique_ptr<SqlStorage> storage = SqlStorage::open(location, &error);
    if (!storage) {
        err << "keywardd: " << error << "\n";
        return 1;
    }
    QString keyPath = parser.value(secretKeyOption);
    if (keyPath.isEmpty())
        keyPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/secret.key");
    // A new key would leave every sealed seed unreadable (each user's 2FA broken, their codes counted as wrong):
    // a missing key file is an operator error to fix, not something to paper over.
    if (!QFileInfo::exists(keyPath)) {
        if (const int sealed = storage->usersWithSealedSeeds(); sealed != 0) {
            err << "keywardd: the secret key file " << keyPath << " is missing, but "
                << (sealed < 0 ? QStringLiteral("the database could not say how many") : QString::number(sealed))
                << " users' two-factor seeds are sealed with it. Restore it from your backup (or pass "
                   "--secret-key-file); see docs/security.md.\n";
            return 1;
        }
        // Webhook signing secrets are sealed with it too: a new key would leave every endpoint unverifiable.
        if (const int webhooks = storage->webhookCount(); webhooks != 0) {
            err << "keywardd: the secret key file " << keyPath << " is missing, but "
                << (webhooks < 0 ? QStringLiteral("the database could not say how many") : QString::number(webhooks))
                << " webhooks' signing secrets are sealed with it. Restore it from your backup (or pass "
                   "--secret-key-file); see docs/security.md.\n";
            return 1;
        }
    }
    std::optional<SecretBox> secretBox = SecretBox::loadOrCreate(keyPath, &error);
    if (!secretBox) {
        err << "keywardd: " << error << "\n";
        return 1;
    }
    SqlStorage* storageHandle = storage.get(); // owned by the daemon from here on
    Daemon daemon(std::move(storage), std::move(*secretBox), options);

    const QStringList command = parser.positionalArguments();
    if (!command.isEmpty()) {
        QHash<QString, QString> values;
        for (const QCommandLineOption* option :
             {&adminEmailOption, &tenantOption, &emailOption, &roleOption, &nameOption})
            values.insert(option->names().constFirst(), parser.value(*option));
        return AdminCommands::run(command, values, daemon.context(), daemon.users());
    }

    {
        // Instances starting together on an empty database create the first tenant and admin once.
        const std::unique_ptr<SqlStorage::SetupLock> setup = storageHandle->lockSetup();
        if (!setup || !AdminCommands::bootstrap(daemon.context(), daemon.users()))
            return 1;
    }
    const quint16 port = daemon.start();
    if (port == 0) {
        err << "keywardd: cannot listen on " << parser.value(listenOption) << "\n";
        return 1;
    }
    daemon.handleSignals();
    QTextStream out(stdout);
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(options.address.toString())
        : options.address.toString();
    const QString scheme = options.tls ? QStringLiteral("https") : QStringLiteral("http");
    out << "keywardd listening on " << scheme << "://" << host << ":" << port << "\n";
    out << "Database: " << (location.contains(QLatin1String("://")) ? QStringLiteral("PostgreSQL") : location) << "\n";
    out << "Sign in: curl -i -X POST " << scheme << "://" << host << ":" << port
        << "/v1/auth/login -H 'Content-Type: application/json' -d '{\"email\":\"...\",\"password\":\"...\"}'\n";
    out.flush();
    return app.exec();
}
