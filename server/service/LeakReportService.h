#pragma once

#include "server/service/GithubScanningKeys.h"
#include "server/service/Outcome.h"
#include "server/service/ServiceContext.h"

#include <QJsonArray>
#include <optional>

namespace Keyward {

// One item of a GitHub secret-scanning report: a string that matched Keyward's key pattern somewhere public.
struct LeakReport
{
    static constexpr int MaxItems = 1000;
    static constexpr int MaxTypeLength = 200;
    static constexpr int MaxUrlLength = 2048; // api_keys.leak_url
    static constexpr int MaxSourceLength = 64; // api_keys.leak_source

    QByteArray token; // never logged, never stored, never in the audit: only its SHA-256 goes back
    QString type;
    QString url;
    QString source;
};

// GitHub secret scanning (POST /v1/secret-scanning/github): a report signed by GitHub kills every live key it names.
// An API key is revoked and marked leaked for good (status "leaked", never re-activated); an authentication key,
// which has no revoked state, is deleted. Either way its sessions end, the tenant's webhooks hear "key.leaked" (in
// the change's transaction) and the audit log says "key.leaked" by "GitHub secret scanning". Anything else (junk,
// a key already revoked, expired, leaked or deleted, a session token) changes nothing and is a false positive.
class LeakReportService
{
public:
    // keys: the operator's --github-scanning-keys; without them every report is answered 404.
    LeakReportService(ServiceContext& context, std::optional<GithubScanningKeys> keys);

    bool isConfigured() const { return m_keys.has_value(); }
    // Null when the report carries a valid GitHub signature over `body`; else the 404 (not configured) or the 401
    // (MISSING_SIGNATURE, UNKNOWN_KEY_IDENTIFIER, INVALID_SIGNATURE) to answer.
    ApiError checkSignature(const QByteArray& identifier, const QByteArray& signature, const QByteArray& body) const;
    // GitHub's feedback, one per item in order: {"token_hash", "token_type", "label": true_positive|false_positive}.
    Outcome<QJsonArray> report(const QList<LeakReport>& reports, const QString& clientAddress);

private:
    enum class Label { TruePositive, FalsePositive };
    Outcome<Label> handle(const LeakReport& report, const QString& clientAddress);
    Outcome<Label> leakApiKey(KeyRecord key, const KeyLeak& leak, const QString& clientAddress);
    Outcome<Label> leakAuthenticationKey(const KeyRecord& key, const KeyLeak& leak, const QString& clientAddress);
    // After a change that did not commit: someone else ended the key first (false positive), or the database failed.
    Outcome<Label> lostRace(const QString& keyId);
    void recordAudit(const KeyRecord& key, const KeyLeak& leak, const QString& clientAddress, const QString& kind);

    ServiceContext& m_ctx;
    std::optional<GithubScanningKeys> m_keys;
};

} // namespace Keyward
