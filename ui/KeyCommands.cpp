#include "ui/KeyCommands.h"

#include "core/Policy.h"
#include "ui/ApiKeyModel.h"
#include "ui/Clipboard.h"
#include "ui/ConsoleStore.h"
#include "ui/CreateKeyDialog.h"
#include "ui/Dialogs.h"
#include "ui/GracePeriodDialog.h"
#include "ui/KeyEditor.h"
#include "ui/KeyTableView.h"
#include "ui/ViewActions.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>

namespace Keyward {

namespace {
// A few requests at a time: the table stays usable and the server is not flooded.
constexpr int BatchParallel = 4;
// Confirmations name this many keys, then say how many more.
constexpr int ListedKeys = 5;
// A key used this recently is said to be in use in a confirmation.
constexpr qint64 RecentUseMs = 60 * 60 * 1000;

using ViewActions::themeIcon;
} // namespace

KeyCommands::Restrictions KeyCommands::restrictions(Command command)
{
    switch (command) {
    case New:
        return MayChangeKeys;
    case Edit:
        return NeedSelection | OnlyOneKey | MayChangeKeys;
    case Revoke:
        return NeedSelection | NeedActiveKey | MayChangeKeys | NotDuringBatch;
    case Reactivate:
        return NeedSelection | NeedInactiveKey | MayChangeKeys | NotDuringBatch;
    case Rotate:
        return NeedSelection | OnlyOneKey | NeedActiveKey | MayChangeKeys | NotDuringBatch;
    case Delete:
        return NeedSelection | MayChangeKeys | NotDuringBatch;
    case CopyId:
        return NeedSelection | OnlyOneKey;
    case CommandCount:
        break;
    }
    return NoRestriction;
}

bool KeyCommands::allows(Restrictions restrictions, const QList<KeyStatus>& selected, bool mayChange, bool duringBatch)
{
    if ((restrictions & MayChangeKeys) && !mayChange)
        return false;
    if ((restrictions & NotDuringBatch) && duringBatch)
        return false;
    if ((restrictions & NeedSelection) && selected.isEmpty())
        return false;
    if ((restrictions & OnlyOneKey) && selected.size() != 1)
        return false;
    if ((restrictions & NeedActiveKey) && !selected.contains(KeyStatus::Active))
        return false;
    if ((restrictions & NeedInactiveKey) && !selected.contains(KeyStatus::Inactive))
        return false;
    return true;
}

KeyCommands::KeyCommands(ApiClient& api, Clipboard& clipboard, KeyTableView* view, ApiKeyModel* model,
                         const std::array<const char*, CommandCount>& objectNames, QWidget* page)
    : QObject(page)
    , m_keys(api)
    , m_clipboard(clipboard)
    , m_view(view)
    , m_model(model)
    , m_page(page)
    , m_editor(new KeyEditor(api, this))
{
    const auto make = [&](Command command, const QString& text, const QIcon& icon, const QKeySequence& shortcut = {}) {
        m_actions[command] = ViewActions::add(page, view, objectNames.at(command), text, icon, shortcut);
    };
    const auto separator = [&] {
        auto* action = new QAction(this);
        action->setSeparator(true);
        view->addAction(action);
    };
    // New has no shortcut of its own: the window's Ctrl+N calls the page's createNew().
    make(New, tr("&New key…"), themeIcon(QStringLiteral("list-add"), QStyle::SP_FileIcon, page));
    action(New)->setToolTip(tr("Create a new API key (%1)").arg(QKeySequence(QKeySequence::New).toString()));
    make(Edit, tr("&Edit…"), themeIcon(QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView, page),
         QKeySequence(Qt::Key_F2));
    separator();
    make(Revoke, tr("&Revoke…"), themeIcon(QStringLiteral("process-stop"), QStyle::SP_DialogCancelButton, page));
    action(Revoke)->setToolTip(tr("Revoke the selected keys: they stop working at once"));
    make(Reactivate, tr("Re-&activate"), themeIcon(QStringLiteral("edit-undo"), QStyle::SP_DialogApplyButton, page));
    make(Rotate, tr("R&otate…"), themeIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, page));
    action(Rotate)->setToolTip(tr("Issue a new secret for the key"));
    make(Delete, tr("&Delete…"), themeIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, page),
         QKeySequence(QKeySequence::Delete));
    separator();
    make(CopyId, tr("&Copy key id"), themeIcon(QStringLiteral("edit-copy"), QStyle::SP_FileLinkIcon, page),
         QKeySequence(QKeySequence::Copy));
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(action(New), &QAction::triggered, this, &KeyCommands::createKey);
    connect(action(Edit), &QAction::triggered, this, &KeyCommands::editKey);
    connect(action(Revoke), &QAction::triggered, this, &KeyCommands::revokeKeys);
    connect(action(Reactivate), &QAction::triggered, this, &KeyCommands::reactivateKeys);
    connect(action(Rotate), &QAction::triggered, this, &KeyCommands::rotateKey);
    connect(action(Delete), &QAction::triggered, this, &KeyCommands::deleteKeys);
    connect(action(CopyId), &QAction::triggered, this, &KeyCommands::copyKeyId);
    connect(view, &QAbstractItemView::activated, this, &KeyCommands::editKey);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeyCommands::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &KeyCommands::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &KeyCommands::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &KeyCommands::updateActions);

    connect(m_editor, &KeyEditor::created, this, [this](const Api::IssuedKey& issued) {
        publishCreated(issued.key);
        m_view->selectKey(issued.key.id);
        if (issued.key.owner.id == m_session.userId)
            emit statusMessage(tr("Created the key “%1”").arg(issued.key.name));
        else
            emit statusMessage(tr("Created the key “%1” for %2").arg(issued.key.name, issued.key.owner.email));
        emit secretIssued(issued);
    });
    connect(m_editor, &KeyEditor::updated, this, [this](const Api::Key& key) {
        publishChanged(key);
        emit statusMessage(tr("Saved the key “%1”").arg(key.name));
    });
    updateActions();
}

KeyCommands::~KeyCommands() = default;

void KeyCommands::setSession(const SessionInfo& session, bool mayChange)
{
    m_session = session;
    m_mayChange = mayChange && session.isValid();
    for (int command = 0; command < CommandCount; ++command) {
        if (restrictions(Command(command)) & MayChangeKeys)
            m_actions.at(command)->setVisible(mayChange);
    }
    updateActions();
}

void KeyCommands::setOffline(bool offline)
{
    m_offline = offline;
    updateActions();
}

void KeyCommands::updateActions()
{
    QList<KeyStatus> selected;
    for (const Api::Key& key : m_view->selectedKeys())
        selected.append(m_model->statusAt(m_model->indexOf(key.id)));
    for (int command = 0; command < CommandCount; ++command)
        m_actions.at(command)->setEnabled(
            allows(restrictions(Command(command)), selected, m_mayChange && !m_offline, isBatchRunning()));
    if (selected.size() == 1 && selected.first() == KeyStatus::Expired)
        action(Reactivate)->setToolTip(tr("This key has expired and cannot be re-activated"));
    else
        action(Reactivate)->setToolTip(tr("Make revoked keys work again (not once they have expired)"));
}

QList<Api::Key> KeyCommands::selectedWith(KeyStatus status) const
{
    QList<Api::Key> keys;
    for (const Api::Key& key : m_view->selectedKeys()) {
        if (m_model->statusAt(m_model->indexOf(key.id)) == status)
            keys.append(key);
    }
    return keys;
}

QString KeyCommands::listed(const QList<Api::Key>& keys) const
{
    QStringList lines;
    for (const Api::Key& key : keys.mid(0, ListedKeys)) {
        if (key.owner.id.isEmpty() || key.owner.id == m_session.userId)
            lines.append(tr("• “%1”").arg(key.name));
        else
            lines.append(tr("• “%1” of %2").arg(key.name, key.owner.email));
    }
    if (keys.size() > ListedKeys)
        lines.append(tr("and %n more", nullptr, int(keys.size()) - ListedKeys));
    return lines.join(QLatin1Char('\n'));
}

QString KeyCommands::recentUse(const QList<Api::Key>& keys) const
{
    const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - RecentUseMs;
    int recent = 0;
    for (const Api::Key& key : keys)
        recent += key.lastUsedAt >= hourAgo;
    if (recent == 0)
        return {};
    if (keys.size() == 1)
        return QLatin1String("\n\n")
            + tr("It was last used at %1, within the last hour: a service may still depend on it.")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(keys.first().lastUsedAt).time(),
                                          QLocale::ShortFormat));
    return QLatin1String("\n\n")
        + tr("%n of them were used within the last hour: services may still depend on them.", nullptr, recent);
}

void KeyCommands::createKey()
{
    if (!action(New)->isEnabled())
        return;
    m_editor->create(m_page, m_session, m_newKeyOwner);
}

void KeyCommands::editKey()
{
    const QList<Api::Key> keys = m_view->selectedKeys();
    if (!action(Edit)->isEnabled() || keys.size() != 1)
        return;
    m_editor->edit(m_page, m_session, keys.first());
}

void KeyCommands::revokeKeys()
{
    const QList<Api::Key> keys = selectedWith(KeyStatus::Active);
    if (!action(Revoke)->isEnabled() || keys.isEmpty())
        return;
    const QString text = keys.size() == 1
        ? tr("Revoke “%1”? It stops working at once. It can be re-activated until it expires.").arg(keys.first().name)
        : tr("Revoke these %n keys? They stop working at once. They can be re-activated until they expire.", nullptr,
             int(keys.size()))
            + QLatin1String("\n\n") + listed(keys);
    Dialogs::confirm(
        m_page, tr("Revoke API keys", nullptr, int(keys.size())), text + recentUse(keys),
        tr("Revoke %n key(s)", nullptr, int(keys.size())), [this, keys] { runBatch(BatchAction::Revoke, keys); },
        Dialogs::Consequence::Disruptive);
}

void KeyCommands::reactivateKeys()
{
    const QList<Api::Key> keys = selectedWith(KeyStatus::Inactive);
    if (action(Reactivate)->isEnabled() && !keys.isEmpty())
        runBatch(BatchAction::Reactivate, keys);
}

void KeyCommands::deleteKeys()
{
    const QList<Api::Key> keys = m_view->selectedKeys();
    if (!action(Delete)->isEnabled() || keys.isEmpty())
        return;
    const QString text = keys.size() == 1
        ? tr("Delete “%1” for good? It stops working at once and cannot be restored.").arg(keys.first().name)
        : tr("Delete these %n keys for good? They stop working at once and cannot be restored.", nullptr,
             int(keys.size()))
            + QLatin1String("\n\n") + listed(keys);
    Dialogs::confirm(
        m_page, tr("Delete API keys", nullptr, int(keys.size())), text + recentUse(keys),
        tr("Delete %n key(s)", nullptr, int(keys.size())), [this, keys] { runBatch(BatchAction::Delete, keys); },
        Dialogs::Consequence::Destructive);
}

void KeyCommands::rotateKey()
{
    const QList<Api::Key> keys = selectedWith(KeyStatus::Active);
    if (!action(Rotate)->isEnabled() || keys.size() != 1)
        return;
    const QString id = keys.first().id;
    askGracePeriod(
        m_page, QStringLiteral("rotateInputDialog"), tr("Rotate API key"),
        tr("Rotating “%1” issues a new secret, shown once.\nThe current secret should:").arg(keys.first().name),
        tr("Rotate"), [this, id](int graceSeconds) { rotate(id, graceSeconds); });
}

void KeyCommands::rotate(const QString& id, int graceSeconds)
{
    emit working(true);
    m_keys.rotate(id, graceSeconds, this, [this](const Result<Api::IssuedKey>& result) {
        emit working(false);
        if (!result.ok()) {
            if (result.error.code != QLatin1String(ErrorCode::Canceled))
                emit errorOccurred(result.error);
            return;
        }
        const Api::IssuedKey& issued = *result.value;
        publishChanged(issued.key);
        if (issued.previousValidUntil == 0)
            emit statusMessage(tr("New secret issued; the previous one no longer works"));
        else
            emit statusMessage(tr("New secret issued; the previous one works until %1")
                                   .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(issued.previousValidUntil),
                                                           QLocale::ShortFormat)));
        emit secretIssued(issued);
    });
}

void KeyCommands::copyKeyId()
{
    const QList<Api::Key> keys = m_view->selectedKeys();
    if (keys.size() != 1)
        return;
    m_clipboard.copyText(keys.first().id);
    emit statusMessage(tr("Copied the key id %1").arg(keys.first().id));
}

void KeyCommands::runBatch(BatchAction action, const QList<Api::Key>& keys)
{
    if (isBatchRunning() || keys.isEmpty())
        return;
    m_batch = {};
    m_batch.action = action;
    m_batch.queue = keys;
    m_batch.total = int(keys.size());
    if (keys.size() == 1)
        m_batch.onlyName = keys.first().name;
    emit working(true);
    updateActions();
    pumpBatch();
}

void KeyCommands::pumpBatch()
{
    while (m_batch.inFlight < BatchParallel && !m_batch.queue.isEmpty()) {
        const QString id = m_batch.queue.takeFirst().id;
        ++m_batch.inFlight;
        const auto failed = [this, id](const ApiError& error) {
            if (m_batch.failed++ == 0)
                m_batch.firstError = error;
            // Expired meanwhile: show what the server knows now.
            if (error.code == QLatin1String(ErrorCode::KeyExpired))
                refreshKey(id);
        };
        const Done<Api::Key> changed = [this, failed](const Result<Api::Key>& result) {
            --m_batch.inFlight;
            if (result.ok())
                publishChanged(*result.value);
            else
                failed(result.error);
            pumpBatch();
        };
        switch (m_batch.action) {
        case BatchAction::Delete:
            m_keys.remove(id, this, [this, id, failed](const Result<Nothing>& result) {
                --m_batch.inFlight;
                if (result.ok())
                    publishRemoved(id);
                else
                    failed(result.error);
                pumpBatch();
            });
            break;
        case BatchAction::Revoke:
            m_keys.revoke(id, this, changed);
            break;
        case BatchAction::Reactivate:
            m_keys.reactivate(id, this, changed);
            break;
        }
    }
    if (m_batch.inFlight == 0 && m_batch.queue.isEmpty())
        finishBatch();
}

void KeyCommands::finishBatch()
{
    const Batch batch = m_batch;
    m_batch = {};
    emit working(false);
    updateActions();
    const int done = batch.total - batch.failed;
    if (batch.total == 1 && batch.failed == 1) {
        if (batch.firstError.code != QLatin1String(ErrorCode::Canceled))
            emit errorOccurred(batch.firstError);
        return;
    }
    QString message;
    switch (batch.action) {
    case BatchAction::Revoke:
        message = batch.total == 1 ? tr("Revoked the key “%1”").arg(batch.onlyName)
                                   : tr("Revoked %n key(s)", nullptr, done);
        break;
    case BatchAction::Reactivate:
        message = batch.total == 1 ? tr("Re-activated the key “%1”").arg(batch.onlyName)
                                   : tr("Re-activated %n key(s)", nullptr, done);
        break;
    case BatchAction::Delete:
        message = batch.total == 1 ? tr("Deleted the key “%1”").arg(batch.onlyName)
                                   : tr("Deleted %n key(s)", nullptr, done);
        break;
    }
    if (batch.failed == 0) {
        emit statusMessage(message);
        return;
    }
    ApiError shown = batch.firstError;
    shown.message = tr("%1; %n failed: %2", nullptr, batch.failed).arg(message, batch.firstError.message);
    emit errorOccurred(shown);
}

void KeyCommands::refreshKey(const QString& id)
{
    m_keys.get(id, this, [this](const Result<Api::Key>& result) {
        if (result.ok())
            publishChanged(*result.value);
    });
}

void KeyCommands::setStore(ConsoleStore* store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (!store)
        return;
    connect(store, &ConsoleStore::keyCreated, this, &KeyCommands::applyCreated);
    connect(store, &ConsoleStore::keyChanged, this, [this](const Api::Key& key) { m_model->updateKey(key); });
    connect(store, &ConsoleStore::keyRemoved, this, [this](const QString& id) { m_model->removeKey(id); });
}

void KeyCommands::applyCreated(const Api::Key& key)
{
    if (!m_showsKey || m_showsKey(key))
        m_model->append({key});
}

void KeyCommands::publishCreated(const Api::Key& key)
{
    if (m_store)
        m_store->announceCreated(key);
    else
        applyCreated(key);
}

void KeyCommands::publishChanged(const Api::Key& key)
{
    if (m_store)
        m_store->announceChanged(key);
    else
        m_model->updateKey(key);
}

void KeyCommands::publishRemoved(const QString& id)
{
    if (m_store)
        m_store->announceRemoved(id);
    else
        m_model->removeKey(id);
}

} // namespace Keyward
