#pragma once

#include "core/Endpoints.h"

#include <QObject>
#include <QPointer>

namespace Keyward {

class ApiKeyModel;
class ApiReply;

// Loads every page of a key query (GET /v1/api-keys, following next_cursor) into an ApiKeyModel. The rows shown
// stay until the first page of the new load is there, so that the table does not flash empty; then pages are
// appended as they arrive, the next one asked for before this one goes into the model. A new start() cancels the
// load under way, and answers of a cancelled load are dropped.
class KeyPageLoader : public QObject
{
    Q_OBJECT
public:
    KeyPageLoader(ApiClient& api, ApiKeyModel* model, QObject* parent = nullptr);
    ~KeyPageLoader() override;

    void start(const Api::KeyQuery& query);
    // Stops the load under way. The rows loaded so far stay; if no page had arrived yet the rows shown belonged to
    // another query and go.
    void stop();
    bool isLoading() const { return !m_reply.isNull(); }
    // The query of the load under way or last made (without cursor).
    const Api::KeyQuery& query() const { return m_query; }

signals:
    // Another page is in the model: the number of keys loaded so far, and whether that was the last page.
    void pageLoaded(int loaded, bool done);
    // The load ended early: the server's error, and how many keys had been loaded.
    void failed(const Keyward::ApiError& error, int loaded);
    // A load started (true) or ended (false), for ConsoleTab::setWorking.
    void working(bool working);

private:
    void loadPage(const QString& cursor, quint64 generation);
    void cancel();

    KeysEndpoint m_keys;
    ApiKeyModel* m_model;
    Api::KeyQuery m_query;
    QPointer<ApiReply> m_reply;
    quint64 m_generation = 0;
    bool m_firstPage = true;
};

} // namespace Keyward
