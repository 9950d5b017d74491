#include "ui/KeyTableView.h"

#include "ui/ApiKeyFilterProxy.h"
#include "ui/ApiKeyModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QStyle>

namespace Keyward {

namespace {
constexpr int RepaintIntervalMs = 100;

// A wide date and time in this locale ("28/12/2026 23:59", "28 déc. 2026 23:59"), for the width of the time columns.
QString widestTime()
{
    return QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
}
} // namespace

KeyTableView::KeyTableView(ApiKeyModel* model, ApiKeyFilterProxy* proxy, const QString& settingsKey,
                           const QList<int>& defaultHidden, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_settingsKey(settingsKey)
    , m_defaultHidden(defaultHidden)
{
    setModel(proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    QHeaderView* header = horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &KeyTableView::showHeaderMenu);
    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    if (state.isEmpty() || !header->restoreState(state))
        resetColumns();

    m_paintTimer.setSingleShot(true);
    m_paintTimer.setInterval(RepaintIntervalMs);
    connect(&m_paintTimer, &QTimer::timeout, this, [this] { viewport()->setUpdatesEnabled(true); });
}

KeyTableView::~KeyTableView()
{
    saveHeader();
}

void KeyTableView::resetColumns()
{
    QHeaderView* header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical != visual)
            header->moveSection(header->visualIndex(visual), visual);
    }
    const QFontMetrics metrics = fontMetrics();
    const int margins = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 16;
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    const int time = metrics.horizontalAdvance(widestTime()) + margins;
    const auto textWidth = [&](const QString& text) { return metrics.horizontalAdvance(text) + margins; };
    setColumnWidth(ApiKeyModel::Name, textWidth(QStringLiteral("M").repeated(14)));
    setColumnWidth(ApiKeyModel::Owner, textWidth(QStringLiteral("firstname.lastname@acme")));
    setColumnWidth(ApiKeyModel::Prefix, textWidth(QStringLiteral("kw_live_ABCD")));
    int status = textWidth(m_model->headerData(ApiKeyModel::Status, Qt::Horizontal).toString());
    for (const KeyStatus each : {KeyStatus::Active, KeyStatus::Inactive, KeyStatus::Expired})
        status = qMax(status, icon + textWidth(m_model->statusText(each)));
    setColumnWidth(ApiKeyModel::Status, status);
    setColumnWidth(ApiKeyModel::Scopes, textWidth(QStringLiteral("read, write")));
    setColumnWidth(ApiKeyModel::Created, time);
    setColumnWidth(ApiKeyModel::Expires, time + icon);
    setColumnWidth(ApiKeyModel::LastUsed, time);
    setColumnWidth(ApiKeyModel::LastUsedFrom, textWidth(QStringLiteral("255.255.255.255")));
    for (int column = 0; column < ApiKeyModel::ColumnCount; ++column)
        setColumnHidden(column, m_defaultHidden.contains(column) || m_withheld.contains(column));
    header->setSortIndicator(ApiKeyModel::Created, Qt::DescendingOrder);
}

void KeyTableView::withholdColumn(int column)
{
    m_withheld.append(column);
    setColumnHidden(column, true);
}

void KeyTableView::saveHeader() const
{
    QSettings().setValue(m_settingsKey, horizontalHeader()->saveState());
}

QMenu* KeyTableView::createColumnsMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    for (int column = 0; column < ApiKeyModel::ColumnCount; ++column) {
        if (m_withheld.contains(column))
            continue;
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column%1Action").arg(column));
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        action->setEnabled(column != ApiKeyModel::Name); // a row needs something to be known by
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu->addSeparator();
    menu->addAction(tr("Default columns"), this, &KeyTableView::resetColumns)
        ->setObjectName(QStringLiteral("defaultColumnsAction"));
    return menu;
}

void KeyTableView::showHeaderMenu(const QPoint& position)
{
    QMenu* menu = createColumnsMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(horizontalHeader()->viewport()->mapToGlobal(position));
}

QList<Api::Key> KeyTableView::selectedKeys() const
{
    QList<Api::Key> keys;
    const QModelIndexList rows = selectionModel()->selectedRows();
    keys.reserve(rows.size());
    for (const QModelIndex& index : rows)
        keys.append(m_model->keyAt(m_proxy->mapToSource(index).row()));
    return keys;
}

Api::Key KeyTableView::currentKey() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? Api::Key() : m_model->keyAt(m_proxy->mapToSource(rows.first()).row());
}

bool KeyTableView::selectKey(const QString& id)
{
    const int row = m_model->indexOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ApiKeyModel::Name));
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void KeyTableView::setEmptyText(const QString& text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void KeyTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height();
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

void KeyTableView::holdRepaints()
{
    if (m_model->rowCount() == 0 || m_paintTimer.isActive())
        return;
    viewport()->setUpdatesEnabled(false);
    m_paintTimer.start();
}

void KeyTableView::releaseRepaints()
{
    m_paintTimer.stop();
    viewport()->setUpdatesEnabled(true);
}

} // namespace Keyward
