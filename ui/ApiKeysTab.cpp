#include "ui/ApiKeysTab.h"

#include "ui/ApiKeyFilterProxy.h"
#include "ui/ApiKeyModel.h"
#include "ui/FittingToolBar.h"
#include "ui/KeyCommands.h"
#include "ui/KeyDetailsPane.h"
#include "ui/KeyPageLoader.h"
#include "ui/KeyStatusCombo.h"
#include "ui/KeyTableView.h"
#include "ui/MessageWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace Keyward {

namespace {
const QString SplitterStateKey = QStringLiteral("apiKeysTab/splitter");
const QString HeaderStateKey = QStringLiteral("apiKeysTab/header");
constexpr int PageSize = 500;
} // namespace

ApiKeysTab::ApiKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
{
    setObjectName(QStringLiteral("apiKeysTab"));
    setWindowTitle(tr("API Keys"));

    m_model = new ApiKeyModel(this);
    m_model->setObjectName(QStringLiteral("apiKeyModel"));
    m_proxy = new ApiKeyFilterProxy(this);
    m_proxy->setObjectName(QStringLiteral("apiKeyFilterProxy"));
    m_proxy->setSourceModel(m_model);
    m_loader = new KeyPageLoader(api, m_model, this);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Search by name, prefix or description…"));
    m_searchEdit->setAccessibleName(tr("Search keys"));
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &ApiKeyFilterProxy::setFilterText);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), m_searchEdit, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, m_searchEdit, &QLineEdit::clear);

    m_statusCombo = new KeyStatusCombo(this);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(m_statusCombo->status()); });

    m_expiringCheck = new QCheckBox(tr("Expiring within %n day(s)", nullptr, Policy::ExpiryWarningDays), this);
    m_expiringCheck->setObjectName(QStringLiteral("expiringCheckBox"));
    connect(m_expiringCheck, &QCheckBox::toggled, m_proxy, &ApiKeyFilterProxy::setExpiringSoonOnly);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_expiryWarning = new MessageWidget(this);
    m_expiryWarning->setObjectName(QStringLiteral("expiryWarningMessage"));
    m_expiryWarning->setAction(tr("Show them"), [this] { m_expiringCheck->setChecked(true); });

    m_view = new KeyTableView(m_model, m_proxy, HeaderStateKey, {ApiKeyModel::LastUsedFrom}, this);
    m_view->setObjectName(QStringLiteral("keysTableView"));
    m_view->setAccessibleName(tr("Your API keys"));
    m_view->withholdColumn(ApiKeyModel::Owner); // always you here
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(m_view->horizontalHeader()->sortIndicatorSection(),
                         m_view->horizontalHeader()->sortIndicatorOrder());

    m_commands = new KeyCommands(api, clipboard, m_view, m_model,
                                 {"actionNewKey", "actionEditKey", "actionRevokeKey", "actionReactivateKey",
                                  "actionRotateKey", "actionDeleteKey", "actionCopyKeyId"},
                                 this);
    m_commands->setShowsKey([this](const Api::Key& key) { return key.owner.id == session().userId; });
    connect(m_commands, &KeyCommands::statusMessage, this, &ConsoleTab::statusMessage);
    connect(m_commands, &KeyCommands::errorOccurred, this, &ConsoleTab::errorOccurred);
    connect(m_commands, &KeyCommands::working, this, &ApiKeysTab::setWorking);
    connect(m_commands, &KeyCommands::secretIssued, this, &ApiKeysTab::showSecretOnce);

    auto* toolBar = new FittingToolBar(this);
    toolBar->setObjectName(QStringLiteral("keysToolBar"));
    toolBar->setAccessibleName(tr("Key actions"));
    using C = KeyCommands;
    toolBar->addActions({m_commands->action(C::New), m_commands->action(C::Edit)});
    toolBar->addSeparator();
    toolBar->addActions({m_commands->action(C::Revoke), m_commands->action(C::Reactivate),
                         m_commands->action(C::Rotate), m_commands->action(C::Delete)});
    toolBar->addSeparator();
    toolBar->addAction(m_commands->action(C::CopyId));
    toolBar->setSecondary(
        {m_commands->action(C::Reactivate), m_commands->action(C::Rotate), m_commands->action(C::CopyId)});

    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_searchEdit, 1);
    // On Linux a combo box is announced by its value: only a buddy label gives it a name there.
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusCombo);
    filterBar->addWidget(statusLabel);
    filterBar->addWidget(m_statusCombo);
    filterBar->addWidget(m_expiringCheck);
    filterBar->addWidget(m_countLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_expiryWarning);
    // The selected key's details under the table, as tall as the user left them.
    m_details = new KeyDetailsPane(api, clipboard, this);
    connect(m_details, &KeyDetailsPane::statusMessage, this, &ConsoleTab::statusMessage);
    m_details->setUserNames([this](const QString& id) { return id == session().userId ? session().email : QString(); });
    layout->addWidget(m_details->stackUnder(m_view, SplitterStateKey, this), 1);

    connect(m_loader, &KeyPageLoader::working, this, &ApiKeysTab::setWorking);
    connect(m_loader, &KeyPageLoader::pageLoaded, this, [this](int, bool done) {
        if (!m_selectAfterLoad.isEmpty() && selectKey(m_selectAfterLoad))
            m_selectAfterLoad.clear();
        if (!done)
            return;
        m_selectAfterLoad.clear();
        updateCount();
        m_commands->updateActions();
        markUpdated();
        emit loaded();
    });
    connect(m_loader, &KeyPageLoader::failed, this, [this](const ApiError& error) {
        m_selectAfterLoad.clear();
        updateCount();
        emit errorOccurred(error);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ApiKeysTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApiKeysTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ApiKeysTab::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApiKeysTab::updateCount);
    updateCount();
}

ApiKeysTab::~ApiKeysTab() = default;

void ApiKeysTab::setSession(const SessionInfo& session)
{
    const bool otherUser = session.userId != this->session().userId;
    ConsoleTab::setSession(session);
    if (otherUser)
        m_model->clear();
    m_commands->setSession(session, true);
    reload();
}

void ApiKeysTab::setOffline(bool offline)
{
    ConsoleTab::setOffline(offline);
    m_commands->setOffline(offline);
}

void ApiKeysTab::setStore(ConsoleStore* store)
{
    ConsoleTab::setStore(store);
    m_commands->setStore(store);
}

void ApiKeysTab::reload()
{
    if (!session().isValid())
        return;
    if (m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = currentKeyId();
    Api::KeyQuery query;
    query.userId = QStringLiteral("me");
    query.limit = PageSize;
    m_loader->start(query);
}

bool ApiKeysTab::isLoading() const
{
    return m_loader->isLoading();
}

void ApiKeysTab::focusFind()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

QString ApiKeysTab::currentKeyId() const
{
    return m_view->currentKey().id;
}

bool ApiKeysTab::selectKey(const QString& id)
{
    return m_view->selectKey(id);
}

void ApiKeysTab::clearFilters()
{
    m_searchEdit->clear();
    m_statusCombo->setCurrentIndex(0);
    m_expiringCheck->setChecked(false);
}

void ApiKeysTab::createNew()
{
    if (canCreate())
        m_commands->createKey();
}

void ApiKeysTab::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (isLoading() && total == 0)
        m_view->setEmptyState(tr("Loading keys…"));
    else if (total == 0 && (isOffline() || !canCreate()))
        m_view->setEmptyState(tr("You have no API keys yet."));
    else if (total == 0)
        m_view->setEmptyState(tr("You have no API keys yet. A key lets a program or a script call the API as you."),
                              tr("Create your first key"), [this] { createNew(); });
    else
        m_view->setEmptyState(tr("No key matches the search and filters."), tr("Clear filters"),
                              [this] { clearFilters(); });
    if (total == 0 && !isLoading())
        m_countLabel->setText(tr("No keys yet"));
    else if (shown == total)
        m_countLabel->setText(tr("%n key(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %n key(s)", nullptr, total).arg(shown));

    int expiring = 0;
    for (int row = 0; row < total; ++row)
        expiring += m_model->isExpiringSoonAt(row);
    if (expiring == 0)
        m_expiryWarning->hideMessage();
    else
        m_expiryWarning->showMessage(
            tr("%n of your active keys expire(s) within %1 days. Edit them to extend the expiry.", nullptr, expiring)
                .arg(Policy::ExpiryWarningDays),
            MessageWidget::Type::Warning);
}

} // namespace Keyward
