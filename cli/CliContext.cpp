#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace Keyward::Cli {

CliContext::CliContext(const QString& server, bool json, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_json(json)
    , m_credentials(m_client, server)
    , m_keys(m_client)
    , m_account(m_client)
    , m_users(m_client)
    , m_audit(m_client)
    , m_out(stdout)
{
    m_client.setBaseUrl(QUrl(server));
}

void CliContext::print(const QString& text)
{
    m_out << text;
    m_out.flush();
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::refuse(const ApiError& error)
{
    QString text = error.message;
    if (!error.code.isEmpty())
        text += QStringLiteral(" (%1)").arg(error.code);
    if (error.code == QLatin1String(ErrorCode::NetworkError) || error.code == QLatin1String(ErrorCode::Timeout))
        text = tr("cannot reach the server at %1: %2").arg(m_server, text);
    std::fprintf(stderr, "keyward-cli: %s\n", qUtf8Printable(text));
    finish(Refused);
}

void CliContext::usage(const QString& message)
{
    std::fprintf(stderr, "keyward-cli: %s\n", qUtf8Printable(message));
    finish(Usage);
}

void CliContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    // A session renewed during the run must reach the keychain before the process ends (the old refresh token is
    // spent: losing the new one would sign the user out).
    m_credentials.whenSettled([code] { QCoreApplication::exit(code); });
}

} // namespace Keyward::Cli
