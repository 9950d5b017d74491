#pragma once

#include "cli/CliContext.h"

#include <QCommandLineParser>
#include <functional>
#include <vector>

namespace Keyward::Cli {

// One keyward-cli command ("keys create"): its options, whether it needs a credential, and what it does. run() ends
// the program through CliContext (finish, refuse or usage), asynchronously.
struct Command
{
    QString name; // "keys create"
    QString arguments; // for the usage line, e.g. "NAME"
    QString summary;
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<void(CliContext&, const QCommandLineParser&, const QStringList& arguments)> run;
    bool needsCredential = true;
    int minArguments = 0;
    int maxArguments = 0;
};

const std::vector<Command>& commands();

} // namespace Keyward::Cli
