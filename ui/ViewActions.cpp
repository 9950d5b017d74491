#include "ui/ViewActions.h"

#include <QAbstractItemView>
#include <QAction>

namespace Keyward::ViewActions {

QIcon themeIcon(const QString& name, QStyle::StandardPixmap fallback, const QWidget* widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

QAction* add(QWidget* owner, QAbstractItemView* view, const char* name, const QString& text, const QIcon& icon,
             const QKeySequence& shortcut)
{
    auto* action = new QAction(icon, text, owner);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    view->addAction(action);
    return action;
}

} // namespace Keyward::ViewActions
