#include "ui/Clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace Keyward {

Clipboard::Clipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Clipboard::tick);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearSecret);
}

Clipboard::~Clipboard()
{
    clearSecret();
}

void Clipboard::copySecret(const QString& secret)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper and other managers skip entries marked as secrets; the macOS and Windows equivalents.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_secret = secret;
    m_secondsLeft = m_clearSeconds;
    m_timer.start();
    emit countdown(m_secondsLeft);
}

void Clipboard::copyText(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
}

void Clipboard::tick()
{
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        emit countdown(m_secondsLeft);
        return;
    }
    clearSecret();
}

void Clipboard::clearSecret()
{
    if (m_secret.isEmpty())
        return;
    m_timer.stop();
    // Only if it is still ours: the user may have copied something else meanwhile.
    if (QGuiApplication::clipboard()->text() == m_secret)
        QGuiApplication::clipboard()->clear();
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
    emit cleared();
}

} // namespace Keyward
