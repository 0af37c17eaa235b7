#include "CliApp.h"
#include "io/DemoWorkspace.h"
#include "model/LogtoJson.h"

namespace gatehouse::cli {

namespace {

class DemoCommands
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::DemoCommands)
public:
    static Noun noun();

private:
    static void create(CliApp &app, Invocation &in)
    {
        app.setWorkspace(in.arg(0));
        Backend &backend = app.backend();
        const QList<Tenant> existing = app.await(backend.tenants().list());
        if (!existing.isEmpty())
            app.failWith(ExitInvalid,
                         tr("The workspace %1 already has %n tenant(s); the demo is built only into a new or "
                            "empty workspace. Choose another path.",
                            nullptr, int(existing.size()))
                             .arg(backend.location()),
                         QStringLiteral("already_exists"));
        app.await(buildDemoWorkspace(backend));
        const QList<Tenant> tenants = app.await(backend.tenants().list());
        const QJsonObject json{{QStringLiteral("workspace"), backend.location()},
                               {QStringLiteral("tenants"), CliOutput::jsonArray(tenants, json::toJson)}};
        app.out().either(json, [&] {
            app.out().printLine(tr("Created the demo workspace %1:").arg(backend.location()));
            QList<QStringList> rows;
            for (const Tenant &t : tenants)
                rows.append({t.id, tenantTagName(t.tag), t.name});
            app.out().printTable({tr("ID"), tr("TAG"), tr("NAME")}, rows);
            if (!tenants.isEmpty())
                app.out().printLine(tr("Try: gatehouse-cli --workspace %1 --tenant %2 app list")
                                        .arg(in.arg(0), tenants.first().id));
        });
    }
};

Noun DemoCommands::noun()
{
    Noun noun{QStringLiteral("demo"), tr("A realistic demo workspace to explore Gatehouse."), {}};
    noun.verbs = {
        {QStringLiteral("create"),
         QStringLiteral("PATH"),
         tr("Build the demo workspace at PATH (a new SQLite file or an empty postgres:// database)."),
         tr("Creates the tenants \"Acme SaaS\" (production) and \"Acme SaaS (dev)\" (development) with an "
            "application of every type, two API resources with permissions, five roles and 200 users (the "
            "owner sam_rivera has the password \"%1\"; migrated users with a bcrypt digest have "
            "\"password123\"). The production tenant also has an organization template, the organizations "
            "Acme Corp (enterprise SSO and JIT), Globex and Initech (MFA required) with members, and a "
            "pending invitation. Every change is journaled like any other.")
             .arg(QLatin1String(demoOwnerPassword)),
         {},
         1,
         1,
         true,
         &create},
    };
    return noun;
}

} // namespace

Noun demoNoun()
{
    return DemoCommands::noun();
}

} // namespace gatehouse::cli
