#pragma once

#include "core/ApiTypes.h"

#include <QAbstractTableModel>

namespace Keyward {

// The attempts of one delivery, newest first: when, what came of it (the HTTP status the receiver answered, or the
// transport error when it did not answer), how long it took and when the next retry is due. EditRole holds raw
// values (times as QDateTime, the status as a number, the latency in ms).
class WebhookAttemptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Result, Latency, NextRetry, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAttempts(const QList<Api::WebhookAttempt>& attempts);
    Api::WebhookAttempt attemptAt(int row) const { return m_attempts.value(row); }
    // "HTTP 204", or the transport error.
    static QString resultText(const Api::WebhookAttempt& attempt);

private:
    QList<Api::WebhookAttempt> m_attempts;
};

} // namespace Keyward
