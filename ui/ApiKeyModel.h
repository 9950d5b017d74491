#pragma once

#include "core/KeyStatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace Keyward {

// API keys as GET /v1/api-keys lists them (the ApiKey object of docs/api/openapi.yaml), one row per key, in the
// order they were appended. DisplayRole is for people; EditRole holds the raw value for sorting (text, QDateTime for
// times, the KeyStatus as an int). Keys that expire within ExpiryWarningDays get a warning icon and a tool tip.
// A secret is never kept: "secret" is dropped from every object given to the model.
class ApiKeyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Owner, Prefix, Scopes, Created, Expires, LastUsed, Status, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the key id
        StatusRole, // int: KeyStatus
        DescriptionRole, // QString
        OwnerIdRole, // QString
        ExpiringSoonRole, // bool: active and expiring within ExpiryWarningDays
        KeyObjectRole, // QJsonObject: the whole key
    };
    static constexpr int ExpiryWarningDays = 7;

    explicit ApiKeyModel(QObject* parent = nullptr);
    ~ApiKeyModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The key in this row (an empty object when out of range).
    QJsonObject keyAt(int row) const;
    QString idAt(int row) const;
    KeyStatus statusAt(int row) const;
    // The row of this key id, or -1.
    int indexOf(const QString& id) const;
    QStringList ids() const;

    // Appends a page of keys (objects of the list answer); keys already present are updated instead.
    void append(const QJsonArray& page);
    void clear();
    // Replaces the key with the same id (revoke, re-activate, rotate, edit). False if it is not in the model.
    bool updateKey(const QJsonObject& key);
    bool removeKey(const QString& id);

    // Days until the key expires, rounded up (0 or less once it has). Empty when it has no expiry.
    static std::optional<int> daysUntilExpiry(const QDateTime& expiresAt, const QDateTime& now);

private:
    struct Row
    {
        QJsonObject json;
        QString id;
        QString name;
        QString description;
        QString ownerId;
        QString ownerEmail;
        QString prefix;
        QStringList scopes;
        QDateTime created;
        QDateTime expires;
        QDateTime lastUsed;
        QString lastUsedAddress;
        KeyStatus status = KeyStatus::Active;
    };
    static Row parse(const QJsonObject& key);
    QVariant displayData(const Row& row, int column) const;
    QVariant editData(const Row& row, int column) const;
    QVariant decorationData(const Row& row, int column) const;
    QVariant toolTipData(const Row& row, int column) const;
    QVariant foregroundData(const Row& row, int column) const;
    bool isExpiringSoon(const Row& row) const;
    QString statusText(KeyStatus status) const;
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_index; // id -> row
    QIcon m_activeIcon;
    QIcon m_inactiveIcon;
    QIcon m_expiredIcon;
    QIcon m_warningIcon;
};

} // namespace Keyward
