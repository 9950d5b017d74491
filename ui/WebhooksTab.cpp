#include "ui/WebhooksTab.h"

#include "ui/ColumnWidths.h"
#include "ui/Dialogs.h"
#include "ui/EmptyState.h"
#include "ui/FittingToolBar.h"
#include "ui/MessageWidget.h"
#include "ui/ViewActions.h"
#include "ui/WebhookDeliveryLog.h"
#include "ui/WebhookDialog.h"
#include "ui/WebhookEventNames.h"
#include "ui/WebhookModel.h"
#include "ui/WebhookSecretDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QPointer>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Keyward {

namespace {
const auto SplitterKey = QLatin1String("webhooks/logSplitter");

using ViewActions::themeIcon;
} // namespace

WebhooksTab::WebhooksTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
    , m_webhooks(api)
{
    setObjectName(QStringLiteral("webhooksTab"));
    setWindowTitle(tr("Webhooks"));
    m_model = new WebhookModel(this);
    m_model->setObjectName(QStringLiteral("webhookModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("webhooksTableView"));
    m_view->setAccessibleName(tr("Webhooks of the tenant"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WebhookModel::Created, Qt::DescendingOrder);
    m_view->verticalHeader()->setVisible(false);
    // The URL takes what the others leave: in a narrow window it narrows instead of scrolling sideways.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WebhookModel::Url, QHeaderView::Stretch);
    m_view->setColumnWidth(
        WebhookModel::Events,
        std::max(ColumnWidths::forText(m_view, WebhookEventNames::summary({}, true)),
                 ColumnWidths::forText(m_view, WebhookEventNames::summary(Api::webhookEventTypes(), false))));
    m_view->setColumnWidth(WebhookModel::Enabled,
                           std::max(ColumnWidths::forText(m_view, WebhookModel::enabledText(true)),
                                    ColumnWidths::forText(m_view, WebhookModel::enabledText(false))));
    m_view->setColumnWidth(WebhookModel::Description, 180);
    m_view->setColumnWidth(WebhookModel::Created, ColumnWidths::forDateTime(m_view));
    ColumnWidths::atLeastHeaders(header);
    m_emptyState = new EmptyState(m_view);

    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setVisible(false);

    m_log = new WebhookDeliveryLog(api, this);
    connect(m_log, &WebhookDeliveryLog::statusMessage, this, &ConsoleTab::statusMessage);
    connect(m_log, &WebhookDeliveryLog::working, this, &WebhooksTab::setWorking);
    connect(m_log, &WebhookDeliveryLog::failed, this, &WebhooksTab::showError);

    buildActions();
    auto* toolBar = new FittingToolBar(this);
    toolBar->setObjectName(QStringLiteral("webhooksToolBar"));
    toolBar->setAccessibleName(tr("Webhook actions"));
    toolBar->addActions({m_actionNew, m_actionEdit});
    toolBar->addSeparator();
    toolBar->addActions({m_actionDisable, m_actionEnable, m_actionRotate, m_actionDelete});
    toolBar->addSeparator();
    toolBar->addAction(m_actionReload);
    toolBar->setSecondary({m_actionEnable, m_actionRotate, m_actionReload});

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("webhooksSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_log);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({200, 300}); // in proportion, until the user moves it
    m_splitter->restoreState(QSettings().value(SplitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(SplitterKey, m_splitter->saveState()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    // The selected webhook's log below; a change to it (disabled) reaches the log's commands.
    const auto follow = [this] {
        m_log->setWebhook(currentWebhook());
        updateActions();
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, follow);
    connect(m_model, &QAbstractItemModel::dataChanged, this, follow);
    connect(m_model, &QAbstractItemModel::modelReset, this, follow);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, follow);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &WebhooksTab::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhooksTab::updateEmptyState);
    updateActions();
    updateEmptyState();
}

void WebhooksTab::buildActions()
{
    const auto make = [this](const char* name, const QString& text, const QString& icon,
                             QStyle::StandardPixmap fallback, const QKeySequence& shortcut = {}) {
        return ViewActions::add(this, m_view, name, text, themeIcon(icon, fallback, this), shortcut);
    };
    m_actionNew = make("actionNewWebhook", tr("&New Webhook…"), QStringLiteral("list-add"), QStyle::SP_FileIcon);
    m_actionNew->setToolTip(tr("Add a URL that Keyward tells when keys change"));
    m_actionEdit = make("actionEditWebhook", tr("&Edit…"), QStringLiteral("document-edit"),
                        QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::Key_F2));
    m_actionDisable
        = make("actionDisableWebhook", tr("D&isable"), QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause);
    m_actionDisable->setToolTip(tr("Stop sending events to the selected webhook"));
    m_actionEnable
        = make("actionEnableWebhook", tr("En&able"), QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay);
    m_actionEnable->setToolTip(tr("Send events to the selected webhook again"));
    m_actionRotate = make("actionRotateWebhookSecret", tr("&Rotate Secret…"), QStringLiteral("view-refresh"),
                          QStyle::SP_BrowserReload);
    m_actionRotate->setToolTip(tr("Issue a new signing secret; the old one keeps signing for 24 hours"));
    m_actionDelete = make("actionDeleteWebhook", tr("&Delete…"), QStringLiteral("edit-delete"), QStyle::SP_TrashIcon,
                          QKeySequence(QKeySequence::Delete));
    m_actionReload
        = make("actionReloadWebhooks", tr("Re&load"), QStringLiteral("view-refresh"), QStyle::SP_BrowserReload);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_adminActions = {m_actionNew, m_actionEdit, m_actionDisable, m_actionEnable, m_actionRotate, m_actionDelete};

    connect(m_actionNew, &QAction::triggered, this, &WebhooksTab::createWebhook);
    connect(m_actionEdit, &QAction::triggered, this, &WebhooksTab::editWebhook);
    connect(m_actionDisable, &QAction::triggered, this, [this] { setWebhookEnabled(false); });
    connect(m_actionEnable, &QAction::triggered, this, [this] { setWebhookEnabled(true); });
    connect(m_actionRotate, &QAction::triggered, this, &WebhooksTab::rotateSecret);
    connect(m_actionDelete, &QAction::triggered, this, &WebhooksTab::deleteWebhook);
    connect(m_actionReload, &QAction::triggered, this, &WebhooksTab::reload);
    connect(m_view, &QTableView::activated, m_actionEdit, &QAction::trigger);
}

void WebhooksTab::setSession(const SessionInfo& session)
{
    ConsoleTab::setSession(session);
    // Support sees the webhooks and their logs, and changes nothing.
    for (QAction* action : std::as_const(m_adminActions))
        action->setVisible(session.isAdmin());
    m_log->setMayChange(session.isAdmin());
    updateActions();
    updateEmptyState();
    reload();
}

void WebhooksTab::setOffline(bool offline)
{
    ConsoleTab::setOffline(offline);
    m_log->setOffline(offline);
    updateActions();
    updateEmptyState();
}

template<typename T> Done<T> WebhooksTab::tracked(std::function<void(const T&)> onSuccess)
{
    setWorking(true);
    return [this, onSuccess = std::move(onSuccess)](const Result<T>& result) {
        setWorking(false);
        if (result.ok())
            onSuccess(*result.value);
        else if (result.error.code != QLatin1String(ErrorCode::Canceled))
            showError(result.error);
    };
}

void WebhooksTab::showError(const ApiError& error)
{
    m_message->showMessage(error.message);
    emit errorOccurred(error);
}

void WebhooksTab::reload()
{
    if (!session().isValid())
        return;
    ++m_loading;
    updateEmptyState();
    setWorking(true);
    m_webhooks.list(this, [this](const Result<QList<Api::Webhook>>& result) {
        setWorking(false);
        --m_loading;
        if (!result.ok()) {
            updateEmptyState();
            showError(result.error);
            return;
        }
        m_message->hideMessage();
        // The reset clears the selection and the log; selecting the webhook again loads its log afresh.
        const QString selected = currentWebhook().id;
        m_model->setWebhooks(*result.value);
        if (!selectWebhook(selected) && m_model->rowCount() > 0)
            m_view->selectRow(0); // the newest: its log shows at once
        markUpdated();
        updateEmptyState();
        emit loaded();
    });
}

Api::Webhook WebhooksTab::currentWebhook() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? Api::Webhook() : m_model->webhookAt(m_proxy->mapToSource(rows.first()).row());
}

bool WebhooksTab::selectWebhook(const QString& id)
{
    const int row = id.isEmpty() ? -1 : m_model->indexOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void WebhooksTab::updateActions()
{
    const Api::Webhook webhook = currentWebhook();
    const bool admin = session().isAdmin() && !isOffline();
    const bool selected = !webhook.id.isEmpty();
    m_actionNew->setEnabled(admin);
    m_actionEdit->setEnabled(admin && selected);
    m_actionDisable->setEnabled(admin && selected && webhook.enabled);
    m_actionEnable->setEnabled(admin && selected && !webhook.enabled);
    m_actionRotate->setEnabled(admin && selected);
    m_actionDelete->setEnabled(admin && selected);
}

void WebhooksTab::updateEmptyState()
{
    if (isLoading())
        m_emptyState->setState(tr("Loading webhooks…"));
    else if (m_actionNew->isEnabled())
        m_emptyState->setState(tr("No webhooks yet. A webhook tells another service when keys are created, revoked, "
                                  "rotated or about to expire."),
                               tr("&New Webhook…"), [this] { createWebhook(); });
    else
        m_emptyState->setState(tr("No webhooks yet."));
}

void WebhooksTab::changed(const Api::Webhook& webhook, const QString& message)
{
    m_message->hideMessage();
    m_model->updateWebhook(webhook);
    selectWebhook(webhook.id);
    emit statusMessage(message);
}

void WebhooksTab::showSigningSecret(const Api::IssuedWebhook& issued)
{
    auto* dialog = new WebhookSecretDialog(clipboard(), QString::fromLatin1(issued.secret), issued.webhook.url,
                                           issued.webhook.previousSecretExpiresAt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WebhooksTab::createWebhook()
{
    if (!m_actionNew->isEnabled())
        return;
    auto* dialog = new WebhookDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDialog::draftSubmitted, this, [this, dialog](const Api::WebhookDraft& draft) {
        // The page, not the dialog, waits for the answer: a secret issued after a Cancel is still shown.
        QPointer<WebhookDialog> asked(dialog);
        setWorking(true);
        m_webhooks.create(draft, this, [this, asked](const Result<Api::IssuedWebhook>& result) {
            setWorking(false);
            if (!result.ok()) {
                if (asked)
                    asked->showFailure(result.error);
                else
                    showError(result.error);
                return;
            }
            const Api::IssuedWebhook issued = *result.value;
            changed(issued.webhook, tr("Created the webhook to %1").arg(issued.webhook.url));
            if (asked)
                asked->finish();
            showSigningSecret(issued);
        });
    });
    dialog->open();
}

void WebhooksTab::editWebhook()
{
    const Api::Webhook webhook = currentWebhook();
    if (!m_actionEdit->isEnabled() || webhook.id.isEmpty())
        return;
    auto* dialog = new WebhookDialog(webhook, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = webhook.id;
    connect(dialog, &WebhookDialog::changesSubmitted, this, [this, dialog, id](const Api::WebhookChanges& changes) {
        QPointer<WebhookDialog> asked(dialog);
        setWorking(true);
        m_webhooks.update(id, changes, this, [this, asked](const Result<Api::Webhook>& result) {
            setWorking(false);
            if (!result.ok()) {
                if (asked)
                    asked->showFailure(result.error);
                else
                    showError(result.error);
                return;
            }
            changed(*result.value, tr("Saved the webhook to %1").arg(result.value->url));
            if (asked)
                asked->finish();
        });
    });
    dialog->open();
}

void WebhooksTab::setWebhookEnabled(bool enabled)
{
    const Api::Webhook webhook = currentWebhook();
    if (webhook.id.isEmpty() || !(enabled ? m_actionEnable : m_actionDisable)->isEnabled())
        return;
    Api::WebhookChanges changes;
    changes.enabled = enabled;
    m_webhooks.update(webhook.id, changes, this, tracked<Api::Webhook>([this](const Api::Webhook& w) {
                          changed(w,
                                  w.enabled ? tr("Enabled the webhook to %1").arg(w.url)
                                            : tr("Disabled the webhook to %1: it receives no events").arg(w.url));
                      }));
}

void WebhooksTab::rotateSecret()
{
    const Api::Webhook webhook = currentWebhook();
    if (!m_actionRotate->isEnabled() || webhook.id.isEmpty())
        return;
    const QString id = webhook.id;
    Dialogs::confirm(
        this, tr("Rotate signing secret"),
        tr("Issue a new signing secret for the webhook to %1? The new secret is shown once. The old secret keeps "
           "signing beside the new one for 24 hours, so that the receiver can switch over.")
            .arg(webhook.url),
        tr("Rotate Secret"),
        [this, id] {
            m_webhooks.rotateSecret(id, this, tracked<Api::IssuedWebhook>([this](const Api::IssuedWebhook& issued) {
                                        changed(issued.webhook,
                                                tr("New signing secret for the webhook to %1").arg(issued.webhook.url));
                                        showSigningSecret(issued);
                                    }));
        },
        Dialogs::Consequence::Disruptive);
}

void WebhooksTab::deleteWebhook()
{
    const Api::Webhook webhook = currentWebhook();
    if (!m_actionDelete->isEnabled() || webhook.id.isEmpty())
        return;
    const QString id = webhook.id;
    const QString url = webhook.url;
    Dialogs::confirm(
        this, tr("Delete webhook"),
        tr("Delete the webhook to %1 for good? It receives no more events, and its delivery log goes with it.")
            .arg(url),
        tr("Delete Webhook"),
        [this, id, url] {
            m_webhooks.remove(id, this, tracked<Nothing>([this, id, url](const Nothing&) {
                                  m_message->hideMessage();
                                  m_model->removeWebhook(id);
                                  emit statusMessage(tr("Deleted the webhook to %1").arg(url));
                              }));
        },
        Dialogs::Consequence::Destructive);
}

} // namespace Keyward
