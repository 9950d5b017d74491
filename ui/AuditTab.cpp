#include "ui/AuditTab.h"

#include "core/Endpoints.h"
#include "ui/AuditDetailsPane.h"
#include "ui/AuditModel.h"
#include "ui/AuditSentences.h"
#include "ui/ColumnWidths.h"
#include "ui/ConsoleStore.h"
#include "ui/EmptyState.h"
#include "ui/UserPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Keyward {

namespace {
constexpr int PageSize = 200;
const auto SplitterKey = QLatin1String("audit/detailsSplitter");

qint64 startOf(const QDate& day)
{
    return day.startOfDay().toMSecsSinceEpoch(); // local midnight, as ms since the epoch (UTC)
}
} // namespace

AuditTab::AuditTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
    , m_model(new AuditModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_details(new AuditDetailsPane(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_actionCombo(new QComboBox(this))
    , m_userCombo(new QComboBox(this))
    , m_userLabel(new QLabel(tr("&User:"), this))
    , m_periodCombo(new QComboBox(this))
    , m_sinceLabel(new QLabel(tr("&From:"), this))
    , m_sinceEdit(new QDateEdit(QDate::currentDate(), this))
    , m_untilLabel(new QLabel(tr("&To:"), this))
    , m_untilEdit(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_moreButton(new QPushButton(tr("Load &older entries"), this))
{
    setObjectName(QStringLiteral("auditTab"));
    setWindowTitle(tr("Audit"));
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_actionCombo->setObjectName(QStringLiteral("actionComboBox"));
    m_userCombo->setObjectName(QStringLiteral("userComboBox"));
    m_periodCombo->setObjectName(QStringLiteral("periodComboBox"));
    m_sinceEdit->setObjectName(QStringLiteral("sinceDateEdit"));
    m_untilEdit->setObjectName(QStringLiteral("untilDateEdit"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_moreButton->setObjectName(QStringLiteral("moreButton"));
    m_splitter->setObjectName(QStringLiteral("auditSplitter"));

    // The actions the server writes, one per item (the server filters by the exact code).
    m_actionCombo->addItem(tr("All actions"), QString());
    const QList<QPair<QString, QString>> actions {
        {tr("Sign-ins"), QStringLiteral("login")},
        {tr("Failed second-factor checks"), QStringLiteral("2fa.code")},
        {tr("Failed password confirmations"), QStringLiteral("step_up")},
        {tr("Copied sign-ins refused"), QStringLiteral("session.refresh_replayed")},
        {tr("Keys created"), QStringLiteral("key.created")},
        {tr("Keys edited"), QStringLiteral("key.updated")},
        {tr("Keys revoked"), QStringLiteral("key.revoked")},
        {tr("Keys re-activated"), QStringLiteral("key.reactivated")},
        {tr("Keys rotated"), QStringLiteral("key.rotated")},
        {tr("Keys deleted"), QStringLiteral("key.deleted")},
        {tr("Revoked keys used"), QStringLiteral("key.used_after_revoke")},
        {tr("Authentication keys created"), QStringLiteral("auth_key.generated")},
        {tr("Authentication keys replaced"), QStringLiteral("auth_key.regenerated")},
        {tr("Authentication keys deleted"), QStringLiteral("auth_key.deleted")},
        {tr("Password changes"), QStringLiteral("password.changed")},
        {tr("Failed password changes"), QStringLiteral("password.change")},
        {tr("Two-factor turned on"), QStringLiteral("2fa.enabled")},
        {tr("Two-factor turned off"), QStringLiteral("2fa.disabled")},
        {tr("Two-factor resets"), QStringLiteral("2fa.reset")},
        {tr("Recovery codes used"), QStringLiteral("2fa.recovery_code_used")},
        {tr("New recovery codes"), QStringLiteral("2fa.recovery_codes_regenerated")},
        {tr("Users created"), QStringLiteral("user.created")},
        {tr("Users refused"), QStringLiteral("user.create")},
        {tr("Users changed"), QStringLiteral("user.updated")},
        {tr("Tenant settings changed"), QStringLiteral("tenant.updated")},
    };
    for (const auto& [label, action] : actions)
        m_actionCombo->addItem(label, action);
    m_actionCombo->setAccessibleName(tr("Action"));
    m_userCombo->addItem(tr("All users"), QString());
    UserPicker::makeSearchable(m_userCombo);
    m_userCombo->setAccessibleName(tr("User"));

    m_periodCombo->addItem(tr("Any time"), AnyTime);
    m_periodCombo->addItem(tr("Today"), Today);
    m_periodCombo->addItem(tr("Last 7 days"), Last7Days);
    m_periodCombo->addItem(tr("Last 30 days"), Last30Days);
    m_periodCombo->addItem(tr("Custom…"), Custom);
    m_periodCombo->setAccessibleName(tr("Period"));
    for (QDateEdit* edit : {m_sinceEdit, m_untilEdit})
        edit->setCalendarPopup(true);
    m_sinceEdit->setAccessibleName(tr("From (first day)"));
    m_untilEdit->setAccessibleName(tr("To (last day)"));
    m_sinceEdit->setToolTip(tr("The first day shown, from midnight"));
    m_untilEdit->setToolTip(tr("The last day shown, up to midnight"));

    m_search->setPlaceholderText(tr("Filter loaded entries…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter the audit log"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterRole(AuditModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditModel::Time, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setColumnHidden(AuditModel::Target, true); // the sentence names it; the pane gives its id
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AuditModel::Event, QHeaderView::Stretch);
    m_view->setColumnWidth(AuditModel::Time, ColumnWidths::forDateTime(m_view));
    int outcomeWidth = 0;
    for (const char* outcome : {"ok", "failed", "denied"})
        outcomeWidth = std::max(outcomeWidth,
                                ColumnWidths::forText(m_view, AuditSentences::outcomeName(QLatin1String(outcome))));
    m_view->setColumnWidth(AuditModel::Outcome, outcomeWidth);
    m_view->setColumnWidth(AuditModel::Client, ColumnWidths::forText(m_view, QStringLiteral("255.255.255.255")));
    ColumnWidths::atLeastHeaders(header);
    m_view->verticalHeader()->setVisible(false);
    m_view->setAccessibleName(tr("Audit log"));
    m_emptyState = new EmptyState(m_view);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({400, 200}); // in proportion, until the user moves it
    m_splitter->restoreState(QSettings().value(SplitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(SplitterKey, m_splitter->saveState()); });

    // On Linux a combo box is announced by its value: only a buddy label gives it a name there.
    auto* actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_actionCombo);
    m_userLabel->setBuddy(m_userCombo);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodCombo);
    m_sinceLabel->setBuddy(m_sinceEdit);
    m_untilLabel->setBuddy(m_untilEdit);

    auto* filters = new QHBoxLayout;
    filters->addWidget(actionLabel);
    filters->addWidget(m_actionCombo);
    filters->addWidget(m_userLabel);
    filters->addWidget(m_userCombo);
    filters->addWidget(m_search, 1);
    auto* period = new QHBoxLayout;
    period->addWidget(periodLabel);
    period->addWidget(m_periodCombo);
    period->addWidget(m_sinceLabel);
    period->addWidget(m_sinceEdit);
    period->addWidget(m_untilLabel);
    period->addWidget(m_untilEdit);
    period->addStretch(1);
    period->addWidget(m_moreButton); // beside the filters: the table keeps the height
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(period);
    layout->addWidget(m_splitter, 1);
    for (QWidget* widget : {static_cast<QWidget*>(m_sinceLabel), static_cast<QWidget*>(m_sinceEdit),
                            static_cast<QWidget*>(m_untilLabel), static_cast<QWidget*>(m_untilEdit)})
        widget->setVisible(false);

    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_userCombo, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &AuditTab::periodChanged);
    connect(m_sinceEdit, &QDateEdit::dateChanged, this, [this] { datesChanged(true); });
    connect(m_untilEdit, &QDateEdit::dateChanged, this, [this] { datesChanged(false); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateEmptyState();
    });
    connect(m_moreButton, &QPushButton::clicked, this, [this] { load(true); });
    m_moreButton->setEnabled(false);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditTab::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditTab::showSelected);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditTab::showSelected);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditTab::showSelected);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AuditTab::showSelected);
    m_details->showEntry({}, {});
}

void AuditTab::setSession(const SessionInfo& session)
{
    ConsoleTab::setSession(session);
    m_model->setSelfUserId(session.userId);
    m_emails.clear();
    m_emails.insert(session.userId, session.email);
    m_model->setUserNames([this](const QString& userId) { return m_emails.value(userId); });
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

std::pair<qint64, qint64> AuditTab::range() const
{
    const QDate today = QDate::currentDate();
    switch (static_cast<Period>(m_periodCombo->currentData().toInt())) {
    case Today:
        return {startOf(today), 0};
    case Last7Days:
        return {startOf(today.addDays(-6)), 0};
    case Last30Days:
        return {startOf(today.addDays(-29)), 0};
    case Custom:
        return {startOf(m_sinceEdit->date()), startOf(m_untilEdit->date().addDays(1))};
    case AnyTime:
        break;
    }
    return {0, 0};
}

bool AuditTab::hasFilters() const
{
    return m_actionCombo->currentIndex() > 0 || m_userCombo->currentIndex() > 0 || m_periodCombo->currentIndex() > 0
        || !m_search->text().isEmpty();
}

void AuditTab::clearFilters()
{
    for (QComboBox* combo : {m_actionCombo, m_userCombo, m_periodCombo}) {
        QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    {
        QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_proxy->setFilterFixedString(QString());
    periodChanged(); // hides the dates, and loads once
}

void AuditTab::periodChanged()
{
    const auto period = static_cast<Period>(m_periodCombo->currentData().toInt());
    const QDate today = QDate::currentDate();
    // The dates show the range of a preset, so that Custom starts from it.
    if (period != Custom) {
        const QDate first = period == Last7Days ? today.addDays(-6) : period == Last30Days ? today.addDays(-29) : today;
        const QSignalBlocker blockSince(m_sinceEdit);
        const QSignalBlocker blockUntil(m_untilEdit);
        m_sinceEdit->setDate(first);
        m_untilEdit->setDate(today);
    }
    for (QWidget* widget : {static_cast<QWidget*>(m_sinceLabel), static_cast<QWidget*>(m_sinceEdit),
                            static_cast<QWidget*>(m_untilLabel), static_cast<QWidget*>(m_untilEdit)})
        widget->setVisible(period == Custom);
    load(false);
}

void AuditTab::datesChanged(bool sinceMoved)
{
    // From is never after To: moving one past the other takes the other along.
    {
        const QSignalBlocker blockSince(m_sinceEdit);
        const QSignalBlocker blockUntil(m_untilEdit);
        if (m_sinceEdit->date() > m_untilEdit->date()) {
            if (sinceMoved)
                m_untilEdit->setDate(m_sinceEdit->date());
            else
                m_sinceEdit->setDate(m_untilEdit->date());
        }
    }
    if (m_periodCombo->currentData().toInt() != Custom) {
        m_periodCombo->setCurrentIndex(m_periodCombo->findData(Custom)); // shows the dates and loads
        return;
    }
    load(false);
}

void AuditTab::updateEmptyState()
{
    if (isLoading())
        m_emptyState->setState({});
    else if (hasFilters())
        m_emptyState->setState(tr("No entries match the filters."), tr("&Clear filters"), [this] { clearFilters(); });
    else
        m_emptyState->setState(tr("Nothing has been recorded yet: sign-ins and changes to keys and accounts are "
                                  "listed here."),
                               tr("&Reload"), [this] { reload(); });
}

void AuditTab::showSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_details->showEntry({}, {});
        return;
    }
    const int row = m_proxy->mapToSource(rows.first()).row();
    m_details->showEntry(m_model->entryAt(row), m_model->sentenceAt(row));
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
        for (const Api::User& user : *users.value) {
            m_userCombo->addItem(UserPicker::label(user), user.id);
            m_emails.insert(user.id, user.email);
        }
        m_userCombo->setCurrentIndex(std::max(0, m_userCombo->findData(selected)));
        m_model->setUserNames([this](const QString& userId) { return m_emails.value(userId); }); // names the owners
    });
}

void AuditTab::load(bool more)
{
    if (m_loading)
        m_loading->abort();
    Api::AuditQuery query;
    query.limit = PageSize;
    query.action = m_actionCombo->currentData().toString();
    query.userId = m_userCombo->currentData().toString();
    std::tie(query.since, query.until) = range();
    if (more)
        query.before = m_nextBefore;
    // The selected entry stays selected when it is loaded again.
    const qint64 selectedId = m_details->entry().id;
    if (!more)
        m_model->clear();
    setWorking(true);
    m_loading = AuditEndpoint(api()).list(query, this, [this, more, selectedId](const Result<Api::AuditPage>& page) {
        setWorking(false);
        if (!page.ok() && page.error.code == QLatin1String(ErrorCode::Canceled))
            return; // a newer load took its place
        m_loading = nullptr;
        if (!page.ok()) {
            updateEmptyState();
            emit errorOccurred(page.error);
            return;
        }
        m_model->append(page.value->entries);
        m_nextBefore = page.value->nextBefore;
        markUpdated();
        m_moreButton->setEnabled(m_nextBefore != 0);
        updateEmptyState();
        if (!more && selectedId != 0) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->entryAt(row).id == selectedId) {
                    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, AuditModel::Event));
                    if (index.isValid())
                        m_view->selectionModel()->select(
                            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    break;
                }
            }
        }
        emit statusMessage(tr("%n audit entries shown", nullptr, m_model->rowCount()));
    });
    updateEmptyState();
}

} // namespace Keyward
