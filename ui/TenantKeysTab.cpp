#include "ui/TenantKeysTab.h"

#include "core/ApiClient.h"
#include "core/Timestamps.h"
#include "ui/ApiKeyFilterProxy.h"
#include "ui/ApiKeyModel.h"
#include "ui/ConsoleStore.h"
#include "ui/FittingToolBar.h"
#include "ui/KeyCommands.h"
#include "ui/KeyDetailsPane.h"
#include "ui/KeyPageLoader.h"
#include "ui/KeyStatusCombo.h"
#include "ui/KeyTableView.h"
#include "ui/MessageWidget.h"
#include "ui/UserPicker.h"
#include "ui/ViewActions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Keyward {

namespace {
const QString SplitterStateKey = QStringLiteral("tenantKeysTab/splitter");
const QString HeaderStateKey = QStringLiteral("tenantKeysTab/header");
constexpr int SearchDelayMs = 300;
// The expiry warning counts up to this many keys ("more than …" beyond).
constexpr int ExpiringCountLimit = 200;

using ViewActions::themeIcon;

// The server sorts by these columns (GET /v1/api-keys sort=); the others are sorted locally.
QString serverSortField(int column)
{
    switch (column) {
    case ApiKeyModel::Name:
        return QStringLiteral("name");
    case ApiKeyModel::Created:
        return QStringLiteral("created_at");
    case ApiKeyModel::Expires:
        return QStringLiteral("expires_at");
    default:
        return {};
    }
}

// RFC 4180 field, with formulas neutralised for spreadsheets (a leading = + - @ becomes text).
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}
} // namespace

TenantKeysTab::TenantKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
    , m_keys(api)
    , m_users(api)
{
    setObjectName(QStringLiteral("tenantKeysTab"));
    setWindowTitle(tr("Tenant Keys"));

    m_model = new ApiKeyModel(this);
    m_model->setObjectName(QStringLiteral("tenantKeyModel"));
    m_proxy = new ApiKeyFilterProxy(this); // local sorting only: the server filters
    m_proxy->setObjectName(QStringLiteral("tenantKeyProxy"));
    m_proxy->setSourceModel(m_model);
    m_loader = new KeyPageLoader(api, m_model, this);

    m_userCombo = new QComboBox(this);
    m_userCombo->setObjectName(QStringLiteral("userComboBox"));
    m_userCombo->setAccessibleName(tr("User filter"));
    m_userCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_userCombo->addItem(tr("All users"), QString());
    UserPicker::makeSearchable(m_userCombo);
    connect(m_userCombo, &QComboBox::currentIndexChanged, this, &TenantKeysTab::reload);

    m_statusCombo = new KeyStatusCombo(this);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &TenantKeysTab::reload);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Search name, description, prefix, owner or key id…"));
    m_searchEdit->setAccessibleName(tr("Search keys"));
    m_searchEdit->setMinimumWidth(m_searchEdit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &TenantKeysTab::reload);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), m_searchEdit, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, m_searchEdit, &QLineEdit::clear);
    connect(&m_searchTimer, &QTimer::timeout, this, &TenantKeysTab::reload);

    m_expiringCheck = new QCheckBox(tr("Expiring within %n day(s)", nullptr, ExpiringDays), this);
    m_expiringCheck->setObjectName(QStringLiteral("expiringCheckBox"));
    connect(m_expiringCheck, &QCheckBox::toggled, this, &TenantKeysTab::reload);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("loadProgressBar"));
    m_progressBar->setRange(0, 0); // the total is not known in advance
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setTextVisible(false);
    m_progressBar->setAccessibleName(tr("Loading keys"));
    m_progressBar->setVisible(false);
    m_loadLabel = new QLabel(this);
    m_loadLabel->setObjectName(QStringLiteral("loadLabel"));
    m_stopButton = new QToolButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setIcon(themeIcon(QStringLiteral("process-stop"), QStyle::SP_BrowserStop, this));
    m_stopButton->setToolTip(tr("Stop loading"));
    m_stopButton->setAccessibleName(tr("Stop loading"));
    m_stopButton->setVisible(false);
    connect(m_stopButton, &QToolButton::clicked, this, &TenantKeysTab::stopLoading);

    m_view = new KeyTableView(m_model, m_proxy, HeaderStateKey,
                              {ApiKeyModel::Scopes, ApiKeyModel::LastUsedFrom, ApiKeyModel::Description}, this);
    m_view->setObjectName(QStringLiteral("tenantKeysTableView"));
    m_view->setAccessibleName(tr("API keys of the tenant"));
    // Sorting is ours to route (server or local), so the view does not sort by itself.
    QHeaderView* header = m_view->horizontalHeader();
    onSortChanged(header->sortIndicatorSection(), header->sortIndicatorOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TenantKeysTab::onSortChanged);

    m_commands = new KeyCommands(api, clipboard, m_view, m_model,
                                 {"actionNewTenantKey", "actionEditTenantKey", "actionRevokeSelected",
                                  "actionReactivateSelected", "actionRotateTenantKey", "actionDeleteSelected",
                                  "actionCopyTenantKeyId"},
                                 this);
    m_commands->setShowsKey([this](const Api::Key& key) { return matchesFilters(key); });
    connect(m_commands, &KeyCommands::statusMessage, this, &ConsoleTab::statusMessage);
    connect(m_commands, &KeyCommands::errorOccurred, this, &ConsoleTab::errorOccurred);
    connect(m_commands, &KeyCommands::working, this, &TenantKeysTab::setWorking);
    connect(m_commands, &KeyCommands::secretIssued, this, &TenantKeysTab::showSecretOnce);

    m_actionExport = ViewActions::add(this, m_view, "actionExportCsv", tr("E&xport CSV…"),
                                      themeIcon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton, this));
    m_actionExport->setToolTip(tr("Save the keys shown as a CSV file"));
    m_actionRefresh = ViewActions::add(this, m_view, "actionReloadTenantKeys", tr("&Reload"),
                                       themeIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, this));
    connect(m_actionExport, &QAction::triggered, this, &TenantKeysTab::chooseExportFile);
    connect(m_actionRefresh, &QAction::triggered, this, &TenantKeysTab::reload);

    using C = KeyCommands;
    auto* toolBar = new FittingToolBar(this);
    toolBar->setObjectName(QStringLiteral("tenantKeysToolBar"));
    toolBar->setAccessibleName(tr("Key actions"));
    toolBar->addActions({m_commands->action(C::New), m_commands->action(C::Edit), m_actionRefresh});
    toolBar->addSeparator();
    toolBar->addActions({m_commands->action(C::Revoke), m_commands->action(C::Reactivate),
                         m_commands->action(C::Rotate), m_commands->action(C::Delete)});
    toolBar->addSeparator();
    toolBar->addActions({m_commands->action(C::CopyId), m_actionExport});
    toolBar->setSecondary({m_actionRefresh, m_commands->action(C::Reactivate), m_commands->action(C::Rotate),
                           m_commands->action(C::CopyId), m_actionExport});

    auto* filterBar = new QHBoxLayout;
    auto* userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_userCombo);
    filterBar->addWidget(userLabel);
    filterBar->addWidget(m_userCombo);
    // On Linux a combo box is read out by its current value: a buddy label gives it a name.
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusCombo);
    filterBar->addWidget(statusLabel);
    filterBar->addWidget(m_statusCombo);
    filterBar->addWidget(m_searchEdit, 1);
    filterBar->addWidget(m_expiringCheck);
    auto* loadBar = new QHBoxLayout;
    loadBar->addWidget(m_loadLabel, 1);
    loadBar->addWidget(m_progressBar);
    loadBar->addWidget(m_stopButton);

    m_expiryWarning = new MessageWidget(this);
    m_expiryWarning->setObjectName(QStringLiteral("expiryWarningMessage"));
    m_expiryWarning->setAction(tr("Show them"), [this] {
        m_statusCombo->setCurrentIndex(0);
        m_expiringCheck->setChecked(true);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_expiryWarning);
    // The selected key's details under the table, as tall as the user left them.
    m_details = new KeyDetailsPane(api, clipboard, this);
    connect(m_details, &KeyDetailsPane::statusMessage, this, &ConsoleTab::statusMessage);
    m_details->setUserNames([this](const QString& id) { return m_emails.value(id); });
    layout->addWidget(m_details->stackUnder(m_view, SplitterStateKey, this), 1);
    layout->addLayout(loadBar);

    connect(m_loader, &KeyPageLoader::working, this, &TenantKeysTab::setWorking);
    connect(m_loader, &KeyPageLoader::pageLoaded, this, [this](int loaded, bool done) {
        if (!done) {
            m_view->holdRepaints();
            m_loadLabel->setText(tr("Loaded %n key(s)…", nullptr, loaded));
        } else {
            finishLoad(tr("%n key(s)", nullptr, loaded));
            markUpdated();
        }
        emit pageLoaded(loaded, done);
    });
    connect(m_loader, &KeyPageLoader::failed, this, [this](const ApiError& error, int loaded) {
        finishLoad(tr("Loading stopped after %n key(s): %1", nullptr, loaded).arg(error.message));
        emit errorOccurred(error);
    });
}

TenantKeysTab::~TenantKeysTab() = default;

void TenantKeysTab::setSession(const SessionInfo& session)
{
    const bool otherUser = session.userId != this->session().userId;
    ConsoleTab::setSession(session);
    if (otherUser)
        m_model->clear();
    // Support (and anyone but an admin) gets a read-only table: the commands that change keys are not offered.
    m_commands->setSession(session, session.isAdmin());
    loadUsers();
    reload();
}

void TenantKeysTab::setOffline(bool offline)
{
    ConsoleTab::setOffline(offline);
    m_commands->setOffline(offline);
}

void TenantKeysTab::setStore(ConsoleStore* store)
{
    ConsoleTab::setStore(store);
    m_commands->setStore(store);
    connect(store, &ConsoleStore::usersChanged, this, &TenantKeysTab::loadUsers);
}

bool TenantKeysTab::showUser(const QString& userId)
{
    const int index = m_userCombo->findData(userId);
    if (index < 0)
        return false;
    m_userCombo->setCurrentIndex(index); // reloads
    return true;
}

void TenantKeysTab::loadUsers()
{
    m_users.list(this, [this](const Result<QList<Api::User>>& result) {
        if (!result.ok()) {
            m_userCombo->setToolTip(tr("The user list could not be loaded: %1").arg(result.error.message));
            emit errorOccurred(result.error);
            return;
        }
        const QString current = m_userCombo->currentData().toString();
        const QSignalBlocker blocker(m_userCombo); // the list changes, the filter does not
        while (m_userCombo->count() > 1)
            m_userCombo->removeItem(1);
        QList<Api::User> sorted = *result.value;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Api::User& a, const Api::User& b) { return a.email < b.email; });
        m_emails.clear();
        for (const Api::User& user : std::as_const(sorted)) {
            m_emails.insert(user.id, user.email);
            m_userCombo->addItem(UserPicker::label(user), user.id);
        }
        m_userCombo->setCurrentIndex(qMax(0, m_userCombo->findData(current)));
        m_details->showKey(m_details->key()); // the creator's e-mail may be known now
        emit usersLoaded();
    });
}

Api::KeyQuery TenantKeysTab::currentQuery() const
{
    return m_loader->query();
}

bool TenantKeysTab::isLoading() const
{
    return m_loader->isLoading();
}

void TenantKeysTab::reload()
{
    if (!session().isValid())
        return;
    m_searchTimer.stop();
    Api::KeyQuery query;
    query.userId = m_userCombo->currentData().toString();
    query.status = m_statusCombo->statusName();
    query.text = m_searchEdit->text().trimmed();
    if (m_expiringCheck->isChecked())
        query.expiringWithinDays = ExpiringDays;
    query.sort = m_serverSort;
    query.limit = PageSize;
    m_commands->setNewKeyOwner(query.userId);
    if (query.userId.isEmpty() && query.status.isEmpty() && query.text.isEmpty() && query.expiringWithinDays < 0)
        countExpiring(); // the whole tenant is being looked at again
    m_progressBar->setVisible(true);
    m_stopButton->setVisible(true);
    m_loadLabel->setText(tr("Loading keys…"));
    m_view->setEmptyState(tr("Loading keys…"));
    // A new filter (or a reload) makes the load under way pointless: the loader cancels it.
    m_loader->start(query);
}

void TenantKeysTab::countExpiring()
{
    Api::KeyQuery query;
    query.status = keyStatusName(KeyStatus::Active);
    query.expiringWithinDays = ExpiringDays;
    query.limit = ExpiringCountLimit;
    m_keys.list(query, this, [this](const Result<Api::KeyPage>& result) {
        if (!result.ok())
            return; // the table's own load reports what is wrong
        const int count = int(result.value->keys.size());
        if (count == 0) {
            m_expiryWarning->hideMessage();
            return;
        }
        const QString text = result.value->nextCursor.isEmpty()
            ? tr("%n active key(s) of the tenant expire within %1 days.", nullptr, count).arg(ExpiringDays)
            : tr("More than %n active keys of the tenant expire within %1 days.", nullptr, count).arg(ExpiringDays);
        m_expiryWarning->showMessage(text, MessageWidget::Type::Warning);
    });
}

void TenantKeysTab::finishLoad(const QString& text)
{
    m_view->releaseRepaints();
    const bool filtered = !m_loader->query().userId.isEmpty() || !m_loader->query().status.isEmpty()
        || !m_loader->query().text.isEmpty() || m_loader->query().expiringWithinDays >= 0;
    if (filtered)
        m_view->setEmptyState(tr("No key matches the filters."), tr("Clear filters"), [this] { clearFilters(); });
    else if (canCreate() && !isOffline())
        m_view->setEmptyState(tr("This tenant has no keys yet."), tr("Create the first key"), [this] { createNew(); });
    else
        m_view->setEmptyState(tr("This tenant has no keys yet."));
    m_progressBar->setVisible(false);
    m_stopButton->setVisible(false);
    m_loadLabel->setText(text);
    m_commands->updateActions();
}

void TenantKeysTab::stopLoading()
{
    if (!m_loader->isLoading())
        return;
    m_loader->stop();
    finishLoad(tr("Stopped after %n key(s)", nullptr, m_model->rowCount()));
}

void TenantKeysTab::onSortChanged(int section, Qt::SortOrder order)
{
    const QString field = serverSortField(section);
    if (field.isEmpty()) {
        m_proxy->sort(section, order); // over the rows loaded
        return;
    }
    m_proxy->sort(-1); // the server's order
    const QString sort = order == Qt::DescendingOrder ? QLatin1Char('-') + field : field;
    if (sort == m_serverSort)
        return;
    m_serverSort = sort;
    reload();
}

void TenantKeysTab::focusFind()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool TenantKeysTab::matchesFilters(const Api::Key& key) const
{
    const QString user = m_userCombo->currentData().toString();
    if (!user.isEmpty() && key.owner.id != user)
        return false;
    const std::optional<KeyStatus> status = m_statusCombo->status();
    if (status && key.status != *status)
        return false;
    if (m_expiringCheck->isChecked())
        return false; // a new key's shortest preset is exactly the warning period: let the server decide
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty())
        return true;
    for (const QString* field : {&key.name, &key.description, &key.prefix, &key.owner.email}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void TenantKeysTab::clearFilters()
{
    {
        const QSignalBlocker blockUser(m_userCombo);
        const QSignalBlocker blockStatus(m_statusCombo);
        const QSignalBlocker blockSearch(m_searchEdit);
        const QSignalBlocker blockExpiring(m_expiringCheck);
        m_userCombo->setCurrentIndex(0);
        m_statusCombo->setCurrentIndex(0);
        m_searchEdit->clear();
        m_expiringCheck->setChecked(false);
    }
    reload(); // once, for all four
}

void TenantKeysTab::createNew()
{
    if (canCreate())
        m_commands->createKey();
}

void TenantKeysTab::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog
        = new QFileDialog(this, tr("Export API keys"), QDir(folder).filePath(QStringLiteral("keyward-keys.csv")),
                          tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (exportCsv(path))
            emit statusMessage(tr("Exported %n key(s) to %1", nullptr, m_proxy->rowCount()).arg(path));
    });
    dialog->open(); // no nested event loop
}

bool TenantKeysTab::exportCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit errorOccurred({ApiClient::NoHttpStatus,
                            QStringLiteral("EXPORT_FAILED"),
                            tr("Could not write %1: %2").arg(path, file.errorString()),
                            {}});
        return false;
    }
    const QStringList columns {QStringLiteral("id"),          QStringLiteral("name"),
                               QStringLiteral("description"), QStringLiteral("owner"),
                               QStringLiteral("prefix"),      QStringLiteral("scopes"),
                               QStringLiteral("status"),      QStringLiteral("created_at"),
                               QStringLiteral("expires_at"),  QStringLiteral("last_used_at")};
    QByteArray out = columns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int sourceRow = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const Api::Key key = m_model->keyAt(sourceRow);
        // Times as the API writes them; none is an empty field.
        const auto time = [](qint64 ms) { return ms != 0 ? Timestamps::toIso(ms) : QString(); };
        const QStringList fields {
            key.id,
            key.name,
            key.description,
            key.owner.email,
            key.prefix,
            key.scopes.join(QLatin1Char(' ')),
            keyStatusName(m_model->statusAt(sourceRow)),
            time(key.createdAt),
            time(key.expiresAt),
            time(key.lastUsedAt),
        };
        QStringList line;
        for (const QString& field : fields)
            line.append(csvField(field));
        out += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (file.write(out) != out.size() || !file.commit()) {
        emit errorOccurred({ApiClient::NoHttpStatus,
                            QStringLiteral("EXPORT_FAILED"),
                            tr("Could not write %1: %2").arg(path, file.errorString()),
                            {}});
        return false;
    }
    return true;
}

} // namespace Keyward
