#include "ui/WebhookDeliveryLog.h"

#include "ui/ColumnWidths.h"
#include "ui/EmptyState.h"
#include "ui/FittingToolBar.h"
#include "ui/ViewActions.h"
#include "ui/WebhookAttemptModel.h"
#include "ui/WebhookDeliveryModel.h"
#include "ui/WebhookEventNames.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Keyward {

namespace {
const auto SplitterKey = QLatin1String("webhooks/attemptsSplitter");

using ViewActions::themeIcon;

QTableView* makeView(QAbstractItemModel* model, const char* name, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}
} // namespace

WebhookDeliveryLog::WebhookDeliveryLog(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_endpoint(api)
    , m_deliveries(new WebhookDeliveryModel(this))
    , m_attempts(new WebhookAttemptModel(this))
    , m_deliveryView(makeView(m_deliveries, "deliveriesTableView", tr("Deliveries of the selected webhook"), this))
    , m_attemptView(makeView(m_attempts, "attemptsTableView", tr("Attempts of the selected delivery"), this))
    , m_deliveryEmpty(new EmptyState(m_deliveryView))
    , m_attemptEmpty(new EmptyState(m_attemptView))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_toolBar(new FittingToolBar(this))
{
    setObjectName(QStringLiteral("webhookDeliveryLog"));
    m_deliveries->setObjectName(QStringLiteral("webhookDeliveryModel"));
    m_attempts->setObjectName(QStringLiteral("webhookAttemptModel"));

    // Dates get the width their text needs; the event and the result take what is left.
    QHeaderView* deliveryHeader = m_deliveryView->horizontalHeader();
    deliveryHeader->setSectionResizeMode(WebhookDeliveryModel::Event, QHeaderView::Stretch);
    m_deliveryView->setColumnWidth(WebhookDeliveryModel::Created, ColumnWidths::forDateTime(m_deliveryView));
    m_deliveryView->setColumnWidth(WebhookDeliveryModel::NextAttempt, ColumnWidths::forDateTime(m_deliveryView));
    int statusWidth = 0;
    using Status = Api::WebhookDelivery::Status;
    for (const Status status : {Status::Pending, Status::Delivered, Status::Failed})
        statusWidth
            = std::max(statusWidth, ColumnWidths::forText(m_deliveryView, WebhookDeliveryModel::statusText(status)));
    m_deliveryView->setColumnWidth(WebhookDeliveryModel::Status, statusWidth);
    m_deliveryView->setColumnWidth(WebhookDeliveryModel::Attempts,
                                   ColumnWidths::forText(m_deliveryView, QStringLiteral("000")));
    ColumnWidths::atLeastHeaders(deliveryHeader);
    QHeaderView* attemptHeader = m_attemptView->horizontalHeader();
    attemptHeader->setSectionResizeMode(WebhookAttemptModel::Result, QHeaderView::Stretch);
    m_attemptView->setColumnWidth(WebhookAttemptModel::Time, ColumnWidths::forDateTime(m_attemptView));
    m_attemptView->setColumnWidth(WebhookAttemptModel::NextRetry, ColumnWidths::forDateTime(m_attemptView));
    m_attemptView->setColumnWidth(WebhookAttemptModel::Latency,
                                  ColumnWidths::forText(m_attemptView, tr("%1 ms").arg(QLocale().toString(30000))));
    ColumnWidths::atLeastHeaders(attemptHeader);

    const auto make
        = [this](const char* name, const QString& text, const QString& icon, QStyle::StandardPixmap fallback) {
              return ViewActions::add(this, m_deliveryView, name, text, themeIcon(icon, fallback, this));
          };
    m_actionSendTest
        = make("actionSendTestEvent", tr("Send &Test Event"), QStringLiteral("mail-send"), QStyle::SP_ArrowForward);
    m_actionRedeliver
        = make("actionRedeliver", tr("Re&deliver"), QStringLiteral("mail-forward"), QStyle::SP_BrowserReload);
    m_actionRedeliver->setToolTip(tr("Send the selected delivery again"));
    m_actionReload
        = make("actionReloadDeliveries", tr("Re&fresh Log"), QStringLiteral("view-refresh"), QStyle::SP_BrowserReload);
    m_actionReload->setToolTip(tr("Load the delivery log again"));
    m_actionOlder
        = make("actionLoadOlderDeliveries", tr("Load &Older"), QStringLiteral("go-down"), QStyle::SP_ArrowDown);
    m_actionOlder->setToolTip(tr("Load older deliveries"));
    m_deliveryView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_actionSendTest, &QAction::triggered, this, &WebhookDeliveryLog::sendTest);
    connect(m_actionRedeliver, &QAction::triggered, this, &WebhookDeliveryLog::redeliver);
    connect(m_actionReload, &QAction::triggered, this, &WebhookDeliveryLog::reload);
    connect(m_actionOlder, &QAction::triggered, this, [this] { load(true); });

    m_toolBar->setObjectName(QStringLiteral("deliveryToolBar"));
    m_toolBar->setAccessibleName(tr("Delivery actions"));
    m_toolBar->addActions({m_actionSendTest, m_actionRedeliver, m_actionReload, m_actionOlder});
    m_toolBar->setSecondary({m_actionReload, m_actionOlder});

    auto* title = new QLabel(tr("Delivery log:"), this);
    title->setObjectName(QStringLiteral("deliveryLogLabel"));
    title->setBuddy(m_deliveryView);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_toolBar, 1);

    m_splitter->setObjectName(QStringLiteral("attemptsSplitter"));
    m_splitter->addWidget(m_deliveryView);
    m_splitter->addWidget(m_attemptView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 200}); // in proportion, until the user moves it
    m_splitter->restoreState(QSettings().value(SplitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(SplitterKey, m_splitter->saveState()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_deliveryView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhookDeliveryLog::showAttempts);
    connect(m_deliveries, &QAbstractItemModel::dataChanged, this, &WebhookDeliveryLog::showAttempts);
    connect(m_deliveries, &QAbstractItemModel::modelReset, this, &WebhookDeliveryLog::showAttempts);
    showAttempts();
    updateEmptyStates();
}

void WebhookDeliveryLog::setWebhook(const Api::Webhook& webhook)
{
    const bool other = webhook.id != m_webhook.id;
    m_webhook = webhook;
    if (other)
        reload();
    else
        updateActions();
}

void WebhookDeliveryLog::setMayChange(bool mayChange)
{
    m_mayChange = mayChange;
    m_actionSendTest->setVisible(mayChange);
    m_actionRedeliver->setVisible(mayChange);
    updateActions();
    updateEmptyStates();
}

void WebhookDeliveryLog::setOffline(bool offline)
{
    m_offline = offline;
    updateActions();
    updateEmptyStates();
}

void WebhookDeliveryLog::reload()
{
    load(false);
}

void WebhookDeliveryLog::load(bool older)
{
    if (m_loading) {
        m_loading->disconnect(this);
        m_loading->abort();
        m_loading = nullptr;
        emit working(false);
    }
    const QString selected = currentDelivery().id;
    if (!older) {
        m_deliveries->clear();
        m_nextCursor.clear();
    }
    if (m_webhook.id.isEmpty()) {
        updateActions();
        updateEmptyStates();
        return;
    }
    emit working(true);
    const QString id = m_webhook.id;
    m_loading = m_endpoint.deliveries(id, older ? m_nextCursor : QString(), PageSize, this,
                                      [this, older, selected](const Result<Api::WebhookDeliveryPage>& page) {
                                          m_loading = nullptr;
                                          emit working(false);
                                          if (!page.ok()) {
                                              updateActions();
                                              updateEmptyStates();
                                              if (page.error.code != QLatin1String(ErrorCode::Canceled))
                                                  emit failed(page.error);
                                              return;
                                          }
                                          m_deliveries->append(page.value->deliveries);
                                          m_nextCursor = page.value->nextCursor;
                                          if (!older && !selected.isEmpty())
                                              selectDelivery(selected); // still the one the user looked at
                                          updateActions();
                                          updateEmptyStates();
                                          emit loaded();
                                      });
    updateActions();
    updateEmptyStates();
}

Api::WebhookDelivery WebhookDeliveryLog::currentDelivery() const
{
    const QModelIndexList rows = m_deliveryView->selectionModel()->selectedRows();
    return rows.isEmpty() ? Api::WebhookDelivery() : m_deliveries->deliveryAt(rows.first().row());
}

bool WebhookDeliveryLog::selectDelivery(const QString& id)
{
    const int row = m_deliveries->indexOf(id);
    if (row < 0)
        return false;
    m_deliveryView->selectionModel()->setCurrentIndex(m_deliveries->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_deliveryView->scrollTo(m_deliveries->index(row, 0));
    return true;
}

void WebhookDeliveryLog::showAttempts()
{
    const Api::WebhookDelivery delivery = currentDelivery();
    m_attempts->setAttempts(delivery.attempts);
    if (delivery.id.isEmpty())
        m_attemptEmpty->setState(tr("Select a delivery to see its attempts."));
    else
        m_attemptEmpty->setState(tr("Not tried yet."));
    updateActions();
}

void WebhookDeliveryLog::updateActions()
{
    const bool may = m_mayChange && !m_offline;
    const bool webhook = !m_webhook.id.isEmpty();
    m_actionSendTest->setEnabled(may && webhook && m_webhook.enabled);
    m_actionSendTest->setToolTip(webhook && !m_webhook.enabled
                                     ? tr("Enable the webhook to send it a test event")
                                     : tr("Send a test event (webhook.test) to the selected webhook"));
    m_actionRedeliver->setEnabled(may && webhook && !currentDelivery().id.isEmpty());
    m_actionReload->setEnabled(webhook);
    m_actionOlder->setEnabled(webhook && !isLoading() && !m_nextCursor.isEmpty());
}

void WebhookDeliveryLog::updateEmptyStates()
{
    if (m_webhook.id.isEmpty())
        m_deliveryEmpty->setState(tr("Select a webhook to see its deliveries."));
    else if (isLoading())
        m_deliveryEmpty->setState(tr("Loading deliveries…"));
    else if (m_actionSendTest->isEnabled())
        m_deliveryEmpty->setState(tr("Nothing has been sent to this webhook yet."), tr("Send &Test Event"),
                                  [this] { sendTest(); });
    else
        m_deliveryEmpty->setState(tr("Nothing has been sent to this webhook yet."));
}

void WebhookDeliveryLog::queued(const Api::WebhookDelivery& delivery, const QString& message)
{
    // The user may have gone on to another webhook meanwhile: its log is not this one.
    if (delivery.webhookId == m_webhook.id) {
        m_deliveries->updateDelivery(delivery);
        selectDelivery(delivery.id);
        updateEmptyStates();
    }
    emit statusMessage(message);
}

void WebhookDeliveryLog::sendTest()
{
    if (!m_actionSendTest->isEnabled())
        return;
    const QString url = m_webhook.url;
    const QString id = m_webhook.id;
    emit working(true);
    m_endpoint.sendTest(id, this, [this, url, id](const Result<Api::WebhookDelivery>& result) {
        emit working(false);
        if (id != m_webhook.id)
            return; // about a webhook no longer shown (gone from the list meanwhile): nothing to say here
        if (!result.ok()) {
            emit failed(result.error);
            return;
        }
        queued(*result.value, tr("A test event is on its way to %1").arg(url));
    });
}

void WebhookDeliveryLog::redeliver()
{
    const Api::WebhookDelivery delivery = currentDelivery();
    if (!m_actionRedeliver->isEnabled() || delivery.id.isEmpty())
        return;
    emit working(true);
    const QString event = WebhookEventNames::name(delivery.event);
    const QString id = m_webhook.id;
    m_endpoint.redeliver(id, delivery.id, this, [this, event, id](const Result<Api::WebhookDelivery>& result) {
        emit working(false);
        if (id != m_webhook.id)
            return; // about a webhook no longer shown
        if (!result.ok()) {
            emit failed(result.error);
            return;
        }
        queued(*result.value, tr("“%1” is queued to be delivered again").arg(event));
    });
}

} // namespace Keyward
