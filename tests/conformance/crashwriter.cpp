// Writes large transactions to a workspace in a loop until it is killed; see tst_crashsafety.
// Usage: tst_crashwriter <workspace> <role> <pause>. Prints "ready" once its data set exists, then
// one "commit <n> <action>" line after each committed operation. In the transaction that grants
// its <role>-th role every scope, it stops dead at <pause> — row:N (while the N-th grant is
// being inserted) or commit (inside the commit, before it takes effect) — and prints
// "paused <n> <pause>", so that the test kills it exactly there. Exit code 1 on any error.

#include "SqliteHooks.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace gatehouse;

namespace {
constexpr int scopeCount = 2000;

template <typename T>
T must(Future<T> future, const char *what)
{
    Result<T> r = test::await(std::move(future), 120000);
    if (!r.ok()) {
        std::fprintf(stderr, "crashwriter: %s failed: %s\n", what, qPrintable(r.error().toString()));
        std::exit(1);
    }
    return std::move(r).value();
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

std::atomic<int> grantingRole{0}; ///< the role whose grant transaction runs now (0: none)
int pauseRole = 0;
int pauseRow = 0; ///< 0: in the commit
std::atomic<int> grantsInTransaction{0};

/// Holds the calling connection inside its transaction until the test kills this process. A
/// test that never does cannot hang: the writer goes on after two minutes.
void holdHere()
{
    say(QStringLiteral("paused %1 %2")
            .arg(pauseRole)
            .arg(pauseRow > 0 ? QStringLiteral("row:%1").arg(pauseRow) : QStringLiteral("commit")));
    QThread::sleep(120);
}

void installPause()
{
    test::sqlitehooks::Hooks hooks;
    hooks.inserted = [](sqlite3 *, const char *table) {
        if (std::strcmp(table, "roles_scopes") != 0)
            return;
        const int row = ++grantsInTransaction;
        if (grantingRole.load() == pauseRole && row == pauseRow)
            holdHere();
    };
    hooks.committing = [](sqlite3 *) {
        const int rows = grantsInTransaction.exchange(0);
        if (grantingRole.load() == pauseRole && pauseRow == 0 && rows == scopeCount)
            holdHere();
    };
    hooks.rolledBack = [](sqlite3 *) {
        grantsInTransaction = 0;
    };
    test::sqlitehooks::install(std::move(hooks));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 4) {
        std::fputs("usage: tst_crashwriter <workspace> <role> row:<n>|commit\n", stderr);
        return 2;
    }
    pauseRole = QByteArray(argv[2]).toInt();
    const QByteArray pause = argv[3];
    pauseRow = pause.startsWith("row:") ? pause.mid(4).toInt() : 0;
    if (pauseRole < 1 || (pause != "commit" && (pauseRow < 1 || pauseRow > scopeCount))) {
        std::fputs("tst_crashwriter: bad pause\n", stderr);
        return 2;
    }
    installPause();
    QString error;
    const auto backend = test::openBackend(QString::fromLocal8Bit(argv[1]), &error);
    if (!backend) {
        std::fprintf(stderr, "crashwriter: cannot open: %s\n", qPrintable(error));
        return 1;
    }
    backend->declareOperator(QStringLiteral("crashwriter"));

    // The data set survives from earlier (killed) runs; complete it where it stopped.
    Tenant tenant;
    for (const Tenant &t : must(backend->tenants().list(), "list tenants"))
        tenant = t;
    if (tenant.id.isEmpty()) {
        Tenant draft;
        draft.name = QStringLiteral("Crash");
        tenant = must(backend->tenants().create(draft), "create tenant");
    }
    Resource resource;
    for (const Resource &r : must(backend->resources().list(tenant.id), "list resources"))
        resource = r;
    if (resource.id.isEmpty()) {
        Resource draft;
        draft.name = QStringLiteral("Big API");
        draft.indicator = QStringLiteral("https://big.example.com");
        resource = must(backend->resources().create(tenant.id, draft), "create resource");
    }
    QStringList scopeIds;
    QSet<QString> names;
    for (const Scope &s : must(backend->resources().scopes(tenant.id, resource.id), "list scopes")) {
        scopeIds.append(s.id);
        names.insert(s.name);
    }
    for (int i = 0; i < scopeCount; ++i) {
        Scope draft;
        draft.resourceId = resource.id;
        draft.name = QStringLiteral("scope:%1").arg(i, 4, 10, QLatin1Char('0'));
        if (!names.contains(draft.name))
            scopeIds.append(must(backend->resources().createScope(tenant.id, draft), "create scope").id);
    }
    say(QStringLiteral("ready"));

    const QString prefix = QString::number(QCoreApplication::applicationPid());
    for (int n = 1;; ++n) {
        Role draft;
        draft.name = QStringLiteral("role %1-%2").arg(prefix).arg(n);
        draft.type = RoleType::MachineToMachine;
        const Role role = must(backend->roles().create(tenant.id, draft), "create role");
        say(QStringLiteral("commit %1 role.create").arg(n));
        grantingRole = n;
        must(backend->roles().grantScopes(tenant.id, role.id, scopeIds), "grant scopes");
        grantingRole = 0;
        say(QStringLiteral("commit %1 role.scopes.grant").arg(n));

        const QList<Role> roles = must(backend->roles().list(tenant.id), "list roles");
        if (roles.size() > 3) {
            must(backend->roles().remove(tenant.id, roles.first().id), "remove role");
            say(QStringLiteral("commit %1 role.delete").arg(n));
        }

        Application app;
        app.name = QStringLiteral("worker %1-%2").arg(prefix).arg(n);
        app.type = ApplicationType::MachineToMachine;
        app = must(backend->applications().create(tenant.id, app), "create application");
        must(backend->roles().assignToApplication(tenant.id, app.id, {role.id}), "assign role");
        say(QStringLiteral("commit %1 application.create").arg(n));
        const QList<Application> apps = must(backend->applications().list(tenant.id), "list applications");
        if (apps.size() > 3) {
            must(backend->applications().remove(tenant.id, apps.first().id), "remove application");
            say(QStringLiteral("commit %1 application.delete").arg(n));
        }
    }
}
