// keyward-cli: keywardd for scripts and CI, on the console's client core. See --help, and README "keyward-cli".

#include "cli/Commands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>

using namespace Keyward;
using namespace Keyward::Cli;

namespace {

const QString DefaultServer = QStringLiteral("http://127.0.0.1:8421");

QString programHelp()
{
    QString text = QCoreApplication::translate("keyward-cli",
                                               "Usage: keyward-cli [--server URL] [--json] COMMAND [ARGS] [OPTIONS]\n\n"
                                               "Commands:\n");
    for (const Command& command : commands())
        text += QStringLiteral("  %1\n      %2\n")
                    .arg((command.name + QLatin1Char(' ') + command.arguments).trimmed(), command.summary);
    text += QCoreApplication::translate(
                "keyward-cli",
                "\nThe server: --server URL, else KEYWARD_SERVER, else %1.\n"
                "The credential: KEYWARD_TOKEN (a session token, an API key or an authentication key), else the "
                "session that\n"
                "login kept in the OS keychain.\n"
                "--json prints one JSON document. Exit status: 0 done, 1 refused by the server (or a key not valid),\n"
                "2 a usage error. keyward-cli COMMAND --help shows a command's options.\n")
                .arg(DefaultServer);
    return text;
}

// The command named by the first words that are not options ("keys create"), and where they are.
const Command* findCommand(const QStringList& args, QStringList* words)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--server")) {
            ++i; // its value
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        words->append(arg);
        if (words->size() == 2)
            break;
    }
    const Command* best = nullptr;
    for (const Command& command : commands()) {
        const QStringList name = command.name.split(QLatin1Char(' '));
        if (words->mid(0, name.size()) == name && (!best || name.size() > best->name.count(QLatin1Char(' ')) + 1))
            best = &command;
    }
    if (best)
        *words = words->mid(0, best->name.count(QLatin1Char(' ')) + 1);
    return best;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "keyward-cli: %s\n", qUtf8Printable(message));
    return Usage;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    const QStringList args = QCoreApplication::arguments();
    // The client core's log is for the console's log file; here stderr carries only what the user must read.
    // QT_LOGGING_RULES=keyward.*=true brings it back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false"));

    QStringList words;
    const Command* command = findCommand(args, &words);
    if (!command) {
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) || args.size() == 1) {
            std::fputs(qUtf8Printable(programHelp()), args.size() == 1 ? stderr : stdout);
            return args.size() == 1 ? Usage : Success;
        }
        if (args.contains(QStringLiteral("--version"))) {
            std::printf("keyward-cli %s\n", KEYWARD_VERSION);
            return Success;
        }
        return fail(words.isEmpty()
                        ? QStringLiteral("no command (see --help)")
                        : QStringLiteral("unknown command \"%1\" (see --help)").arg(words.join(QLatin1Char(' '))));
    }

    auto parser = std::make_unique<QCommandLineParser>();
    parser->setApplicationDescription(command->summary);
    parser->addPositionalArgument(command->name, {}, command->name + QLatin1Char(' ') + command->arguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("keywardd's URL (or KEYWARD_SERVER)"),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document"));
    parser->addOption(help);
    parser->addOption(server);
    parser->addOption(json);
    if (command->addOptions)
        command->addOptions(*parser);
    if (!parser->parse(args))
        return fail(parser->errorText() + QStringLiteral(" (see keyward-cli %1 --help)").arg(command->name));
    if (parser->isSet(help)) {
        std::fputs(qUtf8Printable(parser->helpText()), stdout);
        return Success;
    }
    QStringList positional = parser->positionalArguments().mid(words.size());
    if (positional.size() < command->minArguments || positional.size() > command->maxArguments)
        return fail(QStringLiteral("%1 takes %2 (see --help)")
                        .arg(command->name,
                             command->arguments.isEmpty() ? QStringLiteral("no arguments") : command->arguments));

    QString url = parser->value(server);
    if (url.isEmpty())
        url = qEnvironmentVariable("KEYWARD_SERVER", DefaultServer);
    if (!QUrl(url).isValid() || QUrl(url).scheme().isEmpty() || QUrl(url).host().isEmpty())
        return fail(QStringLiteral("--server needs a URL such as %1").arg(DefaultServer));

    CliContext context(url, parser->isSet(json));
    QTimer::singleShot(0, &context, [&] {
        const auto run = [&] { command->run(context, *parser, positional); };
        if (!command->needsCredential) {
            run();
            return;
        }
        context.credentials().restore([&context, run](bool ok, const QString& why) {
            if (!ok) {
                std::fprintf(stderr, "keyward-cli: %s\n", qUtf8Printable(why));
                context.finish(Refused);
                return;
            }
            run();
        });
    });
    return QCoreApplication::exec();
}
