#include "ui/WebhookDialog.h"

#include "core/ApiError.h"
#include "ui/WebhookEventNames.h"
#include "ui_WebhookDialog.h"

#include <QPushButton>

namespace Keyward {

WebhookDialog::WebhookDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::WebhookDialog)
    , m_mode(Mode::Create)
{
    build();
}

WebhookDialog::WebhookDialog(const Api::Webhook& webhook, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::WebhookDialog)
    , m_mode(Mode::Edit)
    , m_webhook(webhook)
{
    build();
}

WebhookDialog::~WebhookDialog() = default;

void WebhookDialog::build()
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("webhookDialog"));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("New Webhook"));
        ok->setText(tr("Create Webhook"));
    } else {
        setWindowTitle(tr("Edit Webhook"));
        ok->setText(tr("Save"));
        m_ui->urlLineEdit->setText(m_webhook.url);
        m_ui->descriptionLineEdit->setText(m_webhook.description);
        m_ui->allEventsCheckBox->setChecked(m_webhook.hasAllEvents());
        m_ui->enabledCheckBox->setChecked(m_webhook.enabled);
    }
    const bool all = m_ui->allEventsCheckBox->isChecked();
    for (const QString& type : Api::webhookEventTypes()) {
        auto* item = new QListWidgetItem(WebhookEventNames::name(type), m_ui->eventsListWidget);
        item->setData(Qt::UserRole, type);
        item->setToolTip(type);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(all || m_webhook.events.contains(type) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_ui->allEventsCheckBox, &QCheckBox::toggled, this, &WebhookDialog::updateEventList);
    connect(m_ui->eventsListWidget, &QListWidget::itemChanged, this, [this] { m_ui->errorMessage->hideMessage(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WebhookDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WebhookDialog::reject);
    connect(m_ui->urlLineEdit, &QLineEdit::textEdited, this, [this] { m_ui->errorMessage->hideMessage(); });
    m_ui->errorMessage->setVisible(false);
    updateEventList();
    m_ui->urlLineEdit->setFocus();
}

void WebhookDialog::updateEventList()
{
    // With All events the list shows what that means, and is not for choosing.
    const bool all = m_ui->allEventsCheckBox->isChecked();
    if (all) {
        for (int row = 0; row < m_ui->eventsListWidget->count(); ++row)
            m_ui->eventsListWidget->item(row)->setCheckState(Qt::Checked);
    }
    m_ui->eventsListWidget->setEnabled(!all && !m_busy);
}

QStringList WebhookDialog::checkedEvents() const
{
    QStringList events;
    for (int row = 0; row < m_ui->eventsListWidget->count(); ++row) {
        const QListWidgetItem* item = m_ui->eventsListWidget->item(row);
        if (m_ui->allEventsCheckBox->isChecked() || item->checkState() == Qt::Checked)
            events.append(item->data(Qt::UserRole).toString());
    }
    return events;
}

void WebhookDialog::accept()
{
    if (m_busy)
        return;
    m_ui->errorMessage->hideMessage();
    const QString url = m_ui->urlLineEdit->text().trimmed();
    if (url.isEmpty()) {
        m_ui->errorMessage->showMessage(tr("Enter the URL that receives the events."));
        m_ui->urlLineEdit->setFocus();
        return;
    }
    const bool all = m_ui->allEventsCheckBox->isChecked();
    const QStringList events = checkedEvents();
    if (events.isEmpty()) {
        m_ui->errorMessage->showMessage(tr("Choose at least one event, or All events."));
        m_ui->eventsListWidget->setFocus();
        return;
    }
    const QString description = m_ui->descriptionLineEdit->text().trimmed();
    const bool enabled = m_ui->enabledCheckBox->isChecked();
    if (m_mode == Mode::Create) {
        Api::WebhookDraft draft;
        draft.url = url;
        draft.events = all ? QStringList() : events; // none named: the server subscribes it to all
        draft.description = description;
        draft.enabled = enabled;
        setBusy(true);
        emit draftSubmitted(draft);
        return;
    }
    Api::WebhookChanges changes;
    if (url != m_webhook.url)
        changes.url = url;
    if (events != m_webhook.events)
        changes.events = events;
    if (description != m_webhook.description)
        changes.description = description;
    if (enabled != m_webhook.enabled)
        changes.enabled = enabled;
    if (changes.isEmpty()) {
        QDialog::accept(); // nothing changed
        return;
    }
    setBusy(true);
    emit changesSubmitted(changes);
}

void WebhookDialog::finish()
{
    setBusy(false);
    QDialog::accept();
}

void WebhookDialog::showFailure(const ApiError& error)
{
    setBusy(false);
    m_ui->errorMessage->showMessage(error.message);
    const QString field = error.field();
    if (field == QLatin1String("url")) {
        m_ui->urlLineEdit->setFocus();
        m_ui->urlLineEdit->selectAll();
    } else if (field == QLatin1String("events")) {
        m_ui->allEventsCheckBox->setFocus();
    } else if (field == QLatin1String("description")) {
        m_ui->descriptionLineEdit->setFocus();
    }
}

void WebhookDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->urlLineEdit), static_cast<QWidget*>(m_ui->descriptionLineEdit),
          static_cast<QWidget*>(m_ui->allEventsCheckBox), static_cast<QWidget*>(m_ui->enabledCheckBox)})
        widget->setEnabled(!busy);
    updateEventList();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace Keyward
