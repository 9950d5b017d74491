// keyward: the desktop console. Wires the core (ApiClient, SecretStore) and the widgets together.

#include "core/ApiClient.h"
#include "core/ProcessClock.h"
#include "core/SecretStore.h"
#include "ui/Clipboard.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>
#include <QUrl>

using namespace Keyward;

namespace {
// --help, --version and bad options are answered without a display (no QApplication needed for them).
bool answersWithoutWindow(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

void describe(QCoreApplication&)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("keyward.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
}
} // namespace

int main(int argc, char* argv[])
{
    if (answersWithoutWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe(app);
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Keyward: manage authentication and API keys."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption({QStringLiteral("server"), QStringLiteral("Open the sign-in for this keywardd server."),
                          QStringLiteral("URL")});
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    describe(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    QApplication::setDesktopFileName(QStringLiteral("dev.keyward.Keyward"));

    installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Keyward: manage authentication and API keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("main", "Open the sign-in for this keywardd server."),
                                          QStringLiteral("URL"));
    parser.addOption(serverOption);
    parser.process(app);

    QString server = parser.value(serverOption);
    if (!server.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(server);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            fprintf(stderr, "keyward: --server needs an http(s) address, e.g. http://127.0.0.1:8421\n");
            return 2;
        }
        server = url.toString(QUrl::StripTrailingSlash);
    }

    ApiClient api;
    SecretStore secrets;
    Clipboard clipboard;
    MainWindow window(api, secrets, clipboard);
    window.show();
    if (qEnvironmentVariableIsSet("KEYWARD_REPORT_STARTUP")) {
        // bench/console: the time from process start to the first shown (and painted) window.
        QTimer::singleShot(0, &window, [] {
            fprintf(stdout, "first-window-ms=%.1f\n", millisecondsSinceProcessStart());
            fflush(stdout);
            if (qEnvironmentVariable("KEYWARD_REPORT_STARTUP") == QLatin1String("exit"))
                QCoreApplication::exit(0);
        });
    }
    window.start(server);
    return QApplication::exec();
}
