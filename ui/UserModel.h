#pragma once

#include "core/ApiTypes.h"

#include <QAbstractTableModel>

namespace Keyward {

// The tenant's users (GET /v1/users) as Api::User, one row each, for the Users page. EditRole holds raw values for
// sorting (texts, the creation time as QDateTime).
class UserModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Email, Name, Role, TwoFactor, Status, Created, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setUsers(const QList<Api::User>& users);
    // Replaces the user with the same id, or appends a new one.
    void updateUser(const Api::User& user);
    Api::User userAt(int row) const { return m_users.value(row); }
    int indexOf(const QString& id) const;
    // "admin", "support", "user" in the user's language.
    static QString roleText(Keyward::Role role);

private:
    QList<Api::User> m_users;
};

} // namespace Keyward
