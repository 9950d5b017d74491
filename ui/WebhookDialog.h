#pragma once

#include "core/ApiTypes.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class WebhookDialog;
}

namespace Keyward {

struct ApiError;

// The form for a new webhook or, in edit mode, for changing one: the URL, a description, the events (All events, or
// a checkable list of the event types by their names) and whether it is enabled. A view and nothing more: it
// validates in accept() and emits what the user chose (draftSubmitted, or changesSubmitted with only what differs),
// then waits, its form disabled, until its owner calls finish() or showFailure() (the server's reason, e.g. why the
// URL is refused, with the focus on the field at fault).
class WebhookDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    // A new webhook.
    explicit WebhookDialog(QWidget* parent = nullptr);
    // Edits this webhook.
    WebhookDialog(const Api::Webhook& webhook, QWidget* parent = nullptr);
    ~WebhookDialog() override;

    Mode mode() const { return m_mode; }
    const Api::Webhook& webhook() const { return m_webhook; }
    bool isBusy() const { return m_busy; }
    // The event types checked (every one when All events is).
    QStringList checkedEvents() const;
    void finish();
    void showFailure(const ApiError& error);

public slots:
    void accept() override;

signals:
    void draftSubmitted(const Keyward::Api::WebhookDraft& draft);
    void changesSubmitted(const Keyward::Api::WebhookChanges& changes);

private:
    void build();
    void setBusy(bool busy);
    void updateEventList();

    const QScopedPointer<Ui::WebhookDialog> m_ui;
    const Mode m_mode;
    const Api::Webhook m_webhook; // edit mode
    bool m_busy = false;
};

} // namespace Keyward
