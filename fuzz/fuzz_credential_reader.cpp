// readCredential (server/http/CredentialReader): headers and query of a request, all client text. The input's
// first line is the query string; each further line one header, "name:value".

#include "fuzz/FuzzCheck.h"
#include "server/http/CredentialReader.h"

#include <cstdint>

using namespace Keyward;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QList<QByteArray> lines = input.split('\n');
    ApiRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/v1/me");
    request.query = QUrlQuery(QString::fromUtf8(lines.value(0)));
    for (qsizetype i = 1; i < lines.size() && i < 64; ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon < 0)
            request.headers.append({lines.at(i), QByteArray()});
        else
            request.headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1)});
    }
    const Credential credential = readCredential(request);
    FUZZ_CHECK((credential.kind == Credential::Kind::None) == credential.value.isEmpty());
    FUZZ_CHECK(credential.value == credential.value.trimmed());
    return 0;
}
