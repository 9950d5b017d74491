#include "ui/FittingToolBar.h"

#include <QAction>

namespace Keyward {

FittingToolBar::FittingToolBar(QWidget* parent)
    : QToolBar(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void FittingToolBar::setSecondary(const QList<QAction*>& actions)
{
    m_secondary = actions;
    fit();
}

void FittingToolBar::resizeEvent(QResizeEvent* event)
{
    QToolBar::resizeEvent(event);
    fit();
}

void FittingToolBar::fit()
{
    if (m_fitting || width() <= 0)
        return;
    m_fitting = true;
    // In Qt::ToolButtonTextBesideIcon a low-priority action shows its icon alone (QAction::Priority).
    const auto secondaryPriority = [this](QAction::Priority priority) {
        for (QAction* action : std::as_const(m_secondary))
            action->setPriority(priority);
    };
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    secondaryPriority(QAction::NormalPriority);
    if (sizeHint().width() > width())
        secondaryPriority(QAction::LowPriority);
    if (sizeHint().width() > width())
        setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_fitting = false;
}

} // namespace Keyward
