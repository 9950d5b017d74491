#include "ui/UserModel.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace Keyward {

int UserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserModel::roleText(Keyward::Role role)
{
    switch (role) {
    case Keyward::Role::Admin:
        return tr("Admin");
    case Keyward::Role::Support:
        return tr("Support");
    case Keyward::Role::User:
        return tr("User");
    }
    return {};
}

QVariant UserModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::User& user = m_users.at(index.row());
    if (role == Qt::UserRole)
        return user.id;
    if (role == Qt::ForegroundRole && user.disabled)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Email:
        return user.email;
    case Name:
        return user.name;
    case Role:
        return roleText(user.role);
    case TwoFactor:
        return user.twoFactorEnabled ? tr("On") : tr("Off");
    case Status:
        return user.disabled ? tr("Disabled") : tr("Active");
    case Created: {
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(user.createdAt).toLocalTime();
        if (role == Qt::EditRole)
            return created;
        return user.createdAt != 0 ? QLocale().toString(created, QLocale::ShortFormat) : QString();
    }
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("E-mail");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case TwoFactor:
        return tr("Two-factor");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    }
    return {};
}

void UserModel::setUsers(const QList<Api::User>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UserModel::updateUser(const Api::User& user)
{
    const int row = indexOf(user.id);
    if (row < 0) {
        beginInsertRows({}, int(m_users.size()), int(m_users.size()));
        m_users.append(user);
        endInsertRows();
        return;
    }
    m_users[row] = user;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int UserModel::indexOf(const QString& id) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace Keyward
