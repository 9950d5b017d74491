#pragma once

#include <QObject>
#include <QTimer>

namespace Keyward {

// Every copy in the console goes through here. Secrets are marked for clipboard managers
// (x-kde-passwordManagerHint = secret) and cleared after a timeout if the clipboard still holds them; a countdown
// signal feeds the status bar. The clipboard is also cleared when the console quits.
class Clipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultClearSeconds = 30;

    explicit Clipboard(QObject* parent = nullptr);
    ~Clipboard() override;

    void copySecret(const QString& secret);
    void copyText(const QString& text);
    void setClearSeconds(int seconds) { m_clearSeconds = seconds; }
    int clearSeconds() const { return m_clearSeconds; }
    bool isCountingDown() const { return m_timer.isActive(); }
    // Clears now if the clipboard still holds our secret.
    void clearSecret();

signals:
    void countdown(int secondsLeft);
    void cleared();

private:
    void tick();

    QTimer m_timer;
    QString m_secret;
    int m_clearSeconds = DefaultClearSeconds;
    int m_secondsLeft = 0;
};

} // namespace Keyward
