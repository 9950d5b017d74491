#pragma once

#include "core/ApiTypes.h"
#include "core/KeyStatus.h"
#include "core/Policy.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>
#include <array>
#include <limits>
#include <memory>
#include <optional>

namespace Keyward {

// API keys as GET /v1/api-keys lists them (Api::Key), one row per key, in the order they were appended. DisplayRole
// is for people; EditRole holds the raw value for sorting (text, QDateTime for times, the KeyStatus as an int). Keys
// that expire within ExpiryWarningDays get a warning icon and a tool tip. Api::Key holds no secret, so none is kept.
//
// A tenant can have 100,000 keys, so a key is kept as a compact Row (times as milliseconds, the status as an enum,
// the owner, tenant, creator and scopes shared between rows) and its Api::Key is rebuilt when asked for (keyAt()).
// ApiKeyFilterProxy sorts and filters through the typed accessors (textAt(), compareRows(), ...) instead of data(),
// which builds a QVariant per call.
class ApiKeyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Description is last: it takes the width left (the header stretches its last section).
    enum Column {
        Name,
        Owner,
        Prefix,
        Status,
        Scopes,
        Created,
        Expires,
        LastUsed,
        LastUsedFrom,
        Description,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the key id
        StatusRole, // int: KeyStatus
        DescriptionRole, // QString
        OwnerIdRole, // QString
        ExpiringSoonRole, // bool: active and expiring within ExpiryWarningDays
    };
    static constexpr int ExpiryWarningDays = Policy::ExpiryWarningDays;
    // timeAt() of a key without that time.
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    explicit ApiKeyModel(QObject* parent = nullptr);
    ~ApiKeyModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The key in this row (an empty Key when out of range).
    Api::Key keyAt(int row) const;
    QString idAt(int row) const;
    // The status now: a key may have expired since the server answered.
    KeyStatus statusAt(int row) const;
    // The row of this key id, or -1.
    int indexOf(const QString& id) const;
    QStringList ids() const;

    // Raw values without a QVariant, for sorting and filtering. Out of range: an empty text, NoTime, false.
    // The EditRole text of Name, Owner (the e-mail), Prefix, Scopes (comma-separated), LastUsedFrom and Description;
    // empty for other columns.
    const QString& textAt(int row, int column) const;
    const QString& descriptionAt(int row) const;
    // Created, Expires and LastUsed in milliseconds since the epoch (NoTime if none, or for other columns).
    qint64 timeAt(int row, int column) const;
    bool isExpiringSoonAt(int row) const;
    // Negative, zero or positive as the EditRole value of the left row sorts before, with or after the right one's,
    // in QSortFilterProxyModel's order with sortLocaleAware: texts as QString::localeAwareCompare, times as times
    // (none first), the status by its enum. Texts are ranked once per column, then compared as integers.
    int compareRows(int left, int right, int column) const;

    // Appends a page of keys; keys already present are updated instead.
    void append(const QList<Api::Key>& page);
    void clear();
    // Replaces the key with the same id (revoke, re-activate, rotate, edit). False if it is not in the model.
    bool updateKey(const Api::Key& key);
    bool removeKey(const QString& id);

    // "Active", "Inactive", "Expired" in the user's language.
    QString statusText(KeyStatus status) const;

    // Days until the key expires, rounded up (0 or less once it has). Empty when it has no expiry.
    static std::optional<int> daysUntilExpiry(const QDateTime& expiresAt, const QDateTime& now);

private:
    struct Row
    {
        QString id;
        QString name;
        QString description;
        QString prefix;
        QString scopes; // comma-separated, shared
        QString ownerId; // shared
        QString ownerEmail; // shared
        QString tenantId; // shared
        QString createdBy; // shared
        QString lastUsedAddress;
        qint64 created = NoTime; // ms since the epoch
        qint64 updated = NoTime;
        qint64 expires = NoTime;
        qint64 lastUsed = NoTime;
        qint32 rateLimit = 0;
        KeyStatus status = KeyStatus::Inactive; // as the server said
        QString leakUrl; // where a leaked key was found (status Leaked)
        qint64 leakedAt = NoTime;
    };
    struct TextOrder;

    Row rowFrom(const Api::Key& key);
    static Api::Key keyFrom(const Row& row);
    QString intern(const QString& text);
    static QString scopesText(const Row& row, const QString& separator);
    static KeyStatus statusOf(const Row& row, qint64 now);
    static bool isExpiringSoon(const Row& row, KeyStatus status, qint64 now);
    static const QString& textOf(const Row& row, int column);
    static qint64 timeOf(const Row& row, int column);
    QVariant displayData(const Row& row, KeyStatus status, int column) const;
    QVariant editData(const Row& row, KeyStatus status, int column) const;
    QVariant decorationData(const Row& row, KeyStatus status, int column) const;
    QVariant toolTipData(const Row& row, KeyStatus status, int column) const;
    QVariant foregroundData(const Row& row, KeyStatus status, int column) const;
    TextOrder& textOrder(int column) const;
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_index; // id -> row
    QHash<QString, QString> m_strings; // the texts rows share (owners, tenant, creators, scopes)
    mutable std::array<std::unique_ptr<TextOrder>, ColumnCount> m_textOrders; // built by compareRows()
    QIcon m_activeIcon;
    QIcon m_inactiveIcon;
    QIcon m_expiredIcon;
    QIcon m_warningIcon;
};

} // namespace Keyward
