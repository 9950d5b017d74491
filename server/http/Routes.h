#pragma once

#include "server/http/Router.h"
#include "server/service/AccountService.h"
#include "server/service/AuthService.h"
#include "server/service/KeyService.h"
#include "server/service/LeakReportService.h"
#include "server/service/UserService.h"
#include "server/service/WebhookService.h"

namespace Keyward {

struct RouteServices
{
    ServiceContext& context;
    Authenticator& authenticator;
    AuthService& auth;
    AccountService& account;
    KeyService& keys;
    UserService& users;
    WebhookService& webhooks;
    LeakReportService& leaks; // GitHub secret scanning
    bool testClock = false; // --test-clock: POST /v1/test/clock moves the server's clock (tests only)
};

// Every route of the API, in one place (docs/api/openapi.yaml describes the same list): what each requires of its
// caller (Requirement), how its request decodes (RequestDecoder), the service call, and how the outcome is answered
// (status, headers, envelope).
void registerRoutes(Router& router, RouteServices services);

} // namespace Keyward
