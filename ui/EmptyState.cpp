#include "ui/EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward {

EmptyState::EmptyState(QAbstractItemView* view)
    : QWidget(view->viewport())
    , m_view(view)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_label->setObjectName(QStringLiteral("emptyStateLabel"));
    m_button->setObjectName(QStringLiteral("emptyStateButton"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_onClick)
            m_onClick();
    });
    view->viewport()->installEventFilter(this);
    if (const QAbstractItemModel* model = view->model()) {
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &EmptyState::follow);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::follow);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::follow);
    }
    setVisible(false);
}

void EmptyState::setState(const QString& text, const QString& buttonText, std::function<void()> onClick)
{
    m_label->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    m_onClick = std::move(onClick);
    follow();
}

QString EmptyState::text() const
{
    return m_label->text();
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        follow();
    return QWidget::eventFilter(watched, event);
}

void EmptyState::follow()
{
    const QAbstractItemModel* model = m_view->model();
    const bool empty = model && model->rowCount() == 0 && !m_label->text().isEmpty();
    if (empty)
        setGeometry(m_view->viewport()->rect());
    if (empty != isVisible())
        setVisible(empty);
}

} // namespace Keyward
