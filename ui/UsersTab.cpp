#include "ui/UsersTab.h"

#include "core/Policy.h"
#include "ui/ColumnWidths.h"
#include "ui/ConsoleStore.h"
#include "ui/Dialogs.h"
#include "ui/EmptyState.h"
#include "ui/FittingToolBar.h"
#include "ui/MessageWidget.h"
#include "ui/NewUserDialog.h"
#include "ui/UserModel.h"
#include "ui/ViewActions.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Keyward {

namespace {
// The expiry notice thresholds as the field shows them ("30, 7, 1") and as typed (any order, commas or spaces).
QString daysText(const QList<int>& days)
{
    QStringList parts;
    for (const int d : days)
        parts.append(QString::number(d));
    return parts.join(QStringLiteral(", "));
}
QList<int> daysFrom(const QString& text)
{
    QList<int> days;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        days.append(part.toInt());
    std::sort(days.begin(), days.end(), std::greater<int>());
    return days;
}
} // namespace

using ViewActions::themeIcon;

UsersTab::UsersTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
    , m_users(api)
{
    setObjectName(QStringLiteral("usersTab"));
    setWindowTitle(tr("Users"));
    m_model = new UserModel(this);
    m_model->setObjectName(QStringLiteral("userModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setSortLocaleAware(true);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Search by e-mail, name or role…"));
    m_searchEdit->setAccessibleName(tr("Search users"));
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), m_searchEdit, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, m_searchEdit, &QLineEdit::clear);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersTableView"));
    m_view->setAccessibleName(tr("Users of the tenant"));
    m_view->setModel(m_proxy);
    // Only a search can leave the list empty: the signed-in admin is always in it.
    auto* empty = new EmptyState(m_view);
    connect(m_searchEdit, &QLineEdit::textChanged, empty, [this, empty](const QString& text) {
        if (text.isEmpty())
            empty->setState({});
        else
            empty->setState(tr("No user matches “%1”.").arg(text), tr("Clear search"),
                            [this] { m_searchEdit->clear(); });
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserModel::Email, Qt::AscendingOrder);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(UserModel::Email, 240);
    m_view->setColumnWidth(UserModel::Name, 180);
    ColumnWidths::atLeastHeaders(m_view->horizontalHeader());

    buildActions();
    auto* toolBar = new FittingToolBar(this);
    toolBar->setObjectName(QStringLiteral("usersToolBar"));
    toolBar->setAccessibleName(tr("User actions"));
    toolBar->addActions({m_actionNew, m_actionReload, m_actionShowKeys});
    toolBar->addSeparator();
    toolBar->addActions({m_actionRole, m_actionDisable, m_actionEnable, m_actionResetTwoFactor});
    toolBar->setSecondary({m_actionReload, m_actionEnable, m_actionResetTwoFactor});

    m_tenantBox = new QGroupBox(tr("Tenant settings"), this);
    m_tenantBox->setObjectName(QStringLiteral("tenantGroupBox"));
    auto* tenantForm = new QFormLayout(m_tenantBox);
    m_lifetimeSpin = new QSpinBox(m_tenantBox);
    m_lifetimeSpin->setObjectName(QStringLiteral("maxLifetimeSpinBox"));
    m_lifetimeSpin->setRange(0, 3650);
    m_lifetimeSpin->setSpecialValueText(tr("No maximum"));
    m_lifetimeSpin->setSuffix(tr(" days"));
    m_lifetimeSpin->setToolTip(tr("No key of the tenant may be made to live longer than this; 0: no maximum"));
    m_saveTenantButton = new QPushButton(tr("&Save"), m_tenantBox);
    m_saveTenantButton->setObjectName(QStringLiteral("saveTenantButton"));
    m_saveTenantButton->setEnabled(false);
    auto* lifetimeRow = new QHBoxLayout;
    lifetimeRow->addWidget(m_lifetimeSpin);
    lifetimeRow->addWidget(m_saveTenantButton);
    lifetimeRow->addStretch();
    auto* lifetimeLabel = new QLabel(tr("Maximum key &lifetime:"), m_tenantBox);
    lifetimeLabel->setBuddy(m_lifetimeSpin);
    tenantForm->addRow(lifetimeLabel, lifetimeRow);
    m_noticesEdit = new QLineEdit(m_tenantBox);
    m_noticesEdit->setObjectName(QStringLiteral("expiryNoticesLineEdit"));
    m_noticesEdit->setPlaceholderText(tr("none"));
    m_noticesEdit->setToolTip(tr("Days before a key expires that the tenant's webhooks get a key.expiring notice, "
                                 "e.g. 30, 7, 1 (at most %1 values)")
                                  .arg(Policy::MaxExpiryNoticeThresholds));
    // Digits, commas and spaces; the server judges the values (and says what is wrong).
    m_noticesEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9, ]{0,40}")), m_noticesEdit));
    auto* noticesLabel = new QLabel(tr("E&xpiry notices (days before):"), m_tenantBox);
    noticesLabel->setBuddy(m_noticesEdit);
    tenantForm->addRow(noticesLabel, m_noticesEdit);
    m_tenantMessage = new MessageWidget(m_tenantBox);
    m_tenantMessage->setObjectName(QStringLiteral("tenantMessage"));
    tenantForm->addRow(m_tenantMessage);
    const auto edited
        = [this] { m_saveTenantButton->setEnabled(!isOffline() && session().isAdmin() && tenantChanged()); };
    connect(m_lifetimeSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_noticesEdit, &QLineEdit::textEdited, this, edited);
    connect(m_saveTenantButton, &QPushButton::clicked, this, &UsersTab::saveTenant);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_tenantBox);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersTab::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersTab::updateActions);
    updateActions();
}

void UsersTab::buildActions()
{
    const auto make
        = [this](const char* name, const QString& text, const QString& icon, QStyle::StandardPixmap fallback) {
              return ViewActions::add(this, m_view, name, text, themeIcon(icon, fallback, this));
          };
    m_actionNew = make("actionNewUser", tr("&New user…"), QStringLiteral("list-add-user"), QStyle::SP_FileIcon);
    m_actionReload = make("actionReloadUsers", tr("&Reload"), QStringLiteral("view-refresh"), QStyle::SP_BrowserReload);
    m_actionShowKeys = make("actionShowUserKeys", tr("Show &keys"), QStringLiteral("dialog-password"),
                            QStyle::SP_FileDialogContentsView);
    m_actionShowKeys->setToolTip(tr("List the user's keys on Tenant Keys"));
    m_actionRole = make("actionChangeRole", tr("Change &role…"), QStringLiteral("user-properties"),
                        QStyle::SP_FileDialogDetailedView);
    m_actionDisable
        = make("actionDisableUser", tr("&Disable…"), QStringLiteral("im-ban-user"), QStyle::SP_DialogCancelButton);
    m_actionDisable->setToolTip(tr("The user can no longer sign in, and their keys stop working"));
    m_actionEnable = make("actionEnableUser", tr("&Enable"), QStringLiteral("im-user"), QStyle::SP_DialogApplyButton);
    m_actionResetTwoFactor = make("actionResetTwoFactor", tr("Reset &two-factor…"), QStringLiteral("edit-clear"),
                                  QStyle::SP_DialogResetButton);
    m_actionResetTwoFactor->setToolTip(tr("Turn off the user's second factor, for a lost authenticator"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_adminActions = {m_actionNew, m_actionRole, m_actionDisable, m_actionEnable, m_actionResetTwoFactor};

    connect(m_actionNew, &QAction::triggered, this, &UsersTab::createUser);
    connect(m_actionReload, &QAction::triggered, this, &UsersTab::reload);
    connect(m_actionShowKeys, &QAction::triggered, this, [this] {
        if (const Api::User user = currentUser(); !user.id.isEmpty())
            emit showKeysRequested(user.id);
    });
    connect(m_actionRole, &QAction::triggered, this, &UsersTab::changeRole);
    connect(m_actionDisable, &QAction::triggered, this, [this] { setDisabled(true); });
    connect(m_actionEnable, &QAction::triggered, this, [this] { setDisabled(false); });
    connect(m_actionResetTwoFactor, &QAction::triggered, this, &UsersTab::resetTwoFactor);
    connect(m_view, &QTableView::activated, m_actionShowKeys, &QAction::trigger);
}

void UsersTab::setSession(const SessionInfo& session)
{
    ConsoleTab::setSession(session);
    // Support sees who is there and the settings, and changes nothing.
    for (QAction* action : std::as_const(m_adminActions))
        action->setVisible(session.isAdmin());
    m_lifetimeSpin->setReadOnly(!session.isAdmin());
    m_noticesEdit->setReadOnly(!session.isAdmin());
    m_saveTenantButton->setVisible(session.isAdmin());
    updateActions();
    reload();
}

template<typename T> Done<T> UsersTab::tracked(std::function<void(const T&)> onSuccess)
{
    setWorking(true);
    return [this, onSuccess = std::move(onSuccess)](const Result<T>& result) {
        setWorking(false);
        if (result.ok())
            onSuccess(*result.value);
        else if (result.error.code != QLatin1String(ErrorCode::Canceled))
            emit errorOccurred(result.error);
    };
}

void UsersTab::reload()
{
    if (!session().isValid())
        return;
    ++m_loading;
    setWorking(true);
    m_users.list(this, [this](const Result<QList<Api::User>>& result) {
        setWorking(false);
        --m_loading;
        if (!result.ok()) {
            emit errorOccurred(result.error);
            return;
        }
        const QString selected = currentUser().id;
        m_model->setUsers(*result.value);
        selectUser(selected);
        markUpdated();
    });
    m_users.tenant(this, tracked<Api::Tenant>([this](const Api::Tenant& tenant) {
                       m_savedLifetime = tenant.maxKeyLifetimeDays;
                       m_lifetimeSpin->setValue(tenant.maxKeyLifetimeDays);
                       m_savedNotices = tenant.expiryNoticeDays;
                       m_noticesEdit->setText(daysText(m_savedNotices));
                       m_saveTenantButton->setEnabled(false);
                   }));
}

void UsersTab::setOffline(bool offline)
{
    ConsoleTab::setOffline(offline);
    updateActions();
    m_saveTenantButton->setEnabled(!offline && session().isAdmin() && tenantChanged());
}

bool UsersTab::tenantChanged() const
{
    return m_lifetimeSpin->value() != m_savedLifetime || daysFrom(m_noticesEdit->text()) != m_savedNotices;
}

void UsersTab::focusFind()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

Api::User UsersTab::currentUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? Api::User() : m_model->userAt(m_proxy->mapToSource(rows.first()).row());
}

bool UsersTab::selectUser(const QString& id)
{
    const int row = m_model->indexOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void UsersTab::updateActions()
{
    const Api::User user = currentUser();
    const bool admin = session().isAdmin() && !isOffline();
    const bool other = !user.id.isEmpty() && user.id != session().userId; // admins do not lock themselves out
    m_actionNew->setEnabled(admin);
    m_actionShowKeys->setEnabled(!user.id.isEmpty());
    m_actionRole->setEnabled(admin && other);
    m_actionDisable->setEnabled(admin && other && !user.disabled);
    m_actionEnable->setEnabled(admin && other && user.disabled);
    m_actionResetTwoFactor->setEnabled(admin && !user.id.isEmpty() && user.twoFactorEnabled);
}

void UsersTab::changed(const Api::User& user, const QString& message)
{
    m_model->updateUser(user);
    selectUser(user.id);
    if (store())
        store()->announceUsersChanged();
    emit statusMessage(message);
}

void UsersTab::createUser()
{
    if (!session().isAdmin())
        return;
    auto* dialog = new NewUserDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewUserDialog::submitted, this, [this, dialog](const Api::NewUser& user) {
        m_users.create(user, dialog, [this, dialog](const Result<Api::User>& result) {
            if (!result.ok()) {
                dialog->showFailure(result.error);
                return;
            }
            changed(*result.value, tr("Created the user %1").arg(result.value->email));
            dialog->finish();
        });
    });
    dialog->open();
}

void UsersTab::changeRole()
{
    const Api::User user = currentUser();
    if (!m_actionRole->isEnabled() || user.id.isEmpty())
        return;
    QStringList roles;
    for (const Role role : {Role::User, Role::Support, Role::Admin})
        roles << UserModel::roleText(role);
    auto* input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("roleInputDialog"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Change role"));
    input->setLabelText(tr("Role of %1:").arg(user.email));
    input->setComboBoxItems(roles);
    input->setComboBoxEditable(false);
    input->setTextValue(UserModel::roleText(user.role));
    input->setOkButtonText(tr("Change role"));
    const QString id = user.id;
    connect(input, &QInputDialog::textValueSelected, this, [this, id, roles](const QString& text) {
        const Role roleList[] = {Role::User, Role::Support, Role::Admin};
        const int index = int(roles.indexOf(text));
        if (index < 0)
            return;
        Api::UserChanges changes;
        changes.role = roleList[index];
        m_users.update(id, changes, this, tracked<Api::User>([this](const Api::User& u) {
                           changed(u, tr("%1 is now %2").arg(u.email, UserModel::roleText(u.role)));
                       }));
    });
    input->open();
}

void UsersTab::setDisabled(bool disabled)
{
    const Api::User user = currentUser();
    if (user.id.isEmpty() || !(disabled ? m_actionDisable : m_actionEnable)->isEnabled())
        return;
    const QString id = user.id;
    const auto send = [this, id, disabled] {
        Api::UserChanges changes;
        changes.disabled = disabled;
        m_users.update(id, changes, this, tracked<Api::User>([this, disabled](const Api::User& u) {
                           changed(u, disabled ? tr("Disabled %1").arg(u.email) : tr("Enabled %1").arg(u.email));
                       }));
    };
    if (!disabled) {
        send();
        return;
    }
    Dialogs::confirm(this, tr("Disable user"),
                     tr("Disable %1? They can no longer sign in, and their keys stop working until they are enabled "
                        "again.")
                         .arg(user.email),
                     tr("Disable %1").arg(user.email), send);
}

void UsersTab::resetTwoFactor()
{
    const Api::User user = currentUser();
    if (user.id.isEmpty() || !m_actionResetTwoFactor->isEnabled())
        return;
    const QString id = user.id;
    Dialogs::confirm(this, tr("Reset two-factor"),
                     tr("Turn off the second factor of %1? They sign in with their password alone until they "
                        "enrol again.")
                         .arg(user.email),
                     tr("Reset two-factor"), [this, id] {
                         m_users.resetTwoFactor(id, this, tracked<Api::User>([this](const Api::User& u) {
                                                    changed(u, tr("Reset the second factor of %1").arg(u.email));
                                                }));
                     });
}

void UsersTab::saveTenant()
{
    if (!session().isAdmin())
        return;
    Api::TenantChanges changes;
    const bool lifetimeChanged = m_lifetimeSpin->value() != m_savedLifetime;
    if (lifetimeChanged || daysFrom(m_noticesEdit->text()) == m_savedNotices)
        changes.maxKeyLifetimeDays = m_lifetimeSpin->value();
    if (daysFrom(m_noticesEdit->text()) != m_savedNotices)
        changes.expiryNoticeDays = daysFrom(m_noticesEdit->text());
    m_tenantMessage->hideMessage();
    m_users.updateTenant(changes, this, [this, lifetimeChanged](const Result<Api::Tenant>& result) {
        if (!result.ok()) {
            m_tenantMessage->showMessage(result.error.message);
            return;
        }
        m_savedLifetime = result.value->maxKeyLifetimeDays;
        m_lifetimeSpin->setValue(m_savedLifetime);
        m_savedNotices = result.value->expiryNoticeDays;
        m_noticesEdit->setText(daysText(m_savedNotices));
        m_saveTenantButton->setEnabled(false);
        if (!lifetimeChanged) {
            m_tenantMessage->showMessage(
                m_savedNotices.isEmpty()
                    ? tr("Saved: no expiry notices.")
                    : tr("Saved: expiry notices go out %1 days before a key expires.").arg(daysText(m_savedNotices)),
                MessageWidget::Type::Information);
            return;
        }
        m_tenantMessage->showMessage(m_savedLifetime > 0
                                         ? tr("Saved: keys live at most %n day(s).", nullptr, m_savedLifetime)
                                         : tr("Saved: keys may live as long as their owners choose."),
                                     MessageWidget::Type::Information);
        emit profileChanged(); // the session's cap (SessionInfo) follows
    });
}

} // namespace Keyward
