#include "server/service/GithubScanningKeys.h"

#include "core/JsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace Keyward {

namespace {
// The documents GitHub publishes hold a few keys; anything near this is not one of them.
constexpr int MaxKeys = 100;

// A PEM public key that is an EC key on P-256, the only kind GitHub signs with; null otherwise (`why` says why).
std::shared_ptr<evp_pkey_st> readP256Key(const QByteArray& pem, QString* why)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())),
                                                  &BIO_free);
    std::shared_ptr<evp_pkey_st> key;
    if (bio)
        key.reset(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    ERR_clear_error();
    if (!key) {
        *why = QStringLiteral("is not a PEM public key");
        return nullptr;
    }
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC
        || EVP_PKEY_get_group_name(key.get(), group, sizeof group, &length) != 1 || qstrcmp(group, "prime256v1") != 0) {
        ERR_clear_error();
        *why = QStringLiteral("is not an ECDSA P-256 key");
        return nullptr;
    }
    return key;
}
} // namespace

std::optional<GithubScanningKeys> GithubScanningKeys::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = QStringLiteral("cannot read the GitHub secret-scanning keys file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    std::optional<GithubScanningKeys> keys = fromJson(file.read(1024 * 1024), error);
    if (!keys)
        *error = QStringLiteral("the GitHub secret-scanning keys file %1 %2").arg(path, *error);
    return keys;
}

std::optional<GithubScanningKeys> GithubScanningKeys::fromJson(const QByteArray& document, QString* error)
{
    const QString expected = QStringLiteral("(expected GitHub's document: {\"public_keys\": [{\"key_identifier\": …, "
                                            "\"key\": \"-----BEGIN PUBLIC KEY-----…\"}]})");
    QString problem;
    qsizetype offset = 0;
    if (!JsonReader::checkSyntax(document, &problem, &offset)) {
        *error = QStringLiteral("is not valid JSON: %1 at offset %2").arg(problem).arg(offset);
        return std::nullopt;
    }
    const QJsonValue list = QJsonDocument::fromJson(document).object().value(QStringLiteral("public_keys"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > MaxKeys) {
        *error = QStringLiteral("has no \"public_keys\" array of 1 to %1 keys %2").arg(MaxKeys).arg(expected);
        return std::nullopt;
    }
    GithubScanningKeys keys;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString identifier = entry.value(QStringLiteral("key_identifier")).toString();
        const QString pem = entry.value(QStringLiteral("key")).toString();
        if (identifier.isEmpty() || pem.isEmpty()) {
            *error = QStringLiteral("has a key (number %1) without a \"key_identifier\" or a \"key\" %2")
                         .arg(i + 1)
                         .arg(expected);
            return std::nullopt;
        }
        if (keys.m_keys.contains(identifier.toUtf8())) {
            *error = QStringLiteral("names the key identifier %1 twice").arg(identifier);
            return std::nullopt;
        }
        QString why;
        std::shared_ptr<evp_pkey_st> key = readP256Key(pem.toUtf8(), &why);
        if (!key) {
            *error = QStringLiteral("has a key %1 (%2) that %3").arg(i + 1).arg(identifier, why);
            return std::nullopt;
        }
        keys.m_keys.insert(identifier.toUtf8(), std::move(key));
    }
    return keys;
}

GithubScanningKeys::Verdict GithubScanningKeys::verify(const QByteArray& identifier, const QByteArray& signature,
                                                       const QByteArray& body) const
{
    const auto found = m_keys.constFind(identifier.trimmed());
    if (found == m_keys.constEnd())
        return Verdict::UnknownKeyIdentifier;
    const QByteArray::FromBase64Result der
        = QByteArray::fromBase64Encoding(signature.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!der || der.decoded.isEmpty())
        return Verdict::MalformedSignature;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    // 1 only for a signature that verifies; 0 for one that does not, negative for one that is not DER at all.
    const bool valid = context
        && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, found.value().get()) == 1
        && EVP_DigestVerifyUpdate(context.get(), body.constData(), static_cast<size_t>(body.size())) == 1
        && EVP_DigestVerifyFinal(context.get(), reinterpret_cast<const unsigned char*>(der.decoded.constData()),
                                 static_cast<size_t>(der.decoded.size()))
            == 1;
    ERR_clear_error(); // this thread's OpenSSL error queue: nothing of a refused signature stays behind
    return valid ? Verdict::Valid : Verdict::BadSignature;
}

} // namespace Keyward
