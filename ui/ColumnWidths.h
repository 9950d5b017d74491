#pragma once

#include <QString>

class QHeaderView;
class QWidget;

namespace Keyward {

// How wide a table column must be for its text not to be cut, in the view's font and style: one rule for every
// table of the console.
namespace ColumnWidths {
// A cell's text plus the margins the item delegate draws around it.
int forText(const QWidget* view, const QString& text);
// A date and time in the short format of the current locale, the widest the console shows.
int forDateTime(const QWidget* view);
// A date alone, in the short format of the current locale.
int forDate(const QWidget* view);
// Widens every shown section that is narrower than its header text (and sort indicator) needs.
void atLeastHeaders(QHeaderView* header);
} // namespace ColumnWidths

} // namespace Keyward
