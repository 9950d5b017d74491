#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>
#include <optional>

struct evp_pkey_st;

namespace Keyward {

// The public keys GitHub signs its secret-scanning reports with (the document its secret-scanning public-keys
// endpoint publishes: {"public_keys": [{"key_identifier", "key" (PEM), "is_current"}]}), and the check of a
// report's signature: ECDSA P-256 with SHA-256 over the raw body, DER, in base64. Every listed key is accepted,
// current or not, so that reports signed just before GitHub rotates still verify. Read-only once loaded: verify()
// may run on any number of threads at once.
class GithubScanningKeys
{
public:
    enum class Verdict { Valid, UnknownKeyIdentifier, MalformedSignature, BadSignature };

    // The operator's file (keywardd --github-scanning-keys); nullopt with `error` saying what is wrong with it.
    static std::optional<GithubScanningKeys> load(const QString& path, QString* error);
    static std::optional<GithubScanningKeys> fromJson(const QByteArray& document, QString* error);

    // identifier: Github-Public-Key-Identifier; signature: Github-Public-Key-Signature (base64 of the DER form).
    Verdict verify(const QByteArray& identifier, const QByteArray& signature, const QByteArray& body) const;
    int size() const { return static_cast<int>(m_keys.size()); }

private:
    using PublicKey = std::shared_ptr<evp_pkey_st>;
    QHash<QByteArray, PublicKey> m_keys; // by key_identifier
};

} // namespace Keyward
