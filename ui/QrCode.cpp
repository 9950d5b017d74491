#include "ui/QrCode.h"

#include <memory>
#include <qrencode.h>

namespace Keyward {

QImage QrCode::render(const QByteArray& text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    // 8-bit mode keeps the URI byte for byte (no Kanji guessing); version 0 lets the library pick the smallest.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width;
    const int side = modules + 2 * QuietZone;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < modules; ++y) {
        uchar* line = image.scanLine(y + QuietZone);
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte is the module's colour (1: dark); the other bits describe its role.
            if (code->data[y * modules + x] & 0x01)
                line[x + QuietZone] = 0;
        }
    }
    // Whole pixels per module and no smoothing: scanners need sharp edges.
    return image.scaled(side * moduleSize, side * moduleSize, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

} // namespace Keyward
