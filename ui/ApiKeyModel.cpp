#include "ui/ApiKeyModel.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <algorithm>
#include <cmath>
#include <vector>

namespace Keyward {

namespace {
QDateTime dateTime(qint64 ms)
{
    return ms == ApiKeyModel::NoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString shortDateTime(qint64 ms)
{
    return QLocale().toString(dateTime(ms).toLocalTime(), QLocale::ShortFormat);
}

// Created and Expires show the day (the hour is in the tool tip and the details pane): with the time, a table of
// every column did not fit 900 px in German.
QString shortDate(qint64 ms)
{
    return QLocale().toString(dateTime(ms).toLocalTime().date(), QLocale::ShortFormat);
}

// Text in a colour that reads as "bad" on light and dark palettes alike.
QColor negativeColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x1c, 0x1c);
}
} // namespace

// The order of one text column as QString::localeAwareCompare sorts it (what QSortFilterProxyModel does with
// sortLocaleAware), as a rank per distinct text: comparing two rows is then comparing two integers. A collation
// compare costs about a hundred times as much, and a sort makes millions of them.
struct ApiKeyModel::TextOrder
{
    std::vector<quint32> rowValues; // row -> value
    QHash<QString, quint32> values; // text -> value
    std::vector<QString> texts; // value -> text
    std::vector<quint32> ranks; // value -> rank; texts that compare equal share one
    std::vector<quint32> sorted; // the placed values in order
    std::vector<bool> sameAsPrevious; // value -> compares equal to the value before it in sorted
    std::vector<quint32> fresh; // values not placed yet

    quint32 valueOf(const QString& text)
    {
        if (const auto it = values.constFind(text); it != values.cend())
            return *it;
        const auto value = quint32(texts.size());
        values.insert(text, value);
        texts.push_back(text);
        ranks.push_back(0);
        sameAsPrevious.push_back(false);
        fresh.push_back(value);
        return value;
    }

    // Merges the fresh values into sorted (a binary search each) and renumbers the ranks: O(fresh log n + n).
    void place()
    {
        if (fresh.empty())
            return;
        const auto less = [this](quint32 a, quint32 b) { return QString::localeAwareCompare(texts[a], texts[b]) < 0; };
        const auto firstFresh = quint32(texts.size() - fresh.size()); // fresh values are the newest
        std::sort(fresh.begin(), fresh.end(), less);
        std::vector<quint32> merged;
        merged.reserve(sorted.size() + fresh.size());
        auto from = sorted.cbegin();
        for (const quint32 value : fresh) {
            const auto at = std::lower_bound(from, sorted.cend(), value, less); // before texts equal to it
            merged.insert(merged.end(), from, at);
            merged.push_back(value);
            from = at;
        }
        merged.insert(merged.end(), from, sorted.cend());
        quint32 rank = 0;
        for (size_t i = 0; i < merged.size(); ++i) {
            const quint32 value = merged[i];
            if (i == 0)
                sameAsPrevious[value] = false;
            else if (value >= firstFresh || merged[i - 1] >= firstFresh) // a new neighbour
                sameAsPrevious[value] = QString::localeAwareCompare(texts[merged[i - 1]], texts[value]) == 0;
            if (i > 0 && !sameAsPrevious[value])
                ++rank;
            ranks[value] = rank;
        }
        sorted.swap(merged);
        fresh.clear();
    }

    quint32 rankAt(int row) const { return ranks[rowValues[size_t(row)]]; }
};

ApiKeyModel::ApiKeyModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    if (QStyle* style = QApplication::style()) {
        m_activeIcon = style->standardIcon(QStyle::SP_DialogApplyButton);
        m_inactiveIcon = style->standardIcon(QStyle::SP_DialogCancelButton);
        m_expiredIcon = style->standardIcon(QStyle::SP_MessageBoxCritical);
        m_warningIcon = style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
}

ApiKeyModel::~ApiKeyModel() = default;

QModelIndex ApiKeyModel::index(int row, int column, const QModelIndex& parent) const
{
    // Without rowCount() and columnCount(): a sorting proxy asks for two indexes per comparison.
    if (row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount || parent.isValid())
        return {};
    return createIndex(row, column);
}

int ApiKeyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiKeyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApiKeyModel::intern(const QString& text)
{
    if (text.isEmpty())
        return text;
    if (const auto it = m_strings.constFind(text); it != m_strings.cend())
        return *it;
    m_strings.insert(text, text);
    return text;
}

ApiKeyModel::Row ApiKeyModel::rowFrom(const Api::Key& key)
{
    // Api::Key says 0 for no time; the proxy sorts NoTime first.
    const auto time = [](qint64 ms) { return ms == 0 ? NoTime : ms; };
    Row row;
    row.id = key.id;
    row.name = key.name;
    row.description = key.description;
    row.prefix = key.prefix;
    row.scopes = intern(key.scopes.join(QLatin1Char(',')));
    row.ownerId = intern(key.owner.id);
    row.ownerEmail = intern(key.owner.email);
    row.tenantId = intern(key.tenantId);
    row.createdBy = intern(key.createdBy);
    row.lastUsedAddress = key.lastUsedAddress;
    row.created = time(key.createdAt);
    row.updated = time(key.updatedAt);
    row.expires = time(key.expiresAt);
    row.lastUsed = time(key.lastUsedAt);
    row.rateLimit = key.rateLimit;
    row.status = key.status;
    if (key.leak.isReported()) {
        row.leakUrl = key.leak.url;
        row.leakedAt = key.leak.reportedAt;
    }
    return row;
}

Api::Key ApiKeyModel::keyFrom(const Row& row)
{
    const auto time = [](qint64 ms) { return ms == NoTime ? 0 : ms; };
    Api::Key key;
    key.id = row.id;
    key.name = row.name;
    key.description = row.description;
    key.prefix = row.prefix;
    // Scope names (read, write, admin, webhook) hold no comma: the joined text splits back exactly.
    key.scopes = row.scopes.isEmpty() ? QStringList() : row.scopes.split(QLatin1Char(','));
    key.status = row.status;
    key.owner = {row.ownerId, row.ownerEmail};
    key.tenantId = row.tenantId;
    key.rateLimit = row.rateLimit;
    key.createdAt = time(row.created);
    key.updatedAt = time(row.updated);
    key.expiresAt = time(row.expires);
    key.lastUsedAt = time(row.lastUsed);
    key.lastUsedAddress = row.lastUsedAddress;
    key.createdBy = row.createdBy;
    key.leak.url = row.leakUrl;
    key.leak.reportedAt = time(row.leakedAt);
    return key;
}

QString ApiKeyModel::scopesText(const Row& row, const QString& separator)
{
    return separator == QLatin1String(",") ? row.scopes : QString(row.scopes).replace(QLatin1Char(','), separator);
}

std::optional<int> ApiKeyModel::daysUntilExpiry(const QDateTime& expiresAt, const QDateTime& now)
{
    if (!expiresAt.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(expiresAt);
    return int(std::ceil(double(seconds) / 86400.0));
}

KeyStatus ApiKeyModel::statusOf(const Row& row, qint64 now)
{
    // The server says what the status was when it answered; a key may have expired since. A leaked key stays
    // "leaked" whatever its expiry (what happened to it matters more).
    if (row.status == KeyStatus::Leaked)
        return KeyStatus::Leaked;
    return row.expires != NoTime && row.expires <= now ? KeyStatus::Expired : row.status;
}

bool ApiKeyModel::isExpiringSoon(const Row& row, KeyStatus status, qint64 now)
{
    if (status != KeyStatus::Active || row.expires == NoTime)
        return false;
    return row.expires > now && (row.expires - now) / 1000 <= qint64(Policy::ExpiryWarningDays) * 86400;
}

const QString& ApiKeyModel::textOf(const Row& row, int column)
{
    static const QString none;
    switch (column) {
    case Name:
        return row.name;
    case Owner:
        return row.ownerEmail;
    case Prefix:
        return row.prefix;
    case Scopes:
        return row.scopes;
    case LastUsedFrom:
        return row.lastUsedAddress;
    case Description:
        return row.description;
    default:
        return none;
    }
}

qint64 ApiKeyModel::timeOf(const Row& row, int column)
{
    switch (column) {
    case Created:
        return row.created;
    case Expires:
        return row.expires;
    case LastUsed:
        return row.lastUsed;
    default:
        return NoTime;
    }
}

QString ApiKeyModel::statusText(KeyStatus status) const
{
    switch (status) {
    case KeyStatus::Active:
        return tr("Active");
    case KeyStatus::Inactive:
        return tr("Revoked");
    case KeyStatus::Expired:
        return tr("Expired");
    case KeyStatus::Leaked:
        return tr("Leaked");
    }
    return {};
}

QVariant ApiKeyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const KeyStatus status = statusOf(row, now);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, status, column);
    case Qt::EditRole:
        return editData(row, status, column);
    case Qt::DecorationRole:
        return decorationData(row, status, column);
    case Qt::ToolTipRole:
        return toolTipData(row, status, column);
    case Qt::ForegroundRole:
        return foregroundData(row, status, column);
    case Qt::AccessibleTextRole:
        if (column == Status || (column == Expires && isExpiringSoon(row, status, now)))
            return toolTipData(row, status, column);
        return displayData(row, status, column);
    case IdRole:
        return row.id;
    case StatusRole:
        return int(status);
    case DescriptionRole:
        return row.description;
    case OwnerIdRole:
        return row.ownerId;
    case ExpiringSoonRole:
        return isExpiringSoon(row, status, now);
    default:
        return {};
    }
}

QVariant ApiKeyModel::displayData(const Row& row, KeyStatus status, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Owner:
        return row.ownerEmail;
    case Prefix:
        return row.prefix;
    case Scopes:
        return scopesText(row, QStringLiteral(", "));
    case Created:
        return row.created != NoTime ? shortDate(row.created) : QString();
    case Expires:
        return row.expires != NoTime ? shortDate(row.expires) : tr("Never");
    case LastUsed:
        return row.lastUsed != NoTime ? shortDateTime(row.lastUsed) : tr("Never");
    case Status:
        return statusText(status);
    case LastUsedFrom:
        return row.lastUsedAddress;
    case Description:
        return row.description;
    }
    return {};
}

QVariant ApiKeyModel::editData(const Row& row, KeyStatus status, int column) const
{
    switch (column) {
    case Name:
    case Owner:
    case Prefix:
    case Scopes:
    case LastUsedFrom:
    case Description:
        return textOf(row, column);
    case Created:
    case Expires:
    case LastUsed:
        return dateTime(timeOf(row, column));
    case Status:
        return int(status);
    }
    return {};
}

QVariant ApiKeyModel::decorationData(const Row& row, KeyStatus status, int column) const
{
    if (column == Status) {
        switch (status) {
        case KeyStatus::Active:
            return m_activeIcon;
        case KeyStatus::Inactive:
            return m_inactiveIcon;
        case KeyStatus::Expired:
            return m_expiredIcon;
        case KeyStatus::Leaked:
            return m_warningIcon;
        }
    }
    if (column == Expires && isExpiringSoon(row, status, QDateTime::currentMSecsSinceEpoch()))
        return m_warningIcon;
    return {};
}

QVariant ApiKeyModel::toolTipData(const Row& row, KeyStatus status, int column) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (column == Expires || column == Status) {
        if (isExpiringSoon(row, status, now.toMSecsSinceEpoch())) {
            const int days = daysUntilExpiry(dateTime(row.expires), now).value_or(0);
            return tr("Expires in %n day(s), on %1", nullptr, days).arg(shortDateTime(row.expires));
        }
        if (status == KeyStatus::Expired)
            return tr("Expired on %1").arg(shortDateTime(row.expires));
        if (status == KeyStatus::Inactive)
            return tr("Revoked: the key does not work until it is re-activated");
        if (status == KeyStatus::Leaked)
            return tr("Leaked: found in public at %1 on %2 and revoked for good")
                .arg(row.leakUrl, shortDateTime(row.leakedAt));
        if (column == Status)
            return tr("Active");
        return row.expires != NoTime ? QLocale().toString(dateTime(row.expires).toLocalTime(), QLocale::LongFormat)
                                     : QVariant();
    }
    switch (column) {
    case Name:
    case Description: // the whole text where the column cuts it
        return row.description.isEmpty() ? QVariant() : QVariant(row.description);
    case Created:
        return row.created != NoTime
            ? QVariant(QLocale().toString(dateTime(row.created).toLocalTime(), QLocale::LongFormat))
            : QVariant();
    case LastUsed:
        if (row.lastUsed != NoTime && !row.lastUsedAddress.isEmpty())
            return tr("Last used on %1 from %2").arg(shortDateTime(row.lastUsed), row.lastUsedAddress);
        return {};
    case Prefix:
        return tr("Key id: %1").arg(row.id);
    default:
        return {};
    }
}

QVariant ApiKeyModel::foregroundData(const Row& row, KeyStatus status, int column) const
{
    const QPalette palette = QApplication::palette();
    if (status == KeyStatus::Expired && (column == Status || column == Expires))
        return QBrush(negativeColor(palette));
    if (status != KeyStatus::Active)
        return palette.brush(QPalette::Disabled, QPalette::Text);
    if (column == Expires && isExpiringSoon(row, status, QDateTime::currentMSecsSinceEpoch()))
        return QBrush(negativeColor(palette));
    return {};
}

QVariant ApiKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Owner:
        return tr("Owner");
    case Prefix:
        return tr("Prefix");
    case Scopes:
        return tr("Scopes");
    case Created:
        return tr("Created");
    case Expires:
        return tr("Expires");
    case LastUsed:
        return tr("Last used");
    case Status:
        return tr("Status");
    case LastUsedFrom:
        return tr("Last used from");
    case Description:
        return tr("Description");
    }
    return {};
}

Api::Key ApiKeyModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? keyFrom(m_rows.at(row)) : Api::Key();
}

QString ApiKeyModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

KeyStatus ApiKeyModel::statusAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return KeyStatus::Inactive;
    return statusOf(m_rows.at(row), QDateTime::currentMSecsSinceEpoch());
}

int ApiKeyModel::indexOf(const QString& id) const
{
    return m_index.value(id, -1);
}

QStringList ApiKeyModel::ids() const
{
    QStringList result;
    result.reserve(m_rows.size());
    for (const Row& row : m_rows)
        result.append(row.id);
    return result;
}

const QString& ApiKeyModel::textAt(int row, int column) const
{
    static const QString none;
    return row >= 0 && row < m_rows.size() ? textOf(m_rows.at(row), column) : none;
}

const QString& ApiKeyModel::descriptionAt(int row) const
{
    static const QString none;
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).description : none;
}

qint64 ApiKeyModel::timeAt(int row, int column) const
{
    return row >= 0 && row < m_rows.size() ? timeOf(m_rows.at(row), column) : NoTime;
}

bool ApiKeyModel::isExpiringSoonAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row& key = m_rows.at(row);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return isExpiringSoon(key, statusOf(key, now), now);
}

ApiKeyModel::TextOrder& ApiKeyModel::textOrder(int column) const
{
    std::unique_ptr<TextOrder>& order = m_textOrders[size_t(column)];
    if (!order)
        order = std::make_unique<TextOrder>();
    if (order->rowValues.size() < size_t(m_rows.size())) { // built now, or rows were appended since
        for (auto row = qsizetype(order->rowValues.size()); row < m_rows.size(); ++row)
            order->rowValues.push_back(order->valueOf(textOf(m_rows.at(row), column)));
        order->place();
    }
    return *order;
}

int ApiKeyModel::compareRows(int left, int right, int column) const
{
    if (left < 0 || right < 0 || left >= m_rows.size() || right >= m_rows.size())
        return 0;
    const auto order = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    switch (column) {
    case Name:
    case Owner:
    case Prefix:
    case Scopes:
    case LastUsedFrom:
    case Description: {
        const TextOrder& texts = textOrder(column);
        return order(texts.rankAt(left), texts.rankAt(right));
    }
    case Created:
    case Expires:
    case LastUsed: // NoTime is the smallest: no time first, as an invalid QDateTime
        return order(timeOf(m_rows.at(left), column), timeOf(m_rows.at(right), column));
    case Status: {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return order(int(statusOf(m_rows.at(left), now)), int(statusOf(m_rows.at(right), now)));
    }
    default:
        return 0;
    }
}

void ApiKeyModel::append(const QList<Api::Key>& page)
{
    QList<Row> fresh;
    for (const Api::Key& key : page) {
        if (!updateKey(key) && !key.id.isEmpty())
            fresh.append(rowFrom(key));
    }
    // The same id twice within one page: keep the last.
    QList<Row> unique;
    QHash<QString, int> seen;
    for (Row& row : fresh) {
        if (const auto it = seen.constFind(row.id); it != seen.constEnd()) {
            unique[*it] = std::move(row);
            continue;
        }
        seen.insert(row.id, int(unique.size()));
        unique.append(std::move(row));
    }
    if (unique.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(unique.size()) - 1);
    for (Row& row : unique) {
        m_index.insert(row.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows(); // the text orders take the new rows when next compared
}

void ApiKeyModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_strings.clear();
    for (std::unique_ptr<TextOrder>& order : m_textOrders)
        order.reset();
    endResetModel();
}

bool ApiKeyModel::updateKey(const Api::Key& key)
{
    const int row = indexOf(key.id);
    if (row < 0)
        return false;
    m_rows[row] = rowFrom(key);
    for (int column = 0; column < ColumnCount; ++column) {
        TextOrder* order = m_textOrders[size_t(column)].get();
        if (order && size_t(row) < order->rowValues.size()) {
            order->rowValues[size_t(row)] = order->valueOf(textOf(m_rows.at(row), column));
            order->place();
        }
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool ApiKeyModel::removeKey(const QString& id)
{
    const int row = indexOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    for (std::unique_ptr<TextOrder>& order : m_textOrders) {
        if (order && size_t(row) < order->rowValues.size())
            order->rowValues.erase(order->rowValues.begin() + row);
    }
    rebuildIndex();
    endRemoveRows();
    return true;
}

void ApiKeyModel::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
}

} // namespace Keyward
