#pragma once

#include "ui/ConsoleTab.h"

#include <QHash>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace Keyward {

class ApiReply;
class AuditDetailsPane;
class AuditModel;
class EmptyState;

// The audit log (GET /v1/audit): the tenant's for admin and support, a user's own entries (the server sends no
// others) for a user. Each entry is a sentence ("alice@acme.test created the key “deploy bot”"); the pane under the
// table shows everything the selected entry records. Filters by action, by user (admin and support), by a period
// (Any time, Today, Last 7 or 30 days, or From … To dates) on the server, newest first; "Load older" pages back with
// the server's cursor; a local text filter narrows what is loaded. When nothing matches, Clear filters resets them
// all with one reload.
class AuditTab : public ConsoleTab
{
    Q_OBJECT
public:
    // The choices of the period combo (its item data).
    enum Period { AnyTime, Today, Last7Days, Last30Days, Custom };
    Q_ENUM(Period)

    AuditTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);

    void setSession(const SessionInfo& session) override;
    void setStore(ConsoleStore* store) override;
    void reload() override;
    bool canFind() const override { return true; }
    void focusFind() override;
    AuditModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    AuditDetailsPane* detailsPane() const { return m_details; }
    bool isLoading() const { return !m_loading.isNull(); }
    // The range the period asks the server for, in ms since the epoch (0: unbounded): the start of the first day and
    // the start of the day after the last, local time.
    std::pair<qint64, qint64> range() const;
    bool hasFilters() const;
    // Every filter back to "all" (action, user, period, text), then one reload.
    void clearFilters();

private:
    void load(bool more);
    void loadUsers();
    void periodChanged();
    void datesChanged(bool sinceMoved);
    void updateEmptyState();
    void showSelected();

    AuditModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    AuditDetailsPane* m_details;
    QSplitter* m_splitter;
    EmptyState* m_emptyState;
    QComboBox* m_actionCombo;
    QComboBox* m_userCombo;
    QLabel* m_userLabel;
    QComboBox* m_periodCombo;
    QLabel* m_sinceLabel;
    QDateEdit* m_sinceEdit;
    QLabel* m_untilLabel;
    QDateEdit* m_untilEdit;
    QLineEdit* m_search;
    QPushButton* m_moreButton;
    QHash<QString, QString> m_emails; // user id → e-mail, for the owners of keys
    qint64 m_nextBefore = 0; // 0: no older entries
    QPointer<ApiReply> m_loading;
};

} // namespace Keyward
