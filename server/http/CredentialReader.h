#pragma once

#include "server/http/ApiRequest.h"
#include "server/service/Credential.h"

namespace Keyward {

// Finds the credential in a request, in this order: x-auth-token (session), Authorization: Bearer K,
// Authorization: K (CloudTower), ApiKey header, ?ApiKey= (Palette). A session token given in Authorization
// is recognised by its kw_ses_ prefix.
Credential readCredential(const ApiRequest& request);

} // namespace Keyward
