#include "ui/MessageWidget.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <cmath>

namespace Keyward {

namespace {
constexpr qreal TintAlpha = 0.2; // how much of the accent colour shows through the background (KMessageWidget's)

double luminance(const QColor& color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

QColor mixed(const QColor& base, const QColor& over, qreal alpha)
{
    return QColor::fromRgbF(base.redF() * (1 - alpha) + over.redF() * alpha,
                            base.greenF() * (1 - alpha) + over.greenF() * alpha,
                            base.blueF() * (1 - alpha) + over.blueF() * alpha);
}
} // namespace

MessageWidget::MessageWidget(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageWidget"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("messageIconLabel"));
    m_iconLabel->setAlignment(Qt::AlignTop);
    layout->addWidget(m_iconLabel);
    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("messageLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_textLabel, 1);
    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(QStringLiteral("messageActionButton"));
    m_actionButton->setVisible(false);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (m_onAction)
            m_onAction();
    });
    setVisible(false);
    updateLook();
}

void MessageWidget::showMessage(const QString& text, Type type)
{
    m_type = type;
    m_textLabel->setText(text);
    setAccessibleName(type == Type::Error ? tr("Error") : type == Type::Warning ? tr("Warning") : tr("Information"));
    setAccessibleDescription(text);
    updateLook();
    setVisible(true);
    // Screen readers: the text changed where the user is not looking.
    QAccessibleEvent event(m_textLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MessageWidget::setAction(const QString& text, std::function<void()> onTriggered)
{
    m_actionButton->setText(text);
    m_actionButton->setVisible(!text.isEmpty());
    m_onAction = std::move(onTriggered);
}

void MessageWidget::hideMessage()
{
    setVisible(false);
    m_textLabel->clear();
}

QString MessageWidget::text() const
{
    return m_textLabel->text();
}

QColor MessageWidget::accentColor(Type type)
{
    // KDE's Breeze "negative", "neutral" and "active" colours, as KMessageWidget uses them.
    switch (type) {
    case Type::Error:
        return QColor(0xda, 0x44, 0x53);
    case Type::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Type::Information:
        break;
    }
    return QColor(0x3d, 0xae, 0xe9);
}

QColor MessageWidget::backgroundColor() const
{
    return mixed(palette().color(QPalette::Window), accentColor(m_type), TintAlpha);
}

QColor MessageWidget::textColor() const
{
    return palette().color(QPalette::WindowText);
}

double MessageWidget::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void MessageWidget::updateLook()
{
    const QStyle::StandardPixmap icon = m_type == Type::Error ? QStyle::SP_MessageBoxCritical
        : m_type == Type::Warning                             ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    QPalette labelPalette = m_textLabel->palette();
    labelPalette.setColor(QPalette::WindowText, textColor());
    m_textLabel->setPalette(labelPalette);
    update();
}

void MessageWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(accentColor(m_type), 1));
    painter.setBrush(backgroundColor());
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLook();
    QFrame::changeEvent(event);
}

} // namespace Keyward
