#pragma once

#include "backend/Backend.h"

namespace gatehouse {

/// Fills a workspace with a realistic demo through the Backend API, so every change is journaled
/// under the backend's operator:
///  - tenants "Acme SaaS" (production) and "Acme SaaS (dev)" (development), each with
///  - an application of every type (Acme Web SPA, Acme Desktop Native, Acme Portal Traditional,
///    Billing Service MachineToMachine, Acme Docs Protected, Acme SAML SAML),
///  - API resources "Acme API" (https://api.acme.example; read/write/delete:projects,
///    manage:billing) and "Analytics API" (https://analytics.acme.example; read/export:reports),
///  - roles Admin, Member (default), Viewer (User) and Billing service, Reporting job
///    (MachineToMachine, assigned to the Billing Service app),
///  - 200 users: the owner "sam_rivera" (Admin, password demoOwnerPassword) and 199 people with
///    varied names, emails at acme.example / globex.example / gmail.com, phones, profile and
///    custom data ({"plan":"pro"}, ...); about a third carry a bcrypt digest of "password123"
///    (as if migrated from another system), a few are suspended; every user has the default role
///    Member, some also Admin or Viewer. The two tenants hold different people.
/// The production tenant also runs a B2B product:
///  - an organization template: permissions read:projects, write:projects, invite:member,
///    manage:billing; roles admin, member, viewer (User) and billing sync (MachineToMachine), which
///    also grant permissions of the demo API resources;
///  - the sign-in experience with enterprise SSO on and TOTP, WebAuthn and backup codes enabled;
///  - the OIDC connector "Acme Corp SSO" (issuer https://login.acme.example, client secret
///    demoSsoClientSecret) claiming acme.example;
///  - organizations "Acme Corp" (members from acme.example, the owner as admin; JIT by email domain
///    acme.example and through the connector with the default role member; the Billing Service
///    app with billing sync), "Globex" (members from globex.example; email-domain JIT) and
///    "Initech" (MFA required; a pending invitation for peter.gibbons@initech.example).
/// It adds to what is there; callers offer it for new or empty workspaces.
///
/// Asynchronous: returns at once. The steps run one after another as a single task on
/// QThreadPool::globalInstance(); that pool thread waits on each backend future in turn (allowed
/// there: it is never the UI thread), so neither the caller's thread nor its event loop is needed.
/// Requirements: `backend` is open and outlives the returned future, and its area methods may be
/// called from the pool thread while the caller does not use it (the local backend qualifies:
/// its methods only queue work to its own SQL thread).
/// Finishes with the first error; what was created until then stays (each step is its own
/// journaled transaction). Cancelling the future stops the task after the current step.
Future<Done> buildDemoWorkspace(Backend &backend);

/// The plain password of the demo owner "sam_rivera" in every demo tenant (demo data only).
inline constexpr char demoOwnerPassword[] = "Gatehouse-demo-1";

/// The client secret of the demo SSO connector (demo data only; stored as a secret).
inline constexpr char demoSsoClientSecret[] = "demo-oidc-client-secret-7f3a";

} // namespace gatehouse
