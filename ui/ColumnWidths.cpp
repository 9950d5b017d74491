#include "ui/ColumnWidths.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QWidget>

namespace Keyward::ColumnWidths {

int forText(const QWidget* view, const QString& text)
{
    const int margins = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 16;
    return view->fontMetrics().horizontalAdvance(text) + margins;
}

int forDateTime(const QWidget* view)
{
    // A wide date and time in this locale ("28/12/2026 23:59", "28 déc. 2026 23:59").
    return forText(view, QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat));
}

int forDate(const QWidget* view)
{
    return forText(view, QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
}

void atLeastHeaders(QHeaderView* header)
{
    for (int logical = 0; logical < header->count(); ++logical)
        if (!header->isSectionHidden(logical) && header->sectionSize(logical) < header->sectionSizeHint(logical))
            header->resizeSection(logical, header->sectionSizeHint(logical));
}

} // namespace Keyward::ColumnWidths
