#include "ui/AuditTab.h"

#include "core/Endpoints.h"
#include "ui/AuditModel.h"
#include "ui/ColumnWidths.h"
#include "ui/ConsoleStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Keyward {

AuditTab::AuditTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
    , m_model(new AuditModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_actionCombo(new QComboBox(this))
    , m_userCombo(new QComboBox(this))
    , m_userLabel(new QLabel(tr("&User:"), this))
    , m_search(new QLineEdit(this))
    , m_moreButton(new QPushButton(tr("Load &older entries"), this))
{
    setObjectName(QStringLiteral("auditTab"));
    setWindowTitle(tr("Audit"));
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_actionCombo->setObjectName(QStringLiteral("actionComboBox"));
    m_userCombo->setObjectName(QStringLiteral("userComboBox"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_moreButton->setObjectName(QStringLiteral("moreButton"));

    m_actionCombo->addItem(tr("All actions"), QString());
    const QList<QPair<QString, QString>> actions {
        {tr("Sign-ins"), QStringLiteral("login")},
        {tr("Keys created"), QStringLiteral("key.created")},
        {tr("Keys edited"), QStringLiteral("key.updated")},
        {tr("Keys revoked"), QStringLiteral("key.revoked")},
        {tr("Keys re-activated"), QStringLiteral("key.reactivated")},
        {tr("Keys rotated"), QStringLiteral("key.rotated")},
        {tr("Keys deleted"), QStringLiteral("key.deleted")},
        {tr("Revoked keys used"), QStringLiteral("key.used_after_revoke")},
        {tr("Authentication keys"), QStringLiteral("auth_key.regenerated")},
        {tr("Password changes"), QStringLiteral("password.changed")},
        {tr("Users changed"), QStringLiteral("user.updated")},
    };
    for (const auto& [label, action] : actions)
        m_actionCombo->addItem(label, action);
    m_actionCombo->setAccessibleName(tr("Action"));
    m_userCombo->addItem(tr("All users"), QString());
    m_userCombo->setAccessibleName(tr("User"));
    m_search->setPlaceholderText(tr("Filter loaded entries…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter the audit log"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditModel::Time, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(AuditModel::Time, ColumnWidths::forDateTime(m_view));
    ColumnWidths::atLeastHeaders(m_view->horizontalHeader());
    m_view->verticalHeader()->setVisible(false);
    m_view->setAccessibleName(tr("Audit log"));

    // On Linux a combo box is announced by its value: only a buddy label gives it a name there.
    auto* actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_actionCombo);
    m_userLabel->setBuddy(m_userCombo);

    auto* filters = new QHBoxLayout;
    filters->addWidget(actionLabel);
    filters->addWidget(m_actionCombo);
    filters->addWidget(m_userLabel);
    filters->addWidget(m_userCombo);
    filters->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_moreButton, 0, Qt::AlignRight);

    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_userCombo, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_moreButton, &QPushButton::clicked, this, [this] { load(true); });
    m_moreButton->setEnabled(false);
}

void AuditTab::setSession(const SessionInfo& session)
{
    ConsoleTab::setSession(session);
    m_userCombo->setVisible(session.seesTenant());
    m_userLabel->setVisible(session.seesTenant());
    if (session.seesTenant())
        loadUsers();
    load(false);
}

void AuditTab::setStore(ConsoleStore* store)
{
    ConsoleTab::setStore(store);
    // Every change adds to the log: the page is behind until it loads again.
    connect(store, &ConsoleStore::anythingChanged, this, &AuditTab::markBehind);
}

void AuditTab::reload()
{
    load(false);
}

void AuditTab::focusFind()
{
    m_search->setFocus();
    m_search->selectAll();
}

void AuditTab::loadUsers()
{
    UsersEndpoint(api()).list(this, [this](const Result<QList<Api::User>>& users) {
        if (!users.ok()) {
            emit errorOccurred(users.error);
            return;
        }
        const QString selected = m_userCombo->currentData().toString();
        QSignalBlocker block(m_userCombo);
        m_userCombo->clear();
        m_userCombo->addItem(tr("All users"), QString());
        for (const Api::User& user : *users.value)
            m_userCombo->addItem(user.email, user.id);
        m_userCombo->setCurrentIndex(std::max(0, m_userCombo->findData(selected)));
    });
}

void AuditTab::load(bool more)
{
    if (m_loading)
        m_loading->abort();
    Api::AuditQuery query;
    query.limit = 200;
    query.action = m_actionCombo->currentData().toString();
    query.userId = m_userCombo->currentData().toString();
    if (more)
        query.before = m_nextBefore;
    if (!more)
        m_model->clear();
    emit busyChanged(true);
    m_loading = AuditEndpoint(api()).list(query, this, [this](const Result<Api::AuditPage>& page) {
        emit busyChanged(false);
        if (!page.ok()) {
            if (page.error.code != QLatin1String(ErrorCode::Canceled))
                emit errorOccurred(page.error);
            return;
        }
        m_model->append(page.value->entries);
        m_nextBefore = page.value->nextBefore;
        markUpdated();
        m_moreButton->setEnabled(m_nextBefore != 0);
        emit statusMessage(tr("%n audit entries shown", nullptr, m_model->rowCount()));
    });
}

} // namespace Keyward
