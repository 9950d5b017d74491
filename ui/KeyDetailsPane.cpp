#include "ui/KeyDetailsPane.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "ui/ApiKeyModel.h"
#include "ui/AuditModel.h"
#include "ui/Clipboard.h"
#include "ui/ColumnWidths.h"
#include "ui/KeyTableView.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Keyward {

namespace {
// The trail is asked for once the selection has rested this long.
constexpr int TrailDelayMs = 150;
constexpr int TrailEntries = 50;

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::LongFormat);
}
} // namespace

KeyDetailsPane::KeyDetailsPane(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_audit(api)
    , m_keys(api)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("keyDetailsPane"));
    setAccessibleName(tr("Key details"));
    m_emptyLabel = new QLabel(tr("Select a key to see its details."), this);
    m_emptyLabel->setObjectName(QStringLiteral("noKeyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_details = new QWidget(this);
    auto* columns = new QHBoxLayout(m_details);
    columns->setContentsMargins({});
    auto* fields = new QWidget(m_details);
    m_form = new QFormLayout(fields);
    m_form->setContentsMargins({});
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addField("nameValue", tr("Name:"));
    m_description = addField("descriptionValue", tr("Description:"));
    m_id = addField("idValue", tr("Key id:"));
    m_prefix = addField("prefixValue", tr("Prefix:"));
    m_owner = addField("ownerValue", tr("Owner:"));
    m_createdBy = addField("createdByValue", tr("Created by:"));
    m_scopes = addField("scopesValue", tr("Scopes:"));
    m_status = addField("statusValue", tr("Status:"));
    m_created = addField("createdValue", tr("Created:"));
    m_updated = addField("updatedValue", tr("Changed:"));
    m_expires = addField("expiresValue", tr("Expires:"));
    m_lastUsed = addField("lastUsedValue", tr("Last used:"));
    m_rateLimit = addField("rateLimitValue", tr("Rate limit:"));

    m_copyEnvButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy as &environment"), fields);
    m_copyEnvButton->setObjectName(QStringLiteral("copyEnvironmentButton"));
    m_copyEnvButton->setToolTip(tr("Copy the key id and prefix as KEYWARD_KEY_ID and KEYWARD_KEY_PREFIX"));
    m_copyCurlButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy as c&url"), fields);
    m_copyCurlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurlButton->setToolTip(tr("Copy a curl command that shows this key (with your token from $KEYWARD_TOKEN)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyEnvButton);
    buttons->addWidget(m_copyCurlButton);
    buttons->addStretch();
    m_form->addRow(buttons);
    connect(m_copyEnvButton, &QPushButton::clicked, this, [this] {
        m_clipboard.copyText(environmentSnippet(m_key));
        emit statusMessage(tr("Copied the key id and prefix as environment variables"));
    });
    connect(m_copyCurlButton, &QPushButton::clicked, this, [this] {
        m_clipboard.copyText(curlSnippet(m_keys.keyUrl(m_key.id)));
        emit statusMessage(tr("Copied a curl command for the key"));
    });

    auto* history = new QWidget(m_details);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins({});
    auto* historyLabel = new QLabel(tr("History"), history);
    historyLabel->setObjectName(QStringLiteral("historyLabel"));
    QFont bold = historyLabel->font();
    bold.setBold(true);
    historyLabel->setFont(bold);
    m_trail = new AuditModel(this);
    m_trail->setObjectName(QStringLiteral("keyTrailModel"));
    m_trailView = new QTableView(history);
    m_trailView->setObjectName(QStringLiteral("keyTrailView"));
    m_trailView->setAccessibleName(tr("History of the key"));
    m_trailView->setModel(m_trail);
    m_trailView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trailView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trailView->setWordWrap(false);
    m_trailView->verticalHeader()->setVisible(false);
    // The sentence takes the width; the time is as wide as its text.
    m_trailView->horizontalHeader()->setSectionResizeMode(AuditModel::Event, QHeaderView::Stretch);
    m_trailView->setColumnWidth(AuditModel::Time, ColumnWidths::forDateTime(m_trailView));
    m_trailView->setColumnHidden(AuditModel::Target, true); // always this key
    m_trailView->setColumnHidden(AuditModel::Outcome, true);
    historyLabel->setBuddy(m_trailView);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_trailView, 1);

    columns->addWidget(fields, 1);
    columns->addWidget(history, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_details);
    m_details->setVisible(false);

    m_trailTimer.setSingleShot(true);
    m_trailTimer.setInterval(TrailDelayMs);
    connect(&m_trailTimer, &QTimer::timeout, this, &KeyDetailsPane::loadTrail);
}

KeyDetailsPane::~KeyDetailsPane()
{
    if (m_trailReply) {
        m_trailReply->disconnect(this);
        m_trailReply->abort();
    }
}

QLabel* KeyDetailsPane::addField(const char* name, const QString& label)
{
    auto* value = new QLabel(m_form->parentWidget());
    value->setObjectName(QLatin1String(name));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

void KeyDetailsPane::showKey(const Api::Key& key)
{
    const bool sameKey = key.id == m_key.id;
    const bool changed = !sameKey || key.updatedAt != m_key.updatedAt || key.status != m_key.status
        || key.lastUsedAt != m_key.lastUsedAt || key.prefix != m_key.prefix;
    m_key = key;
    m_emptyLabel->setVisible(key.id.isEmpty());
    m_details->setVisible(!key.id.isEmpty());
    if (key.id.isEmpty()) {
        m_trailTimer.stop();
        m_trail->clear();
        return;
    }
    const QString none = tr("—");
    m_name->setText(key.name);
    m_description->setText(key.description.isEmpty() ? none : key.description);
    m_id->setText(key.id);
    m_prefix->setText(key.prefix);
    m_owner->setText(key.owner.email.isEmpty() ? key.owner.id : key.owner.email);
    QString creator = key.createdBy == key.owner.id ? key.owner.email : QString();
    if (creator.isEmpty() && m_emailOf)
        creator = m_emailOf(key.createdBy);
    m_createdBy->setText(key.createdBy.isEmpty() ? none : creator.isEmpty() ? key.createdBy : creator);
    m_scopes->setText(key.scopes.join(QStringLiteral(", ")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const KeyStatus status = key.status != KeyStatus::Leaked && key.expiresAt != 0 && key.expiresAt <= now
        ? KeyStatus::Expired
        : key.status;
    if (status == KeyStatus::Leaked)
        m_status->setText(tr("Leaked: found in public at %1 on %2 and revoked for good. Replace it with a new key")
                              .arg(key.leak.url, timeText(key.leak.reportedAt)));
    else
        m_status->setText(status == KeyStatus::Active ? tr("Active")
                              : status == KeyStatus::Inactive
                              ? tr("Revoked: it does not work until it is re-activated")
                              : tr("Expired: it no longer works and cannot be re-activated"));
    m_created->setText(key.createdAt != 0 ? timeText(key.createdAt) : none);
    m_updated->setText(key.updatedAt != 0 ? timeText(key.updatedAt) : none);
    m_expires->setText(key.expiresAt != 0 ? timeText(key.expiresAt) : tr("Never"));
    if (key.lastUsedAt == 0)
        m_lastUsed->setText(tr("Never"));
    else if (key.lastUsedAddress.isEmpty())
        m_lastUsed->setText(timeText(key.lastUsedAt));
    else
        m_lastUsed->setText(tr("%1, from %2").arg(timeText(key.lastUsedAt), key.lastUsedAddress));
    m_rateLimit->setText(key.rateLimit > 0 ? tr("%n request(s) per minute", nullptr, key.rateLimit) : tr("No limit"));
    if (changed) {
        if (!sameKey)
            m_trail->clear();
        m_trailTimer.start();
    }
}

void KeyDetailsPane::follow(KeyTableView* view)
{
    const auto update = [this, view] {
        const QList<Api::Key> keys = view->selectedKeys();
        showKey(keys.size() == 1 ? keys.first() : Api::Key());
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(view->keyModel(), &QAbstractItemModel::dataChanged, this, update);
    connect(view->keyModel(), &QAbstractItemModel::modelReset, this, update);
    connect(view->keyModel(), &QAbstractItemModel::rowsRemoved, this, update);
}

QSplitter* KeyDetailsPane::stackUnder(KeyTableView* view, const QString& settingsKey, QWidget* parent)
{
    follow(view);
    auto* splitter = new QSplitter(Qt::Vertical, parent);
    splitter->setObjectName(QStringLiteral("detailsSplitter"));
    splitter->addWidget(view);
    splitter->addWidget(this);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->restoreState(QSettings().value(settingsKey).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, splitter,
            [splitter, settingsKey] { QSettings().setValue(settingsKey, splitter->saveState()); });
    return splitter;
}

void KeyDetailsPane::loadTrail()
{
    if (m_trailReply) {
        m_trailReply->disconnect(this);
        m_trailReply->abort();
    }
    if (m_key.id.isEmpty())
        return;
    Api::AuditQuery query;
    query.targetId = m_key.id;
    query.limit = TrailEntries;
    const QString id = m_key.id;
    m_trailReply = m_audit.list(query, this, [this, id](const Result<Api::AuditPage>& page) {
        m_trailReply = nullptr;
        if (id != m_key.id || !page.ok())
            return; // another key by now; or the trail is not there (the table says why elsewhere)
        m_trail->clear();
        m_trail->append(page.value->entries);
        m_trailView->resizeColumnToContents(AuditModel::Time);
    });
}

QString KeyDetailsPane::environmentSnippet(const Api::Key& key)
{
    return QStringLiteral("KEYWARD_KEY_ID=%1\nKEYWARD_KEY_PREFIX=%2\n").arg(key.id, key.prefix);
}

QString KeyDetailsPane::curlSnippet(const QUrl& keyUrl)
{
    return QStringLiteral("curl -sS -H \"Authorization: Bearer $KEYWARD_TOKEN\" '%1'\n")
        .arg(keyUrl.toString(QUrl::FullyEncoded));
}

} // namespace Keyward
