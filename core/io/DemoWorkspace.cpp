#include "io/DemoWorkspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QPromise>
#include <QThreadPool>
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
    DemoBuilder(Backend &backend, QPromise<Result<Done>> &promise)
        : m_backend(backend)
        , m_promise(promise)
    {}

    void run()
    {
        buildTenant(QStringLiteral("Acme SaaS"), TenantTag::Production, 0);
        buildTenant(QStringLiteral("Acme SaaS (dev)"), TenantTag::Development, demoUsersPerTenant);
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
        if (m_promise.isCanceled())
            throw Stop{
                Error(ErrorCode::Cancelled, QCoreApplication::translate("gatehouse::DemoWorkspace",
                                                                        "Building the demo was cancelled."))};
        return std::move(result).value();
    }

    void buildTenant(const QString &name, TenantTag tag, int firstUser)
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
        buildUsers(tenantId, roleIds, firstUser);
    }

    /// The owner (with a plain password, hashed with Argon2id here) and demoUsersPerTenant - 1 more
    /// users. Member comes with every user as the default role; some get Admin or Viewer too.
    void buildUsers(const QString &tenantId, const QHash<QString, QString> &roleIds, int firstUser)
    {
        User owner;
        owner.username = QStringLiteral("sam_rivera");
        owner.primaryEmail = QStringLiteral("sam.rivera@acme.example");
        owner.name = QStringLiteral("Sam Rivera");
        owner.profile = QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Sam")},
                                    {QStringLiteral("familyName"), QStringLiteral("Rivera")}};
        owner.customData = QJsonObject{{QStringLiteral("plan"), QStringLiteral("enterprise")},
                                       {QStringLiteral("owner"), true}};
        const QString ownerId =
            step(m_backend.users().create(tenantId, owner, QLatin1String(demoOwnerPassword))).id;
        step(m_backend.users().assignRoles(tenantId, ownerId, {roleIds.value(QStringLiteral("Admin"))}));
        for (int n = firstUser; n < firstUser + demoUsersPerTenant - 1; ++n) {
            const QString userId = step(m_backend.users().create(tenantId, demoUser(n), QString())).id;
            if (n % 29 == 7)
                step(m_backend.users().assignRoles(tenantId, userId,
                                                   {roleIds.value(QStringLiteral("Admin"))}));
            else if (n % 9 == 4)
                step(m_backend.users().assignRoles(tenantId, userId,
                                                   {roleIds.value(QStringLiteral("Viewer"))}));
        }
    }

    Backend &m_backend;
    QPromise<Result<Done>> &m_promise;
};

} // namespace

Future<Done> buildDemoWorkspace(Backend &backend)
{
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    Future<Done> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([&backend, promise] {
        Result<Done> result = Done{};
        try {
            DemoBuilder(backend, *promise).run();
        } catch (const Stop &stop) {
            result = stop.error;
        }
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

} // namespace gatehouse
