#pragma once

#include "core/ApiTypes.h"
#include "ui/AuditSentences.h"

#include <QAbstractTableModel>
#include <QList>

namespace Keyward {

// Audit entries (GET /v1/audit) in a table: newest first, as the server sends them, each told as a sentence
// (AuditSentences). DisplayRole for display, EditRole holds raw values (the time as QDateTime, the action and outcome
// codes) for sorting, SearchRole everything an entry says, for a text filter. Target (the object, with its id) is for
// views that want it beside the sentence; the audit page and the key trail hide it.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Event, Outcome, Client, Target, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1 };

    explicit AuditModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whose deeds read "You …" (the signed-in user), and how to name the owners of keys (their e-mails).
    void setSelfUserId(const QString& userId);
    void setUserNames(AuditSentences::EmailOf emailOf);

    void clear();
    void append(const QList<Api::AuditEntry>& entries);
    Api::AuditEntry entryAt(int row) const { return m_entries.value(row); }
    // The row's entry as one sentence, as the Event column shows it.
    QString sentenceAt(int row) const;

private:
    void sentencesChanged();

    QList<Api::AuditEntry> m_entries;
    QString m_selfUserId;
    AuditSentences::EmailOf m_emailOf;
};

} // namespace Keyward
