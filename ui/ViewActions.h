#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QStyle>

class QAction;
class QAbstractItemView;
class QWidget;

namespace Keyward {

// Building blocks shared by the key tables' toolbars and context menus.
namespace ViewActions {
// The desktop theme's icon, or the style's standard one where the theme has none.
QIcon themeIcon(const QString& name, QStyle::StandardPixmap fallback, const QWidget* widget);
// An action owned by owner, named (objectName) for tests, offered in the view's context menu, with a shortcut that
// works while the view (or a child) has focus.
QAction* add(QWidget* owner, QAbstractItemView* view, const char* name, const QString& text, const QIcon& icon,
             const QKeySequence& shortcut = {});
} // namespace ViewActions

} // namespace Keyward
