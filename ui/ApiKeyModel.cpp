#include "ui/ApiKeyModel.h"

#include "core/Timestamps.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <cmath>

namespace Keyward {

namespace {
QDateTime timeFrom(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    const std::optional<qint64> ms = Timestamps::fromIso(value.toString());
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

QString shortDateTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// Text in a colour that reads as "bad" on light and dark palettes alike.
QColor negativeColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x1c, 0x1c);
}
} // namespace

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

int ApiKeyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiKeyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ApiKeyModel::Row ApiKeyModel::parse(const QJsonObject& key)
{
    Row row;
    row.json = key;
    row.json.remove(QStringLiteral("secret")); // shown once by the caller, never kept
    row.id = key.value(QStringLiteral("id")).toString();
    row.name = key.value(QStringLiteral("name")).toString();
    row.description = key.value(QStringLiteral("description")).toString();
    const QJsonObject owner = key.value(QStringLiteral("owner")).toObject();
    row.ownerId = owner.value(QStringLiteral("id")).toString();
    row.ownerEmail = owner.value(QStringLiteral("email")).toString();
    row.prefix = key.value(QStringLiteral("prefix")).toString();
    for (const QJsonValue& scope : key.value(QStringLiteral("scopes")).toArray())
        row.scopes.append(scope.toString());
    row.created = timeFrom(key.value(QStringLiteral("created_at")));
    row.expires = timeFrom(key.value(QStringLiteral("expires_at")));
    row.lastUsed = timeFrom(key.value(QStringLiteral("last_used_at")));
    row.lastUsedAddress = key.value(QStringLiteral("last_used_address")).toString();
    row.status = keyStatusFromName(key.value(QStringLiteral("status")).toString()).value_or(KeyStatus::Inactive);
    return row;
}

std::optional<int> ApiKeyModel::daysUntilExpiry(const QDateTime& expiresAt, const QDateTime& now)
{
    if (!expiresAt.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(expiresAt);
    return int(std::ceil(double(seconds) / 86400.0));
}

bool ApiKeyModel::isExpiringSoon(const Row& row) const
{
    if (row.status != KeyStatus::Active || !row.expires.isValid())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return row.expires > now && now.secsTo(row.expires) <= qint64(ExpiryWarningDays) * 86400;
}

QString ApiKeyModel::statusText(KeyStatus status) const
{
    switch (status) {
    case KeyStatus::Active:
        return tr("Active");
    case KeyStatus::Inactive:
        return tr("Inactive");
    case KeyStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QVariant ApiKeyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Row row = m_rows.at(index.row());
    // The server says what the status was when it answered; a key may have expired since.
    if (row.expires.isValid() && row.expires <= QDateTime::currentDateTimeUtc())
        row.status = KeyStatus::Expired;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole:
        return editData(row, column);
    case Qt::DecorationRole:
        return decorationData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::ForegroundRole:
        return foregroundData(row, column);
    case Qt::AccessibleTextRole:
        if (column == Status || (column == Expires && isExpiringSoon(row)))
            return toolTipData(row, column);
        return displayData(row, column);
    case IdRole:
        return row.id;
    case StatusRole:
        return int(row.status);
    case DescriptionRole:
        return row.description;
    case OwnerIdRole:
        return row.ownerId;
    case ExpiringSoonRole:
        return isExpiringSoon(row);
    case KeyObjectRole:
        return row.json;
    default:
        return {};
    }
}

QVariant ApiKeyModel::displayData(const Row& row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Owner:
        return row.ownerEmail;
    case Prefix:
        return row.prefix;
    case Scopes:
        return row.scopes.join(QStringLiteral(", "));
    case Created:
        return row.created.isValid() ? shortDateTime(row.created) : QString();
    case Expires:
        return row.expires.isValid() ? shortDateTime(row.expires) : tr("Never");
    case LastUsed:
        return row.lastUsed.isValid() ? shortDateTime(row.lastUsed) : tr("Never");
    case Status:
        return statusText(row.status);
    }
    return {};
}

QVariant ApiKeyModel::editData(const Row& row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Owner:
        return row.ownerEmail;
    case Prefix:
        return row.prefix;
    case Scopes:
        return row.scopes.join(QLatin1Char(','));
    case Created:
        return row.created;
    case Expires:
        return row.expires;
    case LastUsed:
        return row.lastUsed;
    case Status:
        return int(row.status);
    }
    return {};
}

QVariant ApiKeyModel::decorationData(const Row& row, int column) const
{
    if (column == Status) {
        switch (row.status) {
        case KeyStatus::Active:
            return m_activeIcon;
        case KeyStatus::Inactive:
            return m_inactiveIcon;
        case KeyStatus::Expired:
            return m_expiredIcon;
        }
    }
    if (column == Expires && isExpiringSoon(row))
        return m_warningIcon;
    return {};
}

QVariant ApiKeyModel::toolTipData(const Row& row, int column) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (column == Expires || column == Status) {
        if (isExpiringSoon(row)) {
            const int days = daysUntilExpiry(row.expires, now).value_or(0);
            return tr("Expires in %n day(s), on %1", nullptr, days).arg(shortDateTime(row.expires));
        }
        if (row.status == KeyStatus::Expired)
            return tr("Expired on %1").arg(shortDateTime(row.expires));
        if (row.status == KeyStatus::Inactive)
            return tr("Revoked: the key does not work until it is re-activated");
        if (column == Status)
            return tr("Active");
        return row.expires.isValid() ? QLocale().toString(row.expires.toLocalTime(), QLocale::LongFormat) : QVariant();
    }
    switch (column) {
    case Name:
        return row.description.isEmpty() ? QVariant() : QVariant(row.description);
    case LastUsed:
        if (row.lastUsed.isValid() && !row.lastUsedAddress.isEmpty())
            return tr("Last used on %1 from %2").arg(shortDateTime(row.lastUsed), row.lastUsedAddress);
        return {};
    case Prefix:
        return tr("Key id: %1").arg(row.id);
    default:
        return {};
    }
}

QVariant ApiKeyModel::foregroundData(const Row& row, int column) const
{
    const QPalette palette = QApplication::palette();
    if (row.status == KeyStatus::Expired && (column == Status || column == Expires))
        return QBrush(negativeColor(palette));
    if (row.status != KeyStatus::Active)
        return palette.brush(QPalette::Disabled, QPalette::Text);
    if (column == Expires && isExpiringSoon(row))
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
    }
    return {};
}

QJsonObject ApiKeyModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).json : QJsonObject();
}

QString ApiKeyModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

KeyStatus ApiKeyModel::statusAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return KeyStatus::Inactive;
    return KeyStatus(data(index(row, Status), StatusRole).toInt());
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

void ApiKeyModel::append(const QJsonArray& page)
{
    QList<Row> fresh;
    for (const QJsonValue& value : page) {
        const QJsonObject key = value.toObject();
        if (!updateKey(key) && !key.value(QStringLiteral("id")).toString().isEmpty())
            fresh.append(parse(key));
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
    endInsertRows();
}

void ApiKeyModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

bool ApiKeyModel::updateKey(const QJsonObject& key)
{
    const int row = indexOf(key.value(QStringLiteral("id")).toString());
    if (row < 0)
        return false;
    m_rows[row] = parse(key);
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
