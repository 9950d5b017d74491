#include "server/service/SecretBox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Keyward {

namespace {
const QByteArray Version = QByteArrayLiteral("v1:");
}

SecretBox::SecretBox(const QByteArray& key)
    : m_key(key)
{ }

SecretBox::~SecretBox()
{
    if (m_key.isDetached())
        sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
}

std::optional<SecretBox> SecretBox::loadOrCreate(const QString& path, QString* error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the secret key file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
        if (key.size() != crypto_secretbox_KEYBYTES) {
            *error = QStringLiteral("the secret key file %1 does not hold a 32-byte key").arg(path);
            return std::nullopt;
        }
        return SecretBox(key);
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder) && ::mkdir(QFile::encodeName(folder).constData(), 0700) != 0
        && !QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the folder for %1").arg(path);
        return std::nullopt;
    }
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char*>(key.data()));
    // Written whole to a file of its own, then published with link(): instances starting together on one data folder
    // either create the key or read the complete key another one made, never half a file.
    // Owner-only from the first byte: created 0600 (O_EXCL: never an existing file), never widened.
    const QString draft = path + QStringLiteral(".new-%1").arg(::getpid());
    const int fd = ::open(QFile::encodeName(draft).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    QFile out;
    const bool written = fd >= 0 && out.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)
        && out.write(key.toBase64() + '\n') >= 0 && out.flush() && ::fsync(fd) == 0;
    if (fd >= 0 && !out.isOpen())
        ::close(fd);
    out.close();
    if (!written) {
        ::unlink(QFile::encodeName(draft).constData());
        *error = QStringLiteral("cannot write the secret key file %1: %2").arg(path, out.errorString());
        return std::nullopt;
    }
    const int linked = ::link(QFile::encodeName(draft).constData(), QFile::encodeName(path).constData());
    const int linkError = errno;
    ::unlink(QFile::encodeName(draft).constData());
    if (linked != 0 && linkError == EEXIST && QFileInfo::exists(path))
        return loadOrCreate(path, error); // another instance made it first: use that one (it exists: no second turn)
    if (linked != 0) {
        *error = QStringLiteral("cannot write the secret key file %1: %2")
                     .arg(path, QString::fromLocal8Bit(strerror(linkError)));
        return std::nullopt;
    }
    return SecretBox(key);
}

QByteArray SecretBox::seal(const QByteArray& plain) const
{
    QByteArray box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(box.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()), nonce,
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    return Version + box.toBase64();
}

std::optional<QByteArray> SecretBox::open(const QByteArray& sealed) const
{
    if (!sealed.startsWith(Version))
        return std::nullopt;
    const QByteArray box = QByteArray::fromBase64(sealed.mid(Version.size()));
    if (box.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return std::nullopt;
    const auto* nonce = reinterpret_cast<const unsigned char*>(box.constData());
    const qsizetype cipherLength = box.size() - crypto_secretbox_NONCEBYTES;
    QByteArray plain(cipherLength - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(cipherLength), nonce,
                                   reinterpret_cast<const unsigned char*>(m_key.constData()))
        != 0)
        return std::nullopt;
    return plain;
}

} // namespace Keyward
