#pragma once

#include "ui/ConsoleTab.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Keyward {

class ApiReply;
class AuditModel;

// The audit log (admin and support see the tenant, GET /v1/audit): filter by action and by user, newest first,
// "Load older" pages back with the server's cursor; a local text filter narrows what is loaded.
class AuditTab : public ConsoleTab
{
    Q_OBJECT
public:
    AuditTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);

    void setSession(const SessionInfo& session) override;
    void setStore(ConsoleStore* store) override;
    void reload() override;
    bool canFind() const override { return true; }
    void focusFind() override;
    AuditModel* model() const { return m_model; }

private:
    void load(bool more);
    void loadUsers();

    AuditModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QComboBox* m_actionCombo;
    QComboBox* m_userCombo;
    QLabel* m_userLabel;
    QLineEdit* m_search;
    QPushButton* m_moreButton;
    qint64 m_nextBefore = 0; // 0: no older entries
    QPointer<ApiReply> m_loading;
};

} // namespace Keyward
