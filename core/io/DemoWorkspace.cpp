#include "io/DemoWorkspace.h"

#include "security/Random.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QThreadPool>
#include <algorithm>
#include <memory>

namespace gatehouse {

namespace {

/// Ends the build with the error of the step that failed.
struct Stop
{
    Error error;
};

struct DemoApp
{
    const char *name;
    ApplicationType type;
    const char *description;
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList corsAllowedOrigins;
};

struct DemoScope
{
    const char *name;
    const char *description;
};

struct DemoResource
{
    const char *name;
    const char *indicator;
    int accessTokenTtl;
    bool isDefault;
    QList<DemoScope> scopes;
};

struct DemoRole
{
    const char *name;
    RoleType type;
    const char *description;
    bool isDefault;
    QStringList scopeNames;  ///< permission names over all demo resources
    const char *assignedApp; ///< MachineToMachine app to assign to, or nullptr
};

const QList<DemoResource> &demoResources()
{
    static const QList<DemoResource> resources{
        {"Acme API",
         "https://api.acme.example",
         3600,
         true,
         {{"read:projects", "Read projects and their settings"},
          {"write:projects", "Create and edit projects"},
          {"manage:billing", "Manage subscriptions, payment methods and invoices"},
          {"delete:projects", "Delete projects permanently"}}},
        {"Analytics API",
         "https://analytics.acme.example",
         900,
         false,
         {{"read:reports", "Read usage and revenue reports"}, {"export:reports", "Export reports as CSV"}}},
    };
    return resources;
}

const QList<DemoRole> &demoRoles()
{
    static const QList<DemoRole> roles{
        {"Billing service",
         RoleType::MachineToMachine,
         "Lets the billing service charge customers",
         false,
         {QStringLiteral("manage:billing")},
         "Billing Service"},
        {"Reporting job",
         RoleType::MachineToMachine,
         "Nightly export of usage reports",
         false,
         {QStringLiteral("read:reports"), QStringLiteral("export:reports")},
         nullptr},
        {"Admin",
         RoleType::User,
         "Full access to projects, billing and reports",
         false,
         {QStringLiteral("read:projects"), QStringLiteral("write:projects"), QStringLiteral("manage:billing"),
          QStringLiteral("delete:projects"), QStringLiteral("read:reports"),
          QStringLiteral("export:reports")},
         nullptr},
        {"Member",
         RoleType::User,
         "Works on projects; given to every new user",
         true,
         {QStringLiteral("read:projects"), QStringLiteral("write:projects")},
         nullptr},
        {"Viewer",
         RoleType::User,
         "Read-only access to projects",
         false,
         {QStringLiteral("read:projects")},
         nullptr},
    };
    return roles;
}

struct DemoOrganizationRole
{
    const char *name;
    RoleType type;
    const char *description;
    QStringList organizationScopes;
    QStringList resourceScopes; ///< permission names of the demo API resources
};

struct DemoOrganization
{
    const char *name;
    const char *description;
    const char *plan;
    int seats;
    bool mfaRequired;
    const char *logoUrl;
    const char *color;
    const char *memberDomain; ///< members are demo users whose email ends with this
    int members;
    const char *jitDomain; ///< email-domain JIT, or nullptr
    bool ssoDomain;        ///< JIT through the demo SSO connector (and the M2M app)
    const char *invitee;   ///< a pending invitation, or nullptr
};

const QList<DemoScope> &demoOrganizationScopes()
{
    static const QList<DemoScope> scopes{
        {"read:projects", "See the organization's projects"},
        {"write:projects", "Create and edit the organization's projects"},
        {"invite:member", "Invite people to the organization"},
        {"manage:billing", "Manage the organization's subscription and invoices"},
    };
    return scopes;
}

const QList<DemoOrganizationRole> &demoOrganizationRoles()
{
    static const QList<DemoOrganizationRole> roles{
        {"admin",
         RoleType::User,
         "Runs the organization: members, billing and every project",
         {QStringLiteral("read:projects"), QStringLiteral("write:projects"), QStringLiteral("invite:member"),
          QStringLiteral("manage:billing")},
         {QStringLiteral("read:projects"), QStringLiteral("write:projects"),
          QStringLiteral("delete:projects"), QStringLiteral("read:reports")}},
        {"member",
         RoleType::User,
         "Works on the organization's projects",
         {QStringLiteral("read:projects"), QStringLiteral("write:projects")},
         {QStringLiteral("read:projects"), QStringLiteral("write:projects")}},
        {"viewer",
         RoleType::User,
         "Read-only access to the organization's projects",
         {QStringLiteral("read:projects")},
         {QStringLiteral("read:projects")}},
        {"billing sync",
         RoleType::MachineToMachine,
         "Lets the billing service read and bill the organization",
         {QStringLiteral("manage:billing")},
         {QStringLiteral("manage:billing")}},
    };
    return roles;
}

const QList<DemoOrganization> &demoOrganizations()
{
    static const QList<DemoOrganization> organizations{
        {"Acme Corp", "Enterprise customer; signs in through its own identity provider", "enterprise", 250,
         false, "https://assets.acme.example/logo.svg", "#1F5EFF", "@acme.example", 14, "acme.example", true,
         nullptr},
        {"Globex", "Team plan; colleagues join by signing up with their work email", "team", 40, false,
         "https://assets.globex.example/logo.png", "#0F9D58", "@globex.example", 8, "globex.example", false,
         nullptr},
        {"Initech", "Handles payment data: every member must use MFA", "pro", 15, true,
         "https://assets.initech.example/logo.svg", "#C62828", "@gmail.com", 5, nullptr, false,
         "peter.gibbons@initech.example"},
    };
    return organizations;
}

QList<DemoApp> demoApps(bool development)
{
    const QString web =
        development ? QStringLiteral("http://localhost:3000") : QStringLiteral("https://app.acme.example");
    const QString portal =
        development ? QStringLiteral("http://localhost:8080") : QStringLiteral("https://portal.acme.example");
    return {
        {"Acme Web",
         ApplicationType::SPA,
         "The Acme single-page web app",
         {web + QStringLiteral("/callback")},
         {web},
         {web}},
        {"Acme Desktop",
         ApplicationType::Native,
         "Acme for Windows, macOS and Linux",
         {QStringLiteral("io.acme.desktop:/callback")},
         {QStringLiteral("io.acme.desktop:/signed-out")},
         {}},
        {"Acme Portal",
         ApplicationType::Traditional,
         "Server-rendered customer portal",
         {portal + QStringLiteral("/auth/callback")},
         {portal},
         {}},
        {"Billing Service",
         ApplicationType::MachineToMachine,
         "Charges subscriptions and issues invoices",
         {},
         {},
         {}},
        {"Acme Docs", ApplicationType::Protected, "Customer documentation behind Acme sign-in", {}, {}, {}},
        {"Acme SAML",
         ApplicationType::SAML,
         "Acme as the SAML identity provider of the HR system",
         {},
         {},
         {}},
    };
}

struct DemoName
{
    const char *display; ///< UTF-8
    const char *ascii;   ///< for usernames and email addresses
};

// 40 given names × 30 family names; usersOf() pairs them so no two demo users share a name.
const DemoName givenNames[] = {
    {"Olivia", "olivia"},     {"Liam", "liam"},   {"Sofía", "sofia"},   {"Noah", "noah"},
    {"Amara", "amara"},       {"Mateo", "mateo"}, {"Chloé", "chloe"},   {"Hiroshi", "hiroshi"},
    {"Zoë", "zoe"},           {"Ethan", "ethan"}, {"Priya", "priya"},   {"Lukas", "lukas"},
    {"Fatima", "fatima"},     {"Jonas", "jonas"}, {"Mei", "mei"},       {"Oliver", "oliver"},
    {"Isabella", "isabella"}, {"Kwame", "kwame"}, {"Ingrid", "ingrid"}, {"Diego", "diego"},
    {"Aisha", "aisha"},       {"Björn", "bjorn"}, {"Elena", "elena"},   {"Rahul", "rahul"},
    {"Hannah", "hannah"},     {"Tomás", "tomas"}, {"Yuki", "yuki"},     {"Grace", "grace"},
    {"Omar", "omar"},         {"Léa", "lea"},     {"Marco", "marco"},   {"Nadia", "nadia"},
    {"Samuel", "samuel"},     {"Freya", "freya"}, {"Arjun", "arjun"},   {"Camila", "camila"},
    {"Henrik", "henrik"},     {"Julia", "julia"}, {"Kenji", "kenji"},   {"Ava", "ava"},
};
const DemoName familyNames[] = {
    {"Smith", "smith"},         {"García", "garcia"}, {"Müller", "mueller"},      {"Nguyen", "nguyen"},
    {"Okafor", "okafor"},       {"Rossi", "rossi"},   {"Dubois", "dubois"},       {"Tanaka", "tanaka"},
    {"Johansson", "johansson"}, {"Patel", "patel"},   {"Kowalski", "kowalski"},   {"Silva", "silva"},
    {"O'Brien", "obrien"},      {"Novák", "novak"},   {"Haddad", "haddad"},       {"Kim", "kim"},
    {"Fischer", "fischer"},     {"Mensah", "mensah"}, {"Lindqvist", "lindqvist"}, {"Costa", "costa"},
    {"Brown", "brown"},         {"Yilmaz", "yilmaz"}, {"Andersen", "andersen"},   {"Chen", "chen"},
    {"Moreau", "moreau"},       {"Hughes", "hughes"}, {"Ivanova", "ivanova"},     {"Santos", "santos"},
    {"Schmidt", "schmidt"},     {"Walker", "walker"},
};
constexpr int demoUsersPerTenant = 200;

/// bcrypt (cost 4) of "password123", as a system migrating to Logto would hand it over.
constexpr char demoBcryptDigest[] = "$2b$04$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i";

/// The demo's user number `n` (0-based over all demo tenants): varied but deterministic.
User demoUser(int n)
{
    const int given = n % 40;
    const int family = (n / 40 + 3 * given) % 30; // distinct (given, family) for n < 1200
    const DemoName &g = givenNames[given];
    const DemoName &f = familyNames[family];
    const QString first = QLatin1String(g.ascii);
    const QString last = QLatin1String(f.ascii);
    User u;
    u.name = QString::fromUtf8(g.display) + QLatin1Char(' ') + QString::fromUtf8(f.display);
    static const char *const domains[] = {
        "acme.example",   "acme.example",   "acme.example",   "acme.example", "acme.example",
        "globex.example", "globex.example", "globex.example", "gmail.com",    "gmail.com"};
    const char *domain = domains[n % 10];
    QString local = first + QLatin1Char('.') + last;
    if (qstrcmp(domain, "gmail.com") == 0)
        local += QString::number(70 + n % 30);
    if (n % 17 != 4) // a few users sign in by phone only
        u.primaryEmail = local + QLatin1Char('@') + QLatin1String(domain);
    if (n % 10 < 7)
        u.username = n % 4 == 0 ? QString(first + QLatin1Char('_') + last)
                                : QString(first + last.left(1) + QString::number(n % 97));
    if (n % 5 < 3 || u.primaryEmail.isEmpty()) {
        const QString suffix = QStringLiteral("%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
        switch (n % 4) {
        case 0:
            u.primaryPhone = QStringLiteral("+44 20 7946 ") + suffix;
            break;
        case 1:
            u.primaryPhone = QStringLiteral("+49 30 5550 ") + suffix;
            break;
        default:
            u.primaryPhone = QStringLiteral("+1 415 555 ") + suffix;
            break;
        }
    }
    if (n % 4 == 2)
        u.avatar = QStringLiteral("https://avatars.acme.example/") + first + QLatin1Char('-') + last +
                   QStringLiteral(".png");
    static const char *const locales[] = {"en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "ja-JP"};
    u.profile = QJsonObject{{QStringLiteral("givenName"), QString::fromUtf8(g.display)},
                            {QStringLiteral("familyName"), QString::fromUtf8(f.display)}};
    if (n % 3 == 0)
        u.profile.insert(QStringLiteral("locale"), QLatin1String(locales[n % 6]));
    static const char *const plans[] = {"free", "pro", "free", "team", "pro", "enterprise"};
    u.customData = QJsonObject{{QStringLiteral("plan"), QLatin1String(plans[n % 6])}};
    if (n % 6 == 3 || n % 6 == 5)
        u.customData.insert(QStringLiteral("seats"), 5 + n % 45);
    if (n % 7 == 2)
        u.customData.insert(QStringLiteral("newsletter"), true);
    u.isSuspended = n % 23 == 5;
    if (n % 3 == 1) {
        u.passwordDigest = QLatin1String(demoBcryptDigest);
        u.passwordAlgorithm = QStringLiteral("Bcrypt");
    }
    return u;
}

class DemoBuilder
{
public:
    DemoBuilder(Backend &backend, const Promise<Done> &promise)
        : m_backend(backend)
        , m_promise(promise)
    {}

    void run()
    {
        buildTenant(QStringLiteral("Acme SaaS"), TenantTag::Production, 0, /*b2b=*/true);
        buildTenant(QStringLiteral("Acme SaaS (dev)"), TenantTag::Development, demoUsersPerTenant, false);
    }

private:
    /// Waits for one backend call on this pool thread. The thread is handed back to the pool
    /// while it waits, so a backend that itself uses the global pool cannot starve.
    template <typename T>
    T step(Future<T> future)
    {
        QThreadPool::globalInstance()->releaseThread();
        future.waitForFinished();
        QThreadPool::globalInstance()->reserveThread();
        Result<T> result = future.result();
        if (!result.ok())
            throw Stop{result.error()};
        if (m_promise.isCancelled())
            throw Stop{
                Error(ErrorCode::Cancelled, QCoreApplication::translate("gatehouse::DemoWorkspace",
                                                                        "Building the demo was cancelled."))};
        return std::move(result).value();
    }

    void buildTenant(const QString &name, TenantTag tag, int firstUser, bool b2b)
    {
        Tenant draft;
        draft.name = name;
        draft.tag = tag;
        const QString tenantId = step(m_backend.tenants().create(draft)).id;

        QHash<QString, QString> appIds;
        for (const DemoApp &spec : demoApps(tag == TenantTag::Development)) {
            Application app;
            app.name = QLatin1String(spec.name);
            app.type = spec.type;
            app.description = QLatin1String(spec.description);
            app.redirectUris = spec.redirectUris;
            app.postLogoutRedirectUris = spec.postLogoutRedirectUris;
            app.corsAllowedOrigins = spec.corsAllowedOrigins;
            appIds.insert(app.name, step(m_backend.applications().create(tenantId, app)).id);
        }

        QHash<QString, QString> scopeIds; // permission name -> id (names are unique over the demo)
        for (const DemoResource &spec : demoResources()) {
            Resource resource;
            resource.name = QLatin1String(spec.name);
            resource.indicator = QLatin1String(spec.indicator);
            resource.accessTokenTtl = spec.accessTokenTtl;
            resource.isDefault = spec.isDefault;
            const QString resourceId = step(m_backend.resources().create(tenantId, resource)).id;
            for (const DemoScope &scopeSpec : spec.scopes) {
                Scope scope;
                scope.resourceId = resourceId;
                scope.name = QLatin1String(scopeSpec.name);
                scope.description = QLatin1String(scopeSpec.description);
                scopeIds.insert(scope.name, step(m_backend.resources().createScope(tenantId, scope)).id);
            }
        }

        QHash<QString, QString> roleIds; // role name -> id
        for (const DemoRole &spec : demoRoles()) {
            Role role;
            role.name = QLatin1String(spec.name);
            role.type = spec.type;
            role.description = QLatin1String(spec.description);
            role.isDefault = spec.isDefault;
            const QString roleId = step(m_backend.roles().create(tenantId, role)).id;
            QStringList grants;
            for (const QString &scopeName : spec.scopeNames)
                grants.append(scopeIds.value(scopeName));
            step(m_backend.roles().grantScopes(tenantId, roleId, grants));
            if (spec.assignedApp)
                step(m_backend.roles().assignToApplication(
                    tenantId, appIds.value(QLatin1String(spec.assignedApp)), {roleId}));
            roleIds.insert(role.name, roleId);
        }
        const QList<User> users = buildUsers(tenantId, roleIds, firstUser);
        if (b2b)
            buildB2b(tenantId, scopeIds, appIds, users);
        if (m_backend.capabilities().logArchive)
            buildEvents(tenantId, users, appIds);
    }

    /// Thirty days of authentication events, as a Logto server records them: password sign-ins
    /// (some after wrong passwords, some never getting in), TOTP for some users, enterprise SSO
    /// for acme.example, a suspended user turned away, password resets, registrations, refresh
    /// tokens, and the Billing Service's client-credentials tokens every few hours. Deterministic:
    /// the same demo every time, relative to now.
    void buildEvents(const QString &tenantId, const QList<User> &users, const QHash<QString, QString> &appIds)
    {
        static const char *const agents[] = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.1 "
            "Safari/605.1.15",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.1 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile "
            "Safari/537.36"};
        const qint64 now = clock::nowMs();
        const qint64 hour = 3600000;
        const QString web = appIds.value(QStringLiteral("Acme Web"));
        const QString billing = appIds.value(QStringLiteral("Billing Service"));
        quint32 seed = 0x5eed;
        const auto next = [&seed](quint32 bound) {
            seed = seed * 1664525u + 1013904223u;
            return (seed >> 8) % bound;
        };
        QList<LogEvent> events;
        const auto add = [&](const QString &key, bool ok, qint64 at, const QString &userId,
                             const QString &appId, const QString &ip, const QString &agent,
                             const QString &errorCode = {}, const QString &errorMessage = {}) {
            if (at > now)
                return; // a session's later steps that have not happened yet
            LogEvent e;
            e.id = security::generateId(21);
            e.key = key;
            e.result = ok ? LogResult::Success : LogResult::Error;
            e.createdAt = at;
            e.userId = userId;
            e.applicationId = appId;
            e.ip = ip;
            e.userAgent = agent;
            QJsonObject payload{{QStringLiteral("key"), key},
                                {QStringLiteral("result"), logResultName(e.result)}};
            if (!ip.isEmpty())
                payload.insert(QStringLiteral("ip"), ip);
            if (!agent.isEmpty())
                payload.insert(QStringLiteral("userAgent"), agent);
            if (!userId.isEmpty())
                payload.insert(QStringLiteral("userId"), userId);
            if (!appId.isEmpty())
                payload.insert(QStringLiteral("applicationId"), appId);
            if (!errorCode.isEmpty())
                payload.insert(QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("code"), errorCode},
                                           {QStringLiteral("message"), errorMessage}});
            e.payload = payload;
            events.append(e);
        };
        for (qsizetype u = 0; u < users.size(); ++u) {
            const User &user = users[u];
            const QString ip = QStringLiteral("203.0.113.%1").arg(1 + u % 250);
            const QString agent = QLatin1String(agents[u % 5]);
            const bool sso = user.primaryEmail.endsWith(QLatin1String("@acme.example")) && u % 3 == 0;
            const bool totp = u % 6 == 1;
            const int sessions = 1 + int(next(8));
            for (int n = 0; n < sessions; ++n) {
                qint64 at = now - qint64(next(30 * 24)) * hour - qint64(next(3600)) * 1000;
                const auto later = [&at](qint64 seconds) {
                    return at += seconds * 1000;
                };
                add(QStringLiteral("Interaction.Create"), true, at, {}, web, ip, agent);
                if (user.isSuspended) {
                    add(QStringLiteral("Interaction.SignIn.Verification.Password.Submit"), true, later(4),
                        user.id, web, ip, agent);
                    add(QStringLiteral("Interaction.SignIn.Submit"), false, later(1), user.id, web, ip, agent,
                        QStringLiteral("user.suspended"), QStringLiteral("This account is suspended."));
                    continue;
                }
                if (sso) {
                    add(QStringLiteral("Interaction.SignIn.Verification.EnterpriseSso.Submit"), true,
                        later(9), user.id, web, ip, agent);
                } else {
                    const int wrong = next(5) == 0 ? 1 + int(next(4)) : 0;
                    for (int w = 0; w < wrong; ++w)
                        add(QStringLiteral("Interaction.SignIn.Verification.Password.Submit"), false,
                            later(6), user.id, web, ip, agent, QStringLiteral("session.invalid_credentials"),
                            QStringLiteral("Wrong account or password."));
                    if (wrong >= 3 && next(2) == 0) {
                        // Gave up, then reset the password by email.
                        add(QStringLiteral(
                                "Interaction.ForgotPassword.Verification.EmailVerificationCode.Submit"),
                            true, later(90), user.id, web, ip, agent);
                        add(QStringLiteral("Interaction.ForgotPassword.Submit"), true, later(40), user.id,
                            web, ip, agent);
                        continue;
                    }
                    add(QStringLiteral("Interaction.SignIn.Verification.Password.Submit"), true, later(7),
                        user.id, web, ip, agent);
                    if (totp) {
                        const bool typo = next(6) == 0;
                        if (typo)
                            add(QStringLiteral("Interaction.SignIn.Verification.Totp.Submit"), false,
                                later(12), user.id, web, ip, agent,
                                QStringLiteral("session.mfa.invalid_totp_code"),
                                QStringLiteral("Invalid TOTP code."));
                        add(QStringLiteral("Interaction.SignIn.Verification.Totp.Submit"), true, later(10),
                            user.id, web, ip, agent);
                    }
                }
                add(QStringLiteral("Interaction.SignIn.Submit"), true, later(1), user.id, web, ip, agent);
                add(QStringLiteral("Interaction.End"), true, later(1), user.id, web, ip, agent);
                add(QStringLiteral("ExchangeTokenBy.AuthorizationCode"), true, later(1), user.id, web, ip,
                    agent);
                for (int r = int(next(4)); r > 0; --r)
                    add(QStringLiteral("ExchangeTokenBy.RefreshToken"), true, later(3600), user.id, web, ip,
                        agent);
            }
            if (u % 15 == 14) // a newer account: its registration
                add(QStringLiteral("Interaction.Register.Identifier.Submit"), true,
                    now - qint64(next(10 * 24)) * hour, user.id, web, ip, agent);
        }
        for (qint64 at = now - 30 * 24 * hour; at < now; at += 4 * hour)
            add(QStringLiteral("ExchangeTokenBy.ClientCredentials"), true, at, {}, billing,
                QStringLiteral("198.51.100.20"), QStringLiteral("node-fetch/1.0"));
        // Stored in batches, one pass: journaled once, as one sync from "demo".
        std::sort(events.begin(), events.end(),
                  [](const LogEvent &a, const LogEvent &b) { return a.createdAt > b.createdAt; });
        LogSyncState state;
        state.source = QStringLiteral("demo");
        state.highWater = now;
        for (qsizetype from = 0; from < events.size(); from += 500) {
            state.passTop = from + 500 < events.size() ? now : 0;
            step(m_backend.logs().archive(tenantId, events.mid(from, 500), state));
        }
    }

    /// The owner (with a plain password, hashed with Argon2id here) and demoUsersPerTenant - 1 more
    /// users. Member comes with every user as the default role; some get Admin or Viewer too.
    /// Returns the users as created, the owner first.
    QList<User> buildUsers(const QString &tenantId, const QHash<QString, QString> &roleIds, int firstUser)
    {
        QList<User> users;
        User owner;
        owner.username = QStringLiteral("sam_rivera");
        owner.primaryEmail = QStringLiteral("sam.rivera@acme.example");
        owner.name = QStringLiteral("Sam Rivera");
        owner.profile = QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Sam")},
                                    {QStringLiteral("familyName"), QStringLiteral("Rivera")}};
        owner.customData = QJsonObject{{QStringLiteral("plan"), QStringLiteral("enterprise")},
                                       {QStringLiteral("owner"), true}};
        users.append(step(m_backend.users().create(tenantId, owner, QLatin1String(demoOwnerPassword))));
        const QString ownerId = users.first().id;
        step(m_backend.users().assignRoles(tenantId, ownerId, {roleIds.value(QStringLiteral("Admin"))}));
        for (int n = firstUser; n < firstUser + demoUsersPerTenant - 1; ++n) {
            users.append(step(m_backend.users().create(tenantId, demoUser(n), QString())));
            const QString userId = users.last().id;
            if (n % 29 == 7)
                step(m_backend.users().assignRoles(tenantId, userId,
                                                   {roleIds.value(QStringLiteral("Admin"))}));
            else if (n % 9 == 4)
                step(m_backend.users().assignRoles(tenantId, userId,
                                                   {roleIds.value(QStringLiteral("Viewer"))}));
        }
        return users;
    }

    /// The organization template, enterprise SSO with MFA, and the customer organizations.
    void buildB2b(const QString &tenantId, const QHash<QString, QString> &resourceScopeIds,
                  const QHash<QString, QString> &appIds, const QList<User> &users)
    {
        QHash<QString, QString> orgScopeIds;
        for (const DemoScope &spec : demoOrganizationScopes()) {
            OrganizationScope scope;
            scope.name = QLatin1String(spec.name);
            scope.description = QLatin1String(spec.description);
            orgScopeIds.insert(scope.name,
                               step(m_backend.organizationTemplate().createScope(tenantId, scope)).id);
        }
        QHash<QString, QString> orgRoleIds;
        for (const DemoOrganizationRole &spec : demoOrganizationRoles()) {
            OrganizationRole role;
            role.name = QLatin1String(spec.name);
            role.type = spec.type;
            role.description = QLatin1String(spec.description);
            const QString roleId = step(m_backend.organizationTemplate().createRole(tenantId, role)).id;
            QStringList organizationScopes, resourceScopes;
            for (const QString &scopeName : spec.organizationScopes)
                organizationScopes.append(orgScopeIds.value(scopeName));
            for (const QString &scopeName : spec.resourceScopes)
                resourceScopes.append(resourceScopeIds.value(scopeName));
            step(
                m_backend.organizationTemplate().setOrganizationScopes(tenantId, roleId, organizationScopes));
            step(m_backend.organizationTemplate().setResourceScopes(tenantId, roleId, resourceScopes));
            orgRoleIds.insert(role.name, roleId);
        }

        // An organization may require MFA only once a factor is enabled.
        SignInExperience signIn = step(m_backend.signInExperience().get(tenantId));
        signIn.singleSignOnEnabled = true;
        signIn.mfaFactors = {MfaFactor::TOTP, MfaFactor::WebAuthn, MfaFactor::BackupCode};
        signIn.mfaPolicy = MfaPolicy::PromptAtSignInAndSignUp;
        signIn.organizationRequiredMfaPolicy = OrganizationMfaPolicy::Mandatory;
        step(m_backend.signInExperience().update(tenantId, signIn));

        SsoConnector connector;
        connector.providerName = SsoProvider::OIDC;
        connector.connectorName = QStringLiteral("Acme Corp SSO");
        connector.config =
            QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://login.acme.example")},
                        {QStringLiteral("clientId"), QStringLiteral("gatehouse-acme-corp")},
                        {QStringLiteral("clientSecret"), QLatin1String(demoSsoClientSecret)},
                        {QStringLiteral("scope"), QStringLiteral("openid profile email")}};
        connector.domains = {QStringLiteral("acme.example")};
        connector.branding.displayName = QStringLiteral("Acme Corp single sign-on");
        connector.branding.logo = QStringLiteral("https://assets.acme.example/sso-logo.svg");
        connector.syncProfile = true;
        const QString connectorId = step(m_backend.ssoConnectors().create(tenantId, connector)).id;

        const QString ownerId = users.first().id;
        for (const DemoOrganization &spec : demoOrganizations()) {
            Organization org;
            org.name = QLatin1String(spec.name);
            org.description = QLatin1String(spec.description);
            org.customData = QJsonObject{{QStringLiteral("plan"), QLatin1String(spec.plan)},
                                         {QStringLiteral("seats"), spec.seats}};
            org.isMfaRequired = spec.mfaRequired;
            org.branding.logoUrl = QLatin1String(spec.logoUrl);
            org.color.primaryColor = QLatin1String(spec.color);
            const QString orgId = step(m_backend.organizations().create(tenantId, org)).id;

            // Members: people of the organization's email domain; the first two are admins, every
            // fifth a viewer. The demo owner administers Acme Corp.
            QMap<QString, QStringList> byRole; // ordered: the same demo every time
            if (spec.ssoDomain)
                byRole[QStringLiteral("admin")].append(ownerId);
            int picked = 0;
            for (const User &u : users.mid(1)) {
                if (picked == spec.members || !u.primaryEmail.endsWith(QLatin1String(spec.memberDomain)))
                    continue;
                const char *role = picked < 2 ? "admin" : picked % 5 == 4 ? "viewer" : "member";
                byRole[QLatin1String(role)].append(u.id);
                ++picked;
            }
            for (auto it = byRole.cbegin(); it != byRole.cend(); ++it)
                step(m_backend.organizations().addMembers(tenantId, orgId, it.value(),
                                                          {orgRoleIds.value(it.key())}));

            if (spec.jitDomain)
                step(m_backend.organizations().setJitEmailDomains(tenantId, orgId,
                                                                  {QLatin1String(spec.jitDomain)}));
            if (spec.ssoDomain)
                step(m_backend.organizations().setJitSsoConnectors(tenantId, orgId, {connectorId}));
            if (spec.jitDomain || spec.ssoDomain)
                step(m_backend.organizations().setJitRoles(tenantId, orgId,
                                                           {orgRoleIds.value(QStringLiteral("member"))}));
            if (spec.ssoDomain) {
                const QString appId = appIds.value(QStringLiteral("Billing Service"));
                step(m_backend.organizations().addApplications(tenantId, orgId, {appId}));
                step(m_backend.organizations().setApplicationRoles(
                    tenantId, orgId, appId, {orgRoleIds.value(QStringLiteral("billing sync"))}));
            }
            if (spec.invitee) {
                OrganizationInvitation invitation;
                invitation.organizationId = orgId;
                invitation.invitee = QLatin1String(spec.invitee);
                invitation.inviterId = byRole.value(QStringLiteral("admin")).value(0);
                OrganizationRole member;
                member.id = orgRoleIds.value(QStringLiteral("member"));
                invitation.roles = {member};
                step(m_backend.organizations().createInvitation(tenantId, invitation, {}));
            }
        }
    }

    Backend &m_backend;
    const Promise<Done> &m_promise;
};

} // namespace

Future<Done> buildDemoWorkspace(Backend &backend)
{
    Promise<Done> promise;
    QThreadPool::globalInstance()->start([&backend, promise] {
        Result<Done> result = Done{};
        try {
            DemoBuilder(backend, promise).run();
        } catch (const Stop &stop) {
            result = stop.error;
        }
        // The events' ids drew random bytes here: a pool thread may end during the program's
        // exit, after OpenSSL's clean-up, so leave nothing of OpenSSL's on it.
        security::releaseThreadCryptoState();
        promise.finish(result);
    });
    return promise.future();
}

} // namespace gatehouse
