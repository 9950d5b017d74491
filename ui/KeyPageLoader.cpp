#include "ui/KeyPageLoader.h"

#include "core/ApiReply.h"
#include "ui/ApiKeyModel.h"

namespace Keyward {

KeyPageLoader::KeyPageLoader(ApiClient& api, ApiKeyModel* model, QObject* parent)
    : QObject(parent)
    , m_keys(api)
    , m_model(model)
{ }

KeyPageLoader::~KeyPageLoader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void KeyPageLoader::start(const Api::KeyQuery& query)
{
    cancel();
    m_query = query;
    m_query.cursor.clear();
    m_firstPage = true;
    emit working(true);
    loadPage({}, m_generation);
}

void KeyPageLoader::stop()
{
    if (!isLoading())
        return;
    cancel();
    if (m_firstPage)
        m_model->clear();
}

void KeyPageLoader::cancel()
{
    ++m_generation;
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply = nullptr;
    emit working(false);
}

void KeyPageLoader::loadPage(const QString& cursor, quint64 generation)
{
    Api::KeyQuery query = m_query;
    query.cursor = cursor;
    m_reply = m_keys.list(query, this, [this, generation](const Result<Api::KeyPage>& result) {
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        if (!result.ok()) {
            emit working(false);
            emit failed(result.error, m_model->rowCount());
            return;
        }
        const Api::KeyPage& page = *result.value;
        if (m_firstPage) {
            m_model->clear();
            m_firstPage = false;
        }
        const bool done = page.nextCursor.isEmpty();
        // Ask for the next page first: the server prepares it while this one goes into the model.
        if (!done)
            loadPage(page.nextCursor, generation);
        m_model->append(page.keys);
        if (done)
            emit working(false);
        emit pageLoaded(m_model->rowCount(), done);
    });
}

} // namespace Keyward
