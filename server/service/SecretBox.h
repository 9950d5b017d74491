#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Keyward {

// Encrypts the few secrets the server must be able to read back (TOTP seeds) before they reach the database:
// libsodium secretbox (XSalsa20-Poly1305) under a 256-bit key kept in a file outside the database (created with
// mode 0600 on first start). A copy of the database alone reveals no TOTP seed.
class SecretBox
{
public:
    static std::optional<SecretBox> loadOrCreate(const QString& path, QString* error);
    SecretBox(const SecretBox& other) = default;
    ~SecretBox();

    QByteArray seal(const QByteArray& plain) const; // "v1:" + base64(nonce || ciphertext)
    std::optional<QByteArray> open(const QByteArray& sealed) const; // nullopt if tampered or under another key

private:
    explicit SecretBox(const QByteArray& key);
    QByteArray m_key;
};

} // namespace Keyward
