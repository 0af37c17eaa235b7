#include "io/DemoWorkspace.h"

#include <QCoreApplication>
#include <QHash>
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

class DemoBuilder
{
public:
    DemoBuilder(Backend &backend, QPromise<Result<Done>> &promise)
        : m_backend(backend)
        , m_promise(promise)
    {}

    void run()
    {
        buildTenant(QStringLiteral("Acme SaaS"), TenantTag::Production);
        buildTenant(QStringLiteral("Acme SaaS (dev)"), TenantTag::Development);
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

    void buildTenant(const QString &name, TenantTag tag)
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
