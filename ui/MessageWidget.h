#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

namespace Keyward {

// An inline message bar, as KeePassXC's MessageWidget (on KMessageWidget): an icon and wrapped text on a background
// tinted with the message's colour, framed in that colour. The text keeps the palette's own text colour, so it reads
// as well as any other text of the theme (never QPalette::BrightText, which is near-white on light themes).
class MessageWidget : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Error, Warning, Information };

    explicit MessageWidget(QWidget* parent = nullptr);

    void showMessage(const QString& text, Type type = Type::Error);
    // A button beside the text (as KMessageWidget's actions), e.g. "Show them" under an expiry warning; it stays
    // until replaced. An empty text removes it.
    void setAction(const QString& text, std::function<void()> onTriggered);
    QPushButton* actionButton() const { return m_actionButton; }
    void hideMessage();
    QString text() const;
    Type type() const { return m_type; }
    // The colour of the frame and the icon for a type; the background is this colour over the window's.
    static QColor accentColor(Type type);
    QColor backgroundColor() const;
    QColor textColor() const;

    // The least contrast of text and background (WCAG 2 AA for text).
    static constexpr double MinContrast = 4.5;
    // WCAG 2 contrast ratio of two colours (1 … 21).
    static double contrastRatio(const QColor& a, const QColor& b);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateLook();

    QLabel* m_iconLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QPushButton* m_actionButton = nullptr;
    std::function<void()> m_onAction;
    Type m_type = Type::Error;
};

} // namespace Keyward
