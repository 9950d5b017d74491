#include "ui/KeyTableView.h"

#include "ui/ApiKeyFilterProxy.h"
#include "ui/ApiKeyModel.h"
#include "ui/ColumnWidths.h"
#include "ui/EmptyState.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStyle>

namespace Keyward {

namespace {
constexpr int RepaintIntervalMs = 100;
const QString WantedWidthsSuffix = QStringLiteral("Widths");

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
    m_emptyState = new EmptyState(this);
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
    if (state.isEmpty() || !header->restoreState(state)) {
        resetColumns();
    } else {
        rememberWidths();
        // The widths wanted, which a narrow window may have cut down before the state was saved.
        const QVariantList wanted = QSettings().value(m_settingsKey + WantedWidthsSuffix).toList();
        if (wanted.size() == m_preferredWidths.size())
            for (int column = 0; column < wanted.size(); ++column)
                m_preferredWidths[column] = wanted.at(column).toInt();
    }
    // A width the user gives a column is the one it goes back to when the window has room again.
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (!m_fitting && logical < m_preferredWidths.size())
            m_preferredWidths[logical] = size;
    });

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
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    const int time = ColumnWidths::forDateTime(this);
    const auto textWidth = [this](const QString& text) { return ColumnWidths::forText(this, text); };
    setColumnWidth(ApiKeyModel::Name, textWidth(QStringLiteral("M").repeated(14)));
    setColumnWidth(ApiKeyModel::Owner, textWidth(QStringLiteral("firstname.lastname@acme")));
    setColumnWidth(ApiKeyModel::Prefix, textWidth(QStringLiteral("kw_live_ABCD")));
    int status = textWidth(m_model->headerData(ApiKeyModel::Status, Qt::Horizontal).toString());
    for (const KeyStatus each : {KeyStatus::Active, KeyStatus::Inactive, KeyStatus::Expired, KeyStatus::Leaked})
        status = qMax(status, icon + textWidth(m_model->statusText(each)));
    setColumnWidth(ApiKeyModel::Status, status);
    setColumnWidth(ApiKeyModel::Scopes, textWidth(QStringLiteral("read, write")));
    setColumnWidth(ApiKeyModel::Created, ColumnWidths::forDate(this));
    setColumnWidth(ApiKeyModel::Expires, ColumnWidths::forDate(this) + icon);
    setColumnWidth(ApiKeyModel::LastUsed, time);
    setColumnWidth(ApiKeyModel::LastUsedFrom, textWidth(QStringLiteral("255.255.255.255")));
    for (int column = 0; column < ApiKeyModel::ColumnCount; ++column)
        setColumnHidden(column, m_defaultHidden.contains(column) || m_withheld.contains(column));
    header->setSortIndicator(ApiKeyModel::Created, Qt::DescendingOrder);
    rememberWidths();
    fitColumns();
}

void KeyTableView::rememberWidths()
{
    m_preferredWidths.clear();
    for (int column = 0; column < horizontalHeader()->count(); ++column)
        m_preferredWidths.append(horizontalHeader()->sectionSize(column));
}

void KeyTableView::fitColumns()
{
    QHeaderView* header = horizontalHeader();
    const int available = viewport()->width();
    if (available <= 0 || m_preferredWidths.size() != header->count())
        return;
    // The last column shown stretches into what is left, down to what its header needs.
    int last = -1;
    for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            last = header->logicalIndex(visual);
    const QList<int> elastic {ApiKeyModel::Description, ApiKeyModel::Owner, ApiKeyModel::Name};
    m_fitting = true;
    // No header is ever cut: not by the defaults, nor by widths remembered in another language.
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || column == last)
            continue;
        m_preferredWidths[column] = qMax(m_preferredWidths.at(column), header->sectionSizeHint(column));
        if (!elastic.contains(column) && header->sectionSize(column) < m_preferredWidths.at(column))
            header->resizeSection(column, m_preferredWidths.at(column));
    }
    int needed = last >= 0 ? header->sectionSizeHint(last) : 0;
    for (int column = 0; column < header->count(); ++column)
        if (!header->isSectionHidden(column) && column != last)
            needed += elastic.contains(column) ? m_preferredWidths.at(column) : header->sectionSize(column);
    // Rather than scroll sideways, the text columns give up width (and elide), first the description, the owner
    // last but one, the name last, each down to what its header and a few characters need.
    int excess = needed - available;
    for (const int column : elastic) {
        if (header->isSectionHidden(column) || column == last)
            continue;
        const int preferred = m_preferredWidths.at(column);
        const int least = qMax(header->sectionSizeHint(column), fontMetrics().averageCharWidth() * 10);
        const int cut = qBound(0, excess, qMax(0, preferred - least));
        header->resizeSection(column, preferred - cut);
        excess -= cut;
    }
    m_fitting = false;
}

void KeyTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void KeyTableView::withholdColumn(int column)
{
    m_withheld.append(column);
    setColumnHidden(column, true);
}

void KeyTableView::saveHeader() const
{
    QSettings settings;
    settings.setValue(m_settingsKey, horizontalHeader()->saveState());
    QVariantList wanted;
    for (const int width : m_preferredWidths)
        wanted.append(width);
    settings.setValue(m_settingsKey + WantedWidthsSuffix, wanted);
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
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            setColumnHidden(column, !shown);
            fitColumns();
        });
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

void KeyTableView::setEmptyState(const QString& text, const QString& buttonText, std::function<void()> onClick)
{
    m_emptyState->setState(text, buttonText, std::move(onClick));
}

QString KeyTableView::emptyText() const
{
    return m_emptyState->text();
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
