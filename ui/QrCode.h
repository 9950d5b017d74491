#pragma once

#include <QByteArray>
#include <QImage>

namespace Keyward {

// Renders text (the otpauth:// URI of a TOTP enrolment) as a QR code with libqrencode: dark modules on white, with
// the quiet zone of four modules that scanners need around the symbol. Error correction level M.
class QrCode
{
public:
    static constexpr int QuietZone = 4;

    // Each module becomes a moduleSize × moduleSize square. A null image when the text does not fit a QR code.
    static QImage render(const QByteArray& text, int moduleSize = 6);
};

} // namespace Keyward
