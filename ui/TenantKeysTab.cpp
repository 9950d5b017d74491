#include "ui/TenantKeysTab.h"

#include "core/ApiClient.h"
#include "core/Timestamps.h"
#include "ui/ApiKeyFilterProxy.h"
#include "ui/ApiKeyModel.h"
#include "ui/Clipboard.h"
#include "ui/CreateKeyDialog.h"
#include "ui/Dialogs.h"
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
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Keyward {

namespace {
const QString HeaderStateKey = QStringLiteral("tenantKeysTab/headerState");
constexpr int SearchDelayMs = 300;
constexpr int BulkParallel = 4;

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

    m_userCombo = new QComboBox(this);
    m_userCombo->setObjectName(QStringLiteral("userComboBox"));
    m_userCombo->setAccessibleName(tr("User filter"));
    m_userCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_userCombo->addItem(tr("All users"), QString());
    connect(m_userCombo, &QComboBox::currentIndexChanged, this, &TenantKeysTab::reload);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    m_statusCombo->addItem(tr("Active"), keyStatusName(KeyStatus::Active));
    m_statusCombo->addItem(tr("Inactive"), keyStatusName(KeyStatus::Inactive));
    m_statusCombo->addItem(tr("Expired"), keyStatusName(KeyStatus::Expired));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &TenantKeysTab::reload);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Search name, description, prefix, owner or key id…"));
    m_searchEdit->setAccessibleName(tr("Search keys"));
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    m_paintTimer.setSingleShot(true);
    m_paintTimer.setInterval(100);
    connect(&m_paintTimer, &QTimer::timeout, this, [this] { m_view->viewport()->setUpdatesEnabled(true); });
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &TenantKeysTab::reload);
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

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tenantKeysTableView"));
    m_view->setAccessibleName(tr("API keys of the tenant"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->setColumnWidth(ApiKeyModel::Name, 180);
    m_view->setColumnWidth(ApiKeyModel::Owner, 180);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    const QByteArray state = QSettings().value(HeaderStateKey).toByteArray();
    if (state.isEmpty() || !header->restoreState(state))
        header->setSortIndicator(ApiKeyModel::Created, Qt::DescendingOrder);
    // Sorting is ours to route (server or local), so the view does not sort by itself.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    onSortChanged(header->sortIndicatorSection(), header->sortIndicatorOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TenantKeysTab::onSortChanged);
    connect(m_view, &QTableView::activated, this, &TenantKeysTab::editKey);

    buildActions();
    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("tenantKeysToolBar"));
    toolBar->setAccessibleName(tr("Key actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_actionNew, m_actionEdit, m_actionRevoke, m_actionReactivate, m_actionDelete});
    toolBar->addSeparator();
    toolBar->addActions({m_actionCopyId, m_actionExport, m_actionRefresh});

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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(loadBar);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TenantKeysTab::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TenantKeysTab::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TenantKeysTab::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TenantKeysTab::updateActions);
    updateRoleActions();
}

TenantKeysTab::~TenantKeysTab()
{
    QSettings().setValue(HeaderStateKey, m_view->horizontalHeader()->saveState());
    if (m_load) {
        m_load->disconnect(this);
        m_load->abort();
    }
}

void TenantKeysTab::buildActions()
{
    auto make = [this](const char* name, const QString& text, const QIcon& icon, const QKeySequence& shortcut = {}) {
        return ViewActions::add(this, m_view, name, text, icon, shortcut);
    };
    m_actionNew = make("actionNewTenantKey", tr("&New key for a user…"),
                       themeIcon(QStringLiteral("list-add"), QStyle::SP_FileIcon, this));
    m_actionEdit = make("actionEditTenantKey", tr("&Edit…"),
                        themeIcon(QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView, this),
                        QKeySequence(Qt::Key_F2));
    m_actionRevoke = make("actionRevokeSelected", tr("&Revoke selected…"),
                          themeIcon(QStringLiteral("process-stop"), QStyle::SP_DialogCancelButton, this));
    m_actionRevoke->setToolTip(tr("Make the selected active keys inactive: they stop working at once"));
    m_actionReactivate = make("actionReactivateSelected", tr("Re-&activate selected"),
                              themeIcon(QStringLiteral("view-refresh"), QStyle::SP_DialogApplyButton, this));
    m_actionReactivate->setToolTip(tr("Make the selected revoked keys work again (not expired ones)"));
    m_actionDelete = make("actionDeleteSelected", tr("&Delete selected…"),
                          themeIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, this),
                          QKeySequence(QKeySequence::Delete));
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_actionCopyId
        = make("actionCopyTenantKeyId", tr("&Copy key id"),
               themeIcon(QStringLiteral("edit-copy"), QStyle::SP_FileLinkIcon, this), QKeySequence(QKeySequence::Copy));
    m_actionExport = make("actionExportCsv", tr("E&xport CSV…"),
                          themeIcon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton, this));
    m_actionExport->setToolTip(tr("Save the keys shown as a CSV file"));
    m_actionRefresh = make("actionReloadTenantKeys", tr("Re&load"),
                           themeIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, this));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_adminActions = {m_actionNew, m_actionEdit, m_actionRevoke, m_actionReactivate, m_actionDelete};

    connect(m_actionNew, &QAction::triggered, this, &TenantKeysTab::createNew);
    connect(m_actionEdit, &QAction::triggered, this, &TenantKeysTab::editKey);
    connect(m_actionRevoke, &QAction::triggered, this, [this] {
        QList<Api::Key> keys;
        for (const Api::Key& key : selectedKeys()) {
            if (m_model->statusAt(m_model->indexOf(key.id)) == KeyStatus::Active)
                keys.append(key);
        }
        if (keys.isEmpty())
            return;
        Dialogs::confirm(this, tr("Revoke API keys"),
                         tr("Revoke %n selected key(s)? They stop working at once. They can be re-activated "
                            "until they expire.",
                            nullptr, int(keys.size())),
                         tr("Revoke"), [this, keys] { runBulk(QStringLiteral("revoke"), keys); });
    });
    connect(m_actionReactivate, &QAction::triggered, this, [this] {
        QList<Api::Key> keys;
        for (const Api::Key& key : selectedKeys()) {
            if (m_model->statusAt(m_model->indexOf(key.id)) == KeyStatus::Inactive)
                keys.append(key);
        }
        if (!keys.isEmpty())
            runBulk(QStringLiteral("reactivate"), keys);
    });
    connect(m_actionDelete, &QAction::triggered, this, [this] {
        const QList<Api::Key> keys = selectedKeys();
        if (keys.isEmpty())
            return;
        Dialogs::confirm(this, tr("Delete API keys"),
                         tr("Delete %n selected key(s) for good? They stop working at once and cannot be restored.",
                            nullptr, int(keys.size())),
                         tr("Delete"), [this, keys] { runBulk(QStringLiteral("delete"), keys); });
    });
    connect(m_actionCopyId, &QAction::triggered, this, &TenantKeysTab::copyKeyId);
    connect(m_actionExport, &QAction::triggered, this, &TenantKeysTab::chooseExportFile);
    connect(m_actionRefresh, &QAction::triggered, this, &TenantKeysTab::reload);
}

void TenantKeysTab::setSession(const SessionInfo& session)
{
    const bool otherUser = session.userId != this->session().userId;
    ConsoleTab::setSession(session);
    if (otherUser)
        m_model->clear();
    updateRoleActions();
    loadUsers();
    reload();
}

void TenantKeysTab::updateRoleActions()
{
    // Support (and anyone but an admin) gets a read-only table: the actions that change keys are not offered at all.
    const bool admin = session().isAdmin();
    for (QAction* action : std::as_const(m_adminActions))
        action->setVisible(admin);
    updateActions();
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
        for (const Api::User& user : std::as_const(sorted)) {
            QString text = user.email;
            if (!user.name.isEmpty())
                text = tr("%1 (%2)").arg(text, user.name);
            if (user.disabled)
                text = tr("%1 — disabled").arg(text);
            m_userCombo->addItem(text, user.id);
        }
        m_userCombo->setCurrentIndex(qMax(0, m_userCombo->findData(current)));
        emit usersLoaded();
    });
}

Api::KeyQuery TenantKeysTab::currentQuery() const
{
    return m_query;
}

void TenantKeysTab::reload()
{
    if (!session().isValid())
        return;
    m_searchTimer.stop();
    // A new filter (or a reload) makes the load under way pointless: cancel it.
    if (m_load) {
        m_load->disconnect(this);
        m_load->abort();
        m_load = nullptr;
        setBusy(false);
    }
    Api::KeyQuery query;
    query.userId = m_userCombo->currentData().toString();
    query.status = m_statusCombo->currentData().toString();
    query.text = m_searchEdit->text().trimmed();
    if (m_expiringCheck->isChecked())
        query.expiringWithinDays = ExpiringDays;
    query.sort = m_serverSort;
    query.limit = PageSize;
    m_query = query;
    m_firstPage = true;
    m_progressBar->setVisible(true);
    m_stopButton->setVisible(true);
    m_loadLabel->setText(tr("Loading keys…"));
    loadPage({}, ++m_generation);
}

void TenantKeysTab::loadPage(const QString& cursor, quint64 generation)
{
    Api::KeyQuery query = m_query;
    query.cursor = cursor;
    setBusy(true);
    m_load = m_keys.list(query, this, [this, generation](const Result<Api::KeyPage>& result) {
        setBusy(false);
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            finishLoad(
                tr("Loading stopped after %n key(s): %1", nullptr, m_model->rowCount()).arg(result.error.message));
            emit errorOccurred(result.error);
            return;
        }
        const Api::KeyPage& page = *result.value;
        if (m_firstPage) {
            m_model->clear();
            m_firstPage = false;
        }
        const QString& next = page.nextCursor;
        // Ask for the next page first: the server prepares it while this one goes into the table.
        if (!next.isEmpty())
            loadPage(next, generation);
        // The first page paints at once; after that the table repaints every 100 ms while pages stream in, not
        // once per page (painting was about 15% of loading 100k keys).
        if (!next.isEmpty() && m_model->rowCount() > 0 && !m_paintTimer.isActive()) {
            m_view->viewport()->setUpdatesEnabled(false);
            m_paintTimer.start();
        }
        m_model->append(page.keys);
        const int loaded = m_model->rowCount();
        if (!next.isEmpty()) {
            m_loadLabel->setText(tr("Loaded %n key(s)…", nullptr, loaded));
            emit pageLoaded(loaded, false);
            return;
        }
        finishLoad(tr("%n key(s)", nullptr, loaded));
        emit pageLoaded(loaded, true);
    });
}

void TenantKeysTab::finishLoad(const QString& text)
{
    m_paintTimer.stop();
    m_view->viewport()->setUpdatesEnabled(true);
    m_load = nullptr;
    m_progressBar->setVisible(false);
    m_stopButton->setVisible(false);
    m_loadLabel->setText(text);
    updateActions();
}

void TenantKeysTab::stopLoading()
{
    if (!m_load)
        return;
    ++m_generation;
    m_load->disconnect(this);
    m_load->abort();
    setBusy(false);
    if (m_firstPage)
        m_model->clear(); // the rows shown belonged to other filters
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

QList<Api::Key> TenantKeysTab::selectedKeys() const
{
    QList<Api::Key> keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        keys.append(m_model->keyAt(m_proxy->mapToSource(index).row()));
    return keys;
}

void TenantKeysTab::updateActions()
{
    const bool admin = session().isAdmin();
    const bool idle = m_bulk.total == 0;
    int active = 0;
    int inactive = 0;
    const QList<Api::Key> keys = selectedKeys();
    for (const Api::Key& key : keys) {
        const KeyStatus status = m_model->statusAt(m_model->indexOf(key.id));
        active += status == KeyStatus::Active;
        inactive += status == KeyStatus::Inactive;
    }
    m_actionNew->setEnabled(admin);
    m_actionEdit->setEnabled(admin && keys.size() == 1);
    m_actionRevoke->setEnabled(admin && idle && active > 0);
    m_actionReactivate->setEnabled(admin && idle && inactive > 0);
    m_actionDelete->setEnabled(admin && idle && !keys.isEmpty());
    m_actionCopyId->setEnabled(keys.size() == 1);
    m_actionExport->setEnabled(true);
}

bool TenantKeysTab::matchesFilters(const Api::Key& key) const
{
    const QString user = m_userCombo->currentData().toString();
    if (!user.isEmpty() && key.owner.id != user)
        return false;
    const QString status = m_statusCombo->currentData().toString();
    if (!status.isEmpty() && keyStatusName(key.status) != status)
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

void TenantKeysTab::createNew()
{
    if (!canCreate())
        return;
    auto* dialog = new CreateKeyDialog(api(), session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString user = m_userCombo->currentData().toString(); !user.isEmpty())
        dialog->setOwner(user);
    connect(dialog, &CreateKeyDialog::created, this, [this](const Api::IssuedKey& issued) {
        if (matchesFilters(issued.key))
            m_model->append({issued.key});
        emit statusMessage(tr("Created the key “%1” for %2").arg(issued.key.name, issued.key.owner.email));
        showSecretOnce(issued);
    });
    dialog->open();
}

void TenantKeysTab::editKey()
{
    const QList<Api::Key> keys = selectedKeys();
    if (!session().isAdmin() || keys.size() != 1)
        return;
    auto* dialog = new CreateKeyDialog(api(), session(), keys.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyDialog::updated, this, [this](const Api::Key& key) {
        m_model->updateKey(key);
        emit statusMessage(tr("Saved the key “%1”").arg(key.name));
    });
    dialog->open();
}

void TenantKeysTab::runBulk(const QString& action, const QList<Api::Key>& keys)
{
    if (m_bulk.total > 0)
        return;
    m_bulk = {};
    m_bulk.action = action;
    for (const Api::Key& key : keys)
        m_bulk.queue.append(key.id);
    m_bulk.total = int(m_bulk.queue.size());
    setBusy(true);
    updateActions();
    pumpBulk();
}

void TenantKeysTab::pumpBulk()
{
    // A few at a time: the table stays usable and the server is not flooded.
    while (m_bulk.inFlight < BulkParallel && !m_bulk.queue.isEmpty()) {
        const QString id = m_bulk.queue.takeFirst();
        ++m_bulk.inFlight;
        const auto failed = [this](const ApiError& error) {
            if (m_bulk.failed++ == 0)
                m_bulk.firstError = error;
        };
        const Done<Api::Key> changed = [this, failed](const Result<Api::Key>& result) {
            --m_bulk.inFlight;
            if (result.ok())
                m_model->updateKey(*result.value);
            else
                failed(result.error);
            pumpBulk();
        };
        if (m_bulk.action == QLatin1String("delete")) {
            m_keys.remove(id, this, [this, id, failed](const Result<Nothing>& result) {
                --m_bulk.inFlight;
                if (result.ok())
                    m_model->removeKey(id);
                else
                    failed(result.error);
                pumpBulk();
            });
        } else if (m_bulk.action == QLatin1String("revoke")) {
            m_keys.revoke(id, this, changed);
        } else {
            m_keys.reactivate(id, this, changed);
        }
    }
    if (m_bulk.inFlight > 0 || !m_bulk.queue.isEmpty())
        return;
    const int done = m_bulk.total - m_bulk.failed;
    QString message;
    if (m_bulk.action == QLatin1String("revoke"))
        message = tr("Revoked %n key(s)", nullptr, done);
    else if (m_bulk.action == QLatin1String("reactivate"))
        message = tr("Re-activated %n key(s)", nullptr, done);
    else
        message = tr("Deleted %n key(s)", nullptr, done);
    const ApiError error = m_bulk.firstError;
    const int failed = m_bulk.failed;
    m_bulk = {};
    setBusy(false);
    updateActions();
    if (failed > 0) {
        ApiError shown = error;
        shown.message = tr("%1; %n failed: %2", nullptr, failed).arg(message, error.message);
        emit errorOccurred(shown);
    } else {
        emit statusMessage(message);
    }
}

void TenantKeysTab::copyKeyId()
{
    const QList<Api::Key> keys = selectedKeys();
    if (keys.size() != 1)
        return;
    const QString id = keys.first().id;
    clipboard().copyText(id);
    emit statusMessage(tr("Copied the key id %1").arg(id));
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

void TenantKeysTab::setBusy(bool busy)
{
    const bool was = m_busy > 0;
    m_busy = qMax(0, m_busy + (busy ? 1 : -1));
    if (was != (m_busy > 0))
        emit busyChanged(m_busy > 0);
}

} // namespace Keyward
