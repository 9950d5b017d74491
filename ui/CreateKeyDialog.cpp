#include "ui/CreateKeyDialog.h"

#include "core/ApiError.h"
#include "ui/MessageWidget.h"
#include "ui/UserPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Keyward {

namespace {
constexpr int OwnerRoleRole = Qt::UserRole + 1;
// A custom expiry at the tenant's cap stays this far below it, so that clocks a little apart do not refuse it.
constexpr int CapMarginSeconds = 120;

// "readCheckBox" -> "read": the check boxes are named after the scope they stand for.
QString scopeOf(const QCheckBox* box)
{
    return box->objectName().chopped(int(qstrlen("CheckBox")));
}

// Api::Key's times are 0 for none.
QDateTime utcFrom(qint64 ms)
{
    return ms != 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}
} // namespace

CreateKeyDialog::CreateKeyDialog(const SessionInfo& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(Mode::Create)
    , m_maxDays(session.maxKeyLifetimeDays)
{
    setObjectName(QStringLiteral("createKeyDialog"));
    setWindowTitle(tr("New API key"));
    build();
}

CreateKeyDialog::CreateKeyDialog(const SessionInfo& session, const Api::Key& key, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(Mode::Edit)
    , m_key(key)
    , m_maxDays(session.maxKeyLifetimeDays)
{
    setObjectName(QStringLiteral("editKeyDialog"));
    setWindowTitle(tr("Edit API key"));
    const QDateTime expires = utcFrom(key.expiresAt);
    m_keyExpired
        = key.status == KeyStatus::Expired || (expires.isValid() && expires <= QDateTime::currentDateTimeUtc());
    build();
}

CreateKeyDialog::~CreateKeyDialog() = default;

void CreateKeyDialog::build()
{
    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("formWidget"));
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins({});

    m_nameEdit = new QLineEdit(m_form);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setMaxLength(Policy::MaxKeyNameLength);
    m_nameEdit->setPlaceholderText(tr("e.g. CI pipeline"));
    m_nameEdit->setAccessibleName(tr("Key name"));
    form->addRow(tr("&Name:"), m_nameEdit);

    m_descriptionEdit = new QLineEdit(m_form);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionLineEdit"));
    m_descriptionEdit->setMaxLength(Policy::MaxKeyDescriptionLength);
    m_descriptionEdit->setPlaceholderText(tr("Optional"));
    m_descriptionEdit->setAccessibleName(tr("Description"));
    form->addRow(tr("&Description:"), m_descriptionEdit);

    // The Palette "Username": admins may create a key for any user of the tenant.
    m_ownerCombo = new QComboBox(m_form);
    m_ownerCombo->setObjectName(QStringLiteral("ownerComboBox"));
    m_ownerCombo->setAccessibleName(tr("Owner"));
    m_ownerCombo->addItem(UserPicker::selfLabel(m_session.email), m_session.userId);
    UserPicker::makeSearchable(m_ownerCombo);
    m_ownerCombo->setItemData(0, roleName(m_session.role), OwnerRoleRole);
    m_ownerLabel = new QLabel(tr("&User:"), m_form);
    m_ownerLabel->setBuddy(m_ownerCombo);
    form->addRow(m_ownerLabel, m_ownerCombo);
    const bool ownerVisible = m_mode == Mode::Create && m_session.isAdmin();
    m_ownerLabel->setVisible(ownerVisible);
    m_ownerCombo->setVisible(ownerVisible);
    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, &CreateKeyDialog::updateAdminScope);

    auto* scopes = new QWidget(m_form);
    scopes->setObjectName(QStringLiteral("scopesWidget"));
    auto* scopesLayout = new QHBoxLayout(scopes);
    scopesLayout->setContentsMargins({});
    auto makeScope = [&](const char* name, const QString& text, const QString& tip) {
        auto* box = new QCheckBox(text, scopes);
        box->setObjectName(QLatin1String(name));
        box->setToolTip(tip);
        scopesLayout->addWidget(box);
        return box;
    };
    m_readCheck = makeScope("readCheckBox", tr("&read"), tr("Read keys, profile, tenant and audit log (GET)"));
    m_writeCheck = makeScope("writeCheckBox", tr("&write"), tr("Create, change, revoke and delete keys"));
    m_adminCheck = makeScope("adminCheckBox", tr("&admin"), tr("Manage users and the tenant (admin owners only)"));
    m_webhookCheck = makeScope("webhookCheckBox", tr("web&hook"), tr("Deliver webhooks"));
    scopesLayout->addStretch();
    scopes->setAccessibleName(tr("Scopes"));
    form->addRow(tr("Scopes:"), scopes);
    m_scopesHint = new QLabel(m_form);
    m_scopesHint->setObjectName(QStringLiteral("scopesHintLabel"));
    m_scopesHint->setWordWrap(true);
    m_scopesHint->setText(
        m_mode == Mode::Create
            ? tr("What the key may do: read lists and shows, write also changes keys, admin manages "
                 "users and the tenant, webhook manages webhooks. Scopes are fixed once the key exists.")
            : tr("Scopes cannot be changed once a key exists: create a new key for other scopes."));
    form->addRow(QString(), m_scopesHint);

    m_rateLimitSpin = new QSpinBox(m_form);
    m_rateLimitSpin->setObjectName(QStringLiteral("rateLimitSpinBox"));
    m_rateLimitSpin->setAccessibleName(tr("Rate limit"));
    m_rateLimitSpin->setRange(0, Policy::MaxRateLimitPerMinute);
    m_rateLimitSpin->setSingleStep(60);
    m_rateLimitSpin->setSpecialValueText(tr("No limit"));
    m_rateLimitSpin->setSuffix(tr(" per minute"));
    m_rateLimitSpin->setToolTip(tr("Requests per minute the key may make; over it, verification answers 429"));
    auto* rateLabel = new QLabel(tr("Ra&te limit:"), m_form);
    rateLabel->setBuddy(m_rateLimitSpin);
    form->addRow(rateLabel, m_rateLimitSpin);
    m_adminCheck->setVisible(m_session.isAdmin());
    if (m_mode == Mode::Create) {
        m_readCheck->setChecked(true);
    } else {
        // Scopes cannot be changed after creation: shown for reference.
        for (QCheckBox* box : {m_readCheck, m_writeCheck, m_adminCheck, m_webhookCheck}) {
            box->setChecked(m_key.scopes.contains(scopeOf(box)));
            box->setEnabled(false);
        }
        m_adminCheck->setVisible(m_adminCheck->isChecked() || m_session.isAdmin());
        scopes->setToolTip(tr("Scopes cannot be changed; create a new key instead"));
        m_nameEdit->setText(m_key.name);
        m_descriptionEdit->setText(m_key.description);
        m_rateLimitSpin->setValue(m_key.rateLimit);
    }

    // The combo box and the date sit in the form itself, beside their label: on Linux a combo box is announced by its
    // value, so only a buddy label that is its sibling gives it a name there.
    auto* expiryLayout = new QHBoxLayout;
    m_expiryCombo = new QComboBox(m_form);
    m_expiryCombo->setObjectName(QStringLiteral("expiryComboBox"));
    m_expiryCombo->setAccessibleName(tr("Expiration"));
    if (m_mode == Mode::Edit) {
        const QDateTime expires = utcFrom(m_key.expiresAt);
        m_expiryCombo->addItem(
            tr("Keep (%1)").arg(QLocale().toString(expires.toLocalTime().date(), QLocale::ShortFormat)), KeepExpiry);
    }
    for (int days : Presets)
        m_expiryCombo->addItem(tr("%1 days").arg(days), days); // every preset is plural
    m_expiryCombo->addItem(tr("Custom…"), CustomExpiry);
    m_expiryCombo->setCurrentIndex(m_mode == Mode::Edit ? 0 : m_expiryCombo->findData(30));
    m_dateEdit = new QDateEdit(m_form);
    m_dateEdit->setObjectName(QStringLiteral("expiryDateEdit"));
    m_dateEdit->setAccessibleName(tr("Expiration date"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMinimumDate(QDate::currentDate().addDays(1)); // past dates (and today) are refused
    m_dateEdit->setDate(QDate::currentDate().addDays(30));
    m_dateEdit->setVisible(false);
    expiryLayout->addWidget(m_expiryCombo);
    expiryLayout->addWidget(m_dateEdit);
    expiryLayout->addStretch();
    auto* expiryLabel = new QLabel(tr("&Expires:"), m_form);
    expiryLabel->setBuddy(m_expiryCombo);
    form->addRow(expiryLabel, expiryLayout);
    m_expiryHint = new QLabel(m_form);
    m_expiryHint->setObjectName(QStringLiteral("expiryHintLabel"));
    m_expiryHint->setWordWrap(true);
    form->addRow(QString(), m_expiryHint);
    if (m_keyExpired) {
        // The server refuses a new expiry for an expired key (409 KEY_EXPIRED).
        m_expiryCombo->setEnabled(false);
        m_dateEdit->setEnabled(false);
    }
    connect(m_expiryCombo, &QComboBox::currentIndexChanged, this, &CreateKeyDialog::updateExpiryWidgets);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &CreateKeyDialog::updateExpiryWidgets);

    m_errorMessage = new MessageWidget(this);
    m_errorMessage->setObjectName(QStringLiteral("errorMessage"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->setVisible(false);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(m_mode == Mode::Create ? tr("Create") : tr("Save"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &CreateKeyDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &CreateKeyDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_errorMessage);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttonBox);

    setMaxLifetimeDays(m_maxDays);
    updateAdminScope();
    m_nameEdit->setFocus();
}

void CreateKeyDialog::setUsers(const QList<Api::User>& users)
{
    const QString current = ownerId();
    while (m_ownerCombo->count() > 1)
        m_ownerCombo->removeItem(1);
    for (const Api::User& user : users) {
        if (user.id == m_session.userId || user.disabled)
            continue;
        m_ownerCombo->addItem(UserPicker::label(user), user.id);
        m_ownerCombo->setItemData(m_ownerCombo->count() - 1, roleName(user.role), OwnerRoleRole);
    }
    m_ownerCombo->setToolTip(QString());
    const QString wanted = m_pendingOwner.isEmpty() ? current : m_pendingOwner;
    const int index = m_ownerCombo->findData(wanted);
    if (index >= 0)
        m_ownerCombo->setCurrentIndex(index);
}

void CreateKeyDialog::setUsersUnavailable(const QString& reason)
{
    m_ownerCombo->setToolTip(tr("The user list could not be loaded: %1").arg(reason));
}

void CreateKeyDialog::setOwner(const QString& userId)
{
    m_pendingOwner = userId;
    const int index = m_ownerCombo->findData(userId);
    if (index >= 0)
        m_ownerCombo->setCurrentIndex(index);
}

QString CreateKeyDialog::ownerId() const
{
    return m_ownerCombo->currentData().toString();
}

void CreateKeyDialog::setMaxLifetimeDays(int days)
{
    m_maxDays = qMax(0, days);
    const QDate today = QDate::currentDate();
    m_dateEdit->setMaximumDate(m_maxDays > 0 ? today.addDays(m_maxDays) : QDate(9999, 12, 31));
    // Presets beyond the cap cannot be chosen.
    if (auto* items = qobject_cast<QStandardItemModel*>(m_expiryCombo->model())) {
        int best = -1;
        for (int i = 0; i < m_expiryCombo->count(); ++i) {
            const int days = m_expiryCombo->itemData(i).toInt();
            const bool allowed = days <= 0 || m_maxDays == 0 || days <= m_maxDays;
            items->item(i)->setEnabled(allowed);
            items->item(i)->setToolTip(allowed ? QString()
                                               : tr("Longer than this tenant allows (%n day(s))", nullptr, m_maxDays));
            if (allowed && days > 0)
                best = i;
        }
        const int current = m_expiryCombo->currentIndex();
        if (current >= 0 && !items->item(current)->isEnabled())
            m_expiryCombo->setCurrentIndex(best >= 0 ? best : m_expiryCombo->findData(CustomExpiry));
    }
    updateExpiryWidgets();
}

void CreateKeyDialog::updateExpiryWidgets()
{
    const int choice = m_expiryCombo->currentData().toInt();
    m_dateEdit->setVisible(choice == CustomExpiry);
    QString hint;
    const QLocale locale;
    if (m_keyExpired)
        hint = tr("This key has expired; its expiry cannot be changed.");
    else if (choice > 0)
        hint = tr("Expires on %1.")
                   .arg(locale.toString(QDateTime::currentDateTime().addDays(choice).date(), QLocale::LongFormat));
    else if (choice == CustomExpiry)
        hint = tr("Expires on %1.").arg(locale.toString(m_dateEdit->date(), QLocale::LongFormat));
    if (m_maxDays > 0 && !m_keyExpired)
        hint += QLatin1Char(' ') + tr("This tenant allows keys to live at most %n day(s).", nullptr, m_maxDays);
    m_expiryHint->setText(hint.trimmed());
    m_expiryHint->setVisible(!m_expiryHint->text().isEmpty());
}

void CreateKeyDialog::updateAdminScope()
{
    if (m_mode != Mode::Create)
        return;
    // The server refuses the admin scope on a key whose owner is not an admin.
    const bool ownerIsAdmin = m_ownerCombo->currentData(OwnerRoleRole).toString() == roleName(Role::Admin);
    m_adminCheck->setEnabled(m_session.isAdmin() && ownerIsAdmin);
    if (!m_adminCheck->isEnabled())
        m_adminCheck->setChecked(false);
}

qint64 CreateKeyDialog::customExpiry(const QDate& date) const
{
    // Whole days from now, so that the last day the picker allows stays within the tenant's cap.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime at = now.addDays(QDate::currentDate().daysTo(date));
    if (m_maxDays > 0)
        at = qMin(at, now.addDays(m_maxDays).addSecs(-CapMarginSeconds));
    return at.toSecsSinceEpoch() * 1000; // whole seconds, as Qt::ISODate sent it
}

bool CreateKeyDialog::validate(Api::KeyDraft* draft, Api::KeyChanges* changes)
{
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Enter a name for the key."));
        m_nameEdit->setFocus();
        return false;
    }
    const QString description = m_descriptionEdit->text().trimmed();

    const int choice = m_expiryCombo->currentData().toInt();
    const QDate tomorrow = QDate::currentDate().addDays(1);
    if (choice == CustomExpiry) {
        const QDate date = m_dateEdit->date();
        // The picker's minimum was set when the dialog opened; midnight may have passed since.
        if (!date.isValid() || date < tomorrow) {
            showError(tr("The expiry date must be in the future: choose tomorrow or later."));
            m_dateEdit->setMinimumDate(tomorrow);
            m_dateEdit->setFocus();
            return false;
        }
        if (m_maxDays > 0 && date > QDate::currentDate().addDays(m_maxDays)) {
            showError(tr("This tenant allows keys to live at most %n day(s).", nullptr, m_maxDays));
            m_dateEdit->setFocus();
            return false;
        }
    } else if (choice > 0 && m_maxDays > 0 && choice > m_maxDays) {
        showError(tr("This tenant allows keys to live at most %n day(s).", nullptr, m_maxDays));
        m_expiryCombo->setFocus();
        return false;
    }

    if (m_mode == Mode::Create) {
        QStringList scopes;
        for (QCheckBox* box : {m_readCheck, m_writeCheck, m_adminCheck, m_webhookCheck}) {
            if (box->isChecked() && box->isEnabled())
                scopes.append(scopeOf(box));
        }
        if (scopes.isEmpty()) {
            showError(tr("Choose at least one scope."));
            m_readCheck->setFocus();
            return false;
        }
        draft->name = name;
        draft->description = description;
        draft->scopes = scopes;
        draft->rateLimit = m_rateLimitSpin->value();
        if (m_session.isAdmin() && !ownerId().isEmpty() && ownerId() != m_session.userId)
            draft->userId = ownerId();
        if (choice > 0)
            draft->expiresInDays = choice;
        else if (choice == CustomExpiry)
            draft->expiresAt = customExpiry(m_dateEdit->date());
        return true;
    }
    if (name != m_key.name)
        changes->name = name;
    if (description != m_key.description)
        changes->description = description;
    if (m_rateLimitSpin->value() != m_key.rateLimit)
        changes->rateLimit = m_rateLimitSpin->value();
    if (!m_keyExpired) {
        if (choice > 0)
            changes->expiresInDays = choice;
        else if (choice == CustomExpiry)
            changes->expiresAt = customExpiry(m_dateEdit->date());
    }
    return true;
}

void CreateKeyDialog::accept()
{
    if (isBusy())
        return;
    m_errorMessage->hideMessage();
    Api::KeyDraft draft;
    Api::KeyChanges changes;
    if (!validate(&draft, &changes))
        return;
    if (m_mode == Mode::Edit && changes.isEmpty()) {
        QDialog::accept(); // nothing changed
        return;
    }
    setBusy(true);
    if (m_mode == Mode::Create)
        emit draftSubmitted(draft);
    else
        emit changesSubmitted(changes);
}

void CreateKeyDialog::finish()
{
    setBusy(false);
    QDialog::accept();
}

void CreateKeyDialog::showFailure(const ApiError& error)
{
    setBusy(false);
    showError(error.message);
    const QString field = error.field();
    if (field == QLatin1String("name"))
        m_nameEdit->setFocus();
    else if (field.startsWith(QLatin1String("expires")))
        m_expiryCombo->setFocus();
    else if (field == QLatin1String("rate_limit"))
        m_rateLimitSpin->setFocus();
    if (const std::optional<int> days = error.maxKeyLifetimeDays())
        setMaxLifetimeDays(*days);
}

void CreateKeyDialog::reject()
{
    setBusy(false);
    QDialog::reject();
}

void CreateKeyDialog::showError(const QString& message)
{
    m_errorMessage->showMessage(message);
}

void CreateKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace Keyward
