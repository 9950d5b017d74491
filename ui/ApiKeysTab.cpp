#include "ui/ApiKeysTab.h"

#include "core/ApiClient.h"
#include "core/Endpoints.h"
#include "ui/ApiKeyFilterProxy.h"
#include "ui/ApiKeyModel.h"
#include "ui/Clipboard.h"
#include "ui/CreateKeyDialog.h"
#include "ui/Dialogs.h"
#include "ui/ViewActions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Keyward {

namespace {
const QString HeaderStateKey = QStringLiteral("apiKeysTab/headerState");
constexpr int PageSize = 500;
constexpr int AllStatuses = -1;

using ViewActions::themeIcon;
} // namespace

ApiKeysTab::ApiKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
    , m_keys(api)
{
    setObjectName(QStringLiteral("apiKeysTab"));
    setWindowTitle(tr("API Keys"));

    m_model = new ApiKeyModel(this);
    m_model->setObjectName(QStringLiteral("apiKeyModel"));
    m_proxy = new ApiKeyFilterProxy(this);
    m_proxy->setObjectName(QStringLiteral("apiKeyFilterProxy"));
    m_proxy->setSourceModel(m_model);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Search by name, prefix or description…"));
    m_searchEdit->setAccessibleName(tr("Search keys"));
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &ApiKeyFilterProxy::setFilterText);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->addItem(tr("All statuses"), AllStatuses);
    m_statusCombo->addItem(tr("Active"), int(KeyStatus::Active));
    m_statusCombo->addItem(tr("Inactive"), int(KeyStatus::Inactive));
    m_statusCombo->addItem(tr("Expired"), int(KeyStatus::Expired));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusCombo->currentData().toInt();
        m_proxy->setStatusFilter(status == AllStatuses ? std::nullopt : std::optional(KeyStatus(status)));
    });

    m_expiringCheck = new QCheckBox(tr("Expiring within %n day(s)", nullptr, ApiKeyModel::ExpiryWarningDays), this);
    m_expiringCheck->setObjectName(QStringLiteral("expiringCheckBox"));
    connect(m_expiringCheck, &QCheckBox::toggled, m_proxy, &ApiKeyFilterProxy::setExpiringSoonOnly);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("expiryWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setVisible(false);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("keysTableView"));
    m_view->setAccessibleName(tr("Your API keys"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setColumnHidden(ApiKeyModel::Owner, true); // always you here
    m_view->setColumnWidth(ApiKeyModel::Name, 200);
    m_view->setColumnWidth(ApiKeyModel::Prefix, 120);
    const QByteArray header = QSettings().value(HeaderStateKey).toByteArray();
    if (header.isEmpty() || !m_view->horizontalHeader()->restoreState(header))
        m_view->horizontalHeader()->setSortIndicator(ApiKeyModel::Created, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(m_view->horizontalHeader()->sortIndicatorSection(),
                         m_view->horizontalHeader()->sortIndicatorOrder());
    connect(m_view, &QTableView::activated, this, &ApiKeysTab::editKey);

    buildActions();

    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("keysToolBar"));
    toolBar->setAccessibleName(tr("Key actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_actionNew, m_actionEdit});
    toolBar->addSeparator();
    toolBar->addActions({m_actionRevoke, m_actionReactivate, m_actionRotate, m_actionDelete});
    toolBar->addSeparator();
    toolBar->addAction(m_actionCopyId);

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
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiKeysTab::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApiKeysTab::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] {
            updateCount();
            updateActions();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ApiKeysTab::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApiKeysTab::updateCount);
    updateCount();
    updateActions();
}

ApiKeysTab::~ApiKeysTab()
{
    saveHeader();
    if (m_load) {
        m_load->disconnect(this);
        m_load->abort();
    }
}

void ApiKeysTab::buildActions()
{
    auto make = [this](const char* name, const QString& text, const QIcon& icon, const QKeySequence& shortcut = {}) {
        return ViewActions::add(this, m_view, name, text, icon, shortcut);
    };
    // New has no shortcut of its own: the window's Ctrl+N calls createNew().
    m_actionNew
        = make("actionNewKey", tr("&New key…"), themeIcon(QStringLiteral("list-add"), QStyle::SP_FileIcon, this));
    m_actionNew->setToolTip(tr("Create a new API key (%1)").arg(QKeySequence(QKeySequence::New).toString()));
    m_actionEdit = make("actionEditKey", tr("&Edit…"),
                        themeIcon(QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView, this),
                        QKeySequence(Qt::Key_F2));
    auto* separator1 = new QAction(this);
    separator1->setSeparator(true);
    m_view->addAction(separator1);
    m_actionRevoke = make("actionRevokeKey", tr("&Revoke…"),
                          themeIcon(QStringLiteral("process-stop"), QStyle::SP_DialogCancelButton, this));
    m_actionRevoke->setToolTip(tr("Make the key inactive: it stops working at once"));
    m_actionReactivate = make("actionReactivateKey", tr("Re-&activate"),
                              themeIcon(QStringLiteral("view-refresh"), QStyle::SP_DialogApplyButton, this));
    m_actionReactivate->setToolTip(tr("Make a revoked key work again (not once it has expired)"));
    m_actionRotate = make("actionRotateKey", tr("R&otate…"),
                          themeIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, this));
    m_actionRotate->setToolTip(tr("Issue a new secret for the key"));
    m_actionDelete
        = make("actionDeleteKey", tr("&Delete…"), themeIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, this),
               QKeySequence(QKeySequence::Delete));
    auto* separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_view->addAction(separator2);
    m_actionCopyId
        = make("actionCopyKeyId", tr("&Copy key id"),
               themeIcon(QStringLiteral("edit-copy"), QStyle::SP_FileLinkIcon, this), QKeySequence(QKeySequence::Copy));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_actionNew, &QAction::triggered, this, &ApiKeysTab::createNew);
    connect(m_actionEdit, &QAction::triggered, this, &ApiKeysTab::editKey);
    connect(m_actionRevoke, &QAction::triggered, this, &ApiKeysTab::revokeKey);
    connect(m_actionReactivate, &QAction::triggered, this, &ApiKeysTab::reactivateKey);
    connect(m_actionRotate, &QAction::triggered, this, &ApiKeysTab::rotateKey);
    connect(m_actionDelete, &QAction::triggered, this, &ApiKeysTab::deleteKey);
    connect(m_actionCopyId, &QAction::triggered, this, &ApiKeysTab::copyKeyId);
}

void ApiKeysTab::setSession(const SessionInfo& session)
{
    const bool otherUser = session.userId != this->session().userId;
    ConsoleTab::setSession(session);
    if (otherUser)
        m_model->clear();
    updateActions();
    reload();
}

void ApiKeysTab::reload()
{
    if (!session().isValid())
        return;
    if (m_load) {
        m_load->disconnect(this);
        m_load->abort();
        setBusy(false);
    }
    if (m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = currentKeyId();
    m_firstPage = true;
    loadPage({}, ++m_generation);
}

void ApiKeysTab::loadPage(const QString& cursor, quint64 generation)
{
    Api::KeyQuery query;
    query.userId = QStringLiteral("me");
    query.limit = PageSize;
    query.cursor = cursor;
    setBusy(true);
    m_load = m_keys.list(query, this, [this, generation](const Result<Api::KeyPage>& result) {
        setBusy(false);
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_load = nullptr;
            m_selectAfterLoad.clear();
            emit errorOccurred(result.error);
            return;
        }
        const Api::KeyPage& page = *result.value;
        if (m_firstPage) {
            // The old rows stay until the new ones are there, so the table does not flash empty.
            m_model->clear();
            m_firstPage = false;
        }
        m_model->append(page.keys);
        if (!m_selectAfterLoad.isEmpty() && selectKey(m_selectAfterLoad))
            m_selectAfterLoad.clear();
        if (!page.nextCursor.isEmpty()) {
            loadPage(page.nextCursor, generation);
            return;
        }
        m_load = nullptr;
        m_selectAfterLoad.clear();
        updateCount();
        updateActions();
        emit loaded();
    });
}

void ApiKeysTab::focusFind()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

QString ApiKeysTab::currentKeyId() const
{
    return currentKey().id;
}

Api::Key ApiKeysTab::currentKey() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->keyAt(m_proxy->mapToSource(rows.first()).row());
}

bool ApiKeysTab::selectKey(const QString& id)
{
    const int row = m_model->indexOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ApiKeyModel::Name));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ApiKeysTab::updateActions()
{
    const Api::Key key = currentKey();
    const bool hasKey = !key.id.isEmpty();
    const KeyStatus status = hasKey ? m_model->statusAt(m_model->indexOf(key.id)) : KeyStatus::Inactive;
    m_actionNew->setEnabled(canCreate());
    m_actionEdit->setEnabled(hasKey);
    m_actionRevoke->setEnabled(hasKey && status == KeyStatus::Active);
    m_actionReactivate->setEnabled(hasKey && status == KeyStatus::Inactive);
    m_actionRotate->setEnabled(hasKey && status == KeyStatus::Active);
    m_actionDelete->setEnabled(hasKey);
    m_actionCopyId->setEnabled(hasKey);
    if (hasKey && status == KeyStatus::Expired)
        m_actionReactivate->setToolTip(tr("This key has expired and cannot be re-activated"));
    else
        m_actionReactivate->setToolTip(tr("Make a revoked key work again (not once it has expired)"));
}

void ApiKeysTab::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0 && !isLoading())
        m_countLabel->setText(tr("No keys yet"));
    else if (shown == total)
        m_countLabel->setText(tr("%n key(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %n key(s)", nullptr, total).arg(shown));

    int expiring = 0;
    for (int row = 0; row < total; ++row) {
        if (m_model->index(row, 0).data(ApiKeyModel::ExpiringSoonRole).toBool())
            ++expiring;
    }
    m_warningLabel->setText(
        tr("%n of your keys expire(s) within %1 days. Edit them to extend the expiry.", nullptr, expiring)
            .arg(ApiKeyModel::ExpiryWarningDays));
    m_warningLabel->setVisible(expiring > 0);
}

void ApiKeysTab::createNew()
{
    if (!canCreate())
        return;
    auto* dialog = new CreateKeyDialog(api(), session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyDialog::created, this, &ApiKeysTab::onCreated);
    dialog->open();
}

void ApiKeysTab::onCreated(const Api::IssuedKey& issued)
{
    if (issued.key.owner.id == session().userId) {
        m_model->append({issued.key});
        selectKey(issued.key.id);
    }
    emit statusMessage(tr("Created the key “%1”").arg(issued.key.name));
    showSecret(issued);
}

void ApiKeysTab::showSecret(const Api::IssuedKey& issued)
{
    showSecretOnce(issued);
}

void ApiKeysTab::editKey()
{
    const Api::Key key = currentKey();
    if (key.id.isEmpty())
        return;
    auto* dialog = new CreateKeyDialog(api(), session(), key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyDialog::updated, this, [this](const Api::Key& updated) {
        m_model->updateKey(updated);
        emit statusMessage(tr("Saved the key “%1”").arg(updated.name));
    });
    dialog->open();
}

void ApiKeysTab::revokeKey()
{
    const Api::Key key = currentKey();
    if (key.id.isEmpty() || !m_actionRevoke->isEnabled())
        return;
    const QString id = key.id;
    const QString name = key.name;
    Dialogs::confirm(this, tr("Revoke API key"),
                     tr("Revoke “%1”? It stops working at once. You can re-activate it until it expires.").arg(name),
                     tr("Revoke"), [this, id, name] {
                         m_keys.revoke(id, this, tracked<Api::Key>([this, name](const Api::Key& revoked) {
                                           m_model->updateKey(revoked);
                                           emit statusMessage(tr("Revoked the key “%1”").arg(name));
                                       }));
                     });
}

void ApiKeysTab::reactivateKey()
{
    const Api::Key key = currentKey();
    if (key.id.isEmpty() || !m_actionReactivate->isEnabled())
        return;
    const QString id = key.id;
    const QString name = key.name;
    m_keys.reactivate(id, this,
                      tracked<Api::Key>(
                          [this, name](const Api::Key& reactivated) {
                              m_model->updateKey(reactivated);
                              emit statusMessage(tr("Re-activated the key “%1”").arg(name));
                          },
                          [this, id](const ApiError& error) {
                              // Expired meanwhile: show what the server knows now.
                              if (error.code == QLatin1String(ErrorCode::KeyExpired))
                                  refreshKey(id);
                          }));
}

void ApiKeysTab::rotateKey()
{
    const Api::Key key = currentKey();
    if (key.id.isEmpty() || !m_actionRotate->isEnabled())
        return;
    const QString id = key.id;
    const QStringList choices {tr("Stop working at once"), tr("Keep working for 1 hour"),
                               tr("Keep working for 24 hours"), tr("Keep working for 7 days")};
    auto* input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("rotateInputDialog"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Rotate API key"));
    input->setLabelText(tr("Rotating “%1” issues a new secret, shown once.\nThe current secret should:").arg(key.name));
    input->setComboBoxItems(choices);
    input->setComboBoxEditable(false);
    input->setTextValue(choices.at(1));
    input->setOkButtonText(tr("Rotate"));
    connect(input, &QInputDialog::textValueSelected, this, [this, id, choices](const QString& choice) {
        const int index = int(choices.indexOf(choice));
        rotate(id, GracePeriods[qBound(0, index, int(std::size(GracePeriods)) - 1)]);
    });
    input->open();
}

void ApiKeysTab::rotate(const QString& id, int graceSeconds)
{
    m_keys.rotate(id, graceSeconds, this, tracked<Api::IssuedKey>([this](const Api::IssuedKey& issued) {
                      m_model->updateKey(issued.key);
                      if (issued.previousValidUntil == 0)
                          emit statusMessage(tr("New secret issued; the previous one no longer works"));
                      else
                          emit statusMessage(
                              tr("New secret issued; the previous one works until %1")
                                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(issued.previousValidUntil),
                                                          QLocale::ShortFormat)));
                      showSecret(issued);
                  }));
}

void ApiKeysTab::deleteKey()
{
    const Api::Key key = currentKey();
    if (key.id.isEmpty())
        return;
    const QString id = key.id;
    const QString name = key.name;
    Dialogs::confirm(this, tr("Delete API key"),
                     tr("Delete “%1” for good? It stops working at once and cannot be restored.").arg(name),
                     tr("Delete"), [this, id, name] {
                         m_keys.remove(id, this, tracked<Nothing>([this, id, name](const Nothing&) {
                                           m_model->removeKey(id);
                                           emit statusMessage(tr("Deleted the key “%1”").arg(name));
                                       }));
                     });
}

void ApiKeysTab::copyKeyId()
{
    const QString id = currentKeyId();
    if (id.isEmpty())
        return;
    clipboard().copyText(id);
    emit statusMessage(tr("Copied the key id %1").arg(id));
}

void ApiKeysTab::refreshKey(const QString& id)
{
    m_keys.get(id, this, [this](const Result<Api::Key>& result) {
        if (result.ok())
            m_model->updateKey(*result.value);
    });
}

void ApiKeysTab::setBusy(bool busy)
{
    const bool was = m_busy > 0;
    m_busy = qMax(0, m_busy + (busy ? 1 : -1));
    if (was != (m_busy > 0))
        emit busyChanged(m_busy > 0);
}

void ApiKeysTab::saveHeader()
{
    QSettings().setValue(HeaderStateKey, m_view->horizontalHeader()->saveState());
}

} // namespace Keyward
