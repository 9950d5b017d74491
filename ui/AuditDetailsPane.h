#pragma once

#include "core/ApiTypes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace Keyward {

// Everything one audit entry records, labelled, for the entry selected above it (as the key pages' details pane):
// the time in the long format, the sentence, the action's code, the outcome, who (e-mail and id), the object (type,
// name at the time, id), the address and each member of the details as "Name: value". Values are selectable text.
class AuditDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit AuditDetailsPane(QWidget* parent = nullptr);

    // The entry to show with its sentence; an entry without id shows "Select an entry".
    void showEntry(const Api::AuditEntry& entry, const QString& sentence);
    const Api::AuditEntry& entry() const { return m_entry; }

private:
    QLabel* addField(const char* name, const QString& label);

    Api::AuditEntry m_entry;
    QLabel* m_emptyLabel = nullptr;
    QScrollArea* m_scroll = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_event = nullptr;
    QLabel* m_action = nullptr;
    QLabel* m_outcome = nullptr;
    QLabel* m_actor = nullptr;
    QLabel* m_target = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace Keyward
