#pragma once

#include "server/http/ApiResponse.h"
#include "server/service/KeyVerifier.h"

namespace Keyward {

// POST /v1/keys/verify's answer from the verifier's outcome. A refusal of the key itself is a 200 with valid:false
// (the caller asked a question and got the answer); only the key's rate limit (429) fails the request. The usual
// answers (live and unlimited; unknown) are written without JSON objects.
ApiResponse verifyAnswer(const KeyVerifier::Outcome& outcome, qint64 now);

} // namespace Keyward
