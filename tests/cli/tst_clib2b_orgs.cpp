// The organization commands of gatehouse-cli end to end on a SQLite workspace: the organization
// template (org-scope, org-role), organizations, members and their roles, effective permissions,
// M2M apps, invitations, JIT with its warnings, "user orgs", exit codes and --json shapes.
#include "TestSupport.h"
#include "UserCliHelpers.h"
#include "io/DemoWorkspace.h"

#include <QDateTime>

using namespace gatehouse;
using namespace gatehouse::test;
using namespace gatehouse::test::users;

namespace {

QStringList names(const QJsonArray &array, const char *key = "name")
{
    QStringList values = field(array, key);
    values.sort();
    return values;
}

/// A tenant with an organization template: permissions read/write:projects, invite:member, an API
/// resource scope, roles admin/member/viewer (User) and sync (MachineToMachine), and three users.
struct B2bFixture
{
    CliRunner cli;
    QString tenant;
    QString alice, bob, carol;

    B2bFixture()
    {
        tenant = cli.create(words("tenant create Acme"));
        for (const char *scope : {"read:projects", "write:projects", "invite:member"})
            cli.create(words("org-scope create --name") << QLatin1String(scope));
        const QString api =
            cli.create(words("resource create --name API --indicator https://api.acme.example"));
        cli.run(words("resource scope add") << api << QStringLiteral("read:reports"));
        cli.create(words("org-role create --name admin --org-scope read:projects,write:projects --org-scope "
                         "invite:member --resource-scope read:reports"));
        cli.create(
            words("org-role create --name member --org-scope read:projects --org-scope write:projects"));
        cli.create(words("org-role create --name viewer --org-scope read:projects"));
        cli.create(words("org-role create --name sync --type MachineToMachine --org-scope read:projects"));
        alice = cli.create(words("user create --username alice --email alice@acme.com"));
        bob = cli.create(words("user create --username bob --email bob@acme.com"));
        carol = cli.create(words("user create --username carol --email carol@globex.com"));
    }
};

} // namespace

class TestCliB2bOrgs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void organizationTemplate();
    void organizations();
    void membersAndPermissions();
    void applications();
    void invitations();
    void jit();
    void mfaRequired();
    void badInput_data();
    void badInput();
    void deleteRemovesMemberships();
    void demoTenant();

private:
    std::unique_ptr<B2bFixture> m_shared;
};

void TestCliB2bOrgs::initTestCase()
{
    CliRunner cli;
    QVERIFY2(cli.isValid(), "GATEHOUSE_CLI must name the gatehouse-cli binary");
}

void TestCliB2bOrgs::organizationTemplate()
{
    B2bFixture f;
    const CliResult scopes = f.cli.run(words("--json org-scope list"));
    GH_EXPECT_EXIT(scopes, 0);
    QCOMPARE(names(scopes.json().array()),
             (QStringList{QStringLiteral("invite:member"), QStringLiteral("read:projects"),
                          QStringLiteral("write:projects")}));

    const CliResult admin = f.cli.run(words("--json org-role show admin"));
    GH_EXPECT_EXIT(admin, 0);
    const QJsonObject role = admin.json().object();
    QCOMPARE(role.value(QStringLiteral("type")).toString(), QStringLiteral("User"));
    QCOMPARE(names(role.value(QStringLiteral("scopes")).toArray()),
             (QStringList{QStringLiteral("invite:member"), QStringLiteral("read:projects"),
                          QStringLiteral("write:projects")}));
    const QJsonArray resourceScopes = role.value(QStringLiteral("resourceScopes")).toArray();
    QCOMPARE(names(resourceScopes), QStringList{QStringLiteral("read:reports")});
    QCOMPARE(resourceScopes.first()
                 .toObject()
                 .value(QStringLiteral("resource"))
                 .toObject()
                 .value(QStringLiteral("indicator"))
                 .toString(),
             QStringLiteral("https://api.acme.example"));

    // Replace-all: the listed set only; a list whose option is left out stays.
    const CliResult grant = f.cli.run(words("--json org-role grant admin --org-scope read:projects"));
    GH_EXPECT_EXIT(grant, 0);
    QCOMPARE(names(grant.json().object().value(QStringLiteral("scopes")).toArray()),
             QStringList{QStringLiteral("read:projects")});
    QCOMPARE(names(grant.json().object().value(QStringLiteral("resourceScopes")).toArray()),
             QStringList{QStringLiteral("read:reports")});
    const CliResult cleared = f.cli.run(words("--json org-role grant admin --no-resource-scopes"));
    GH_EXPECT_EXIT(cleared, 0);
    QVERIFY(cleared.json().object().value(QStringLiteral("resourceScopes")).toArray().isEmpty());
    QCOMPARE(names(cleared.json().object().value(QStringLiteral("scopes")).toArray()),
             QStringList{QStringLiteral("read:projects")});

    const CliResult m2m = f.cli.run(words("--json org-role show sync"));
    QCOMPARE(m2m.json().object().value(QStringLiteral("type")).toString(),
             QStringLiteral("MachineToMachine"));
    const CliResult text = f.cli.run(words("org-role list"));
    GH_EXPECT_EXIT(text, 0);
    QVERIFY(text.outText().contains(QStringLiteral("MachineToMachine")));

    // Unknown permission: nothing is created.
    const CliResult unknown =
        f.cli.run(words("--json org-role create --name auditor --org-scope read:everything"));
    GH_EXPECT_EXIT(unknown, 3);
    QVERIFY2(unknown.errText().contains(QStringLiteral("read:everything")), unknown.describe().constData());
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
    GH_EXPECT_EXIT(f.cli.run(words("org-role show auditor")), 3);
    GH_EXPECT_EXIT(f.cli.run(words("org-role create --name auditor --type Robot")), 2);
    GH_EXPECT_EXIT(f.cli.run(words("org-role grant admin --org-scope read:projects --no-org-scopes")), 2);
    GH_EXPECT_EXIT(f.cli.run(words("org-role grant admin")), 2);
    GH_EXPECT_EXIT(f.cli.run(words("org-scope create --name read:projects")), 4); // name taken

    const CliResult renamed =
        f.cli.run(words("--json org-scope update invite:member --name invite:members --description Invite"));
    GH_EXPECT_EXIT(renamed, 0);
    QCOMPARE(renamed.json().object().value(QStringLiteral("name")).toString(),
             QStringLiteral("invite:members"));
    GH_EXPECT_EXIT(f.cli.run(words("org-scope delete invite:members")), 0);
    GH_EXPECT_EXIT(f.cli.run(words("org-scope delete invite:members")), 3);
}

void TestCliB2bOrgs::organizations()
{
    B2bFixture f;
    const CliResult created =
        f.cli.run(words("--json org create --name Acme --description Customer") +
                  QStringList{QStringLiteral("--custom-data"), QStringLiteral("{\"plan\":\"enterprise\"}")});
    GH_EXPECT_EXIT(created, 0);
    const QJsonObject org = created.json().object();
    const QString id = org.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
    QCOMPARE(org.value(QStringLiteral("isMfaRequired")).toBool(true), false);
    QCOMPARE(org.value(QStringLiteral("customData")).toObject().value(QStringLiteral("plan")).toString(),
             QStringLiteral("enterprise"));
    QVERIFY(org.value(QStringLiteral("branding")).isObject());
    QVERIFY(org.value(QStringLiteral("color")).isObject());
    f.cli.create(words("org create --name Globex"));

    const CliResult search = f.cli.run(words("--json org list --search acm"));
    GH_EXPECT_EXIT(search, 0);
    QCOMPARE(names(search.json().array()), QStringList{QStringLiteral("Acme")});
    QCOMPARE(search.json().array().first().toObject().value(QStringLiteral("usersCount")).toInt(-1), 0);
    const CliResult all = f.cli.run(words("org list"));
    QVERIFY(all.outText().contains(QStringLiteral("Globex")) &&
            all.outText().contains(QStringLiteral("MEMBERS")));

    // By name or id.
    const CliResult updated =
        f.cli.run(words("--json org update Acme --name Acme Corp --primary-color #112233"));
    GH_EXPECT_EXIT(updated, 2); // "Corp" is an extra argument
    const CliResult renamed = f.cli.run(words("--json org update Acme --primary-color #112233") +
                                        QStringList{QStringLiteral("--name"), QStringLiteral("Acme Corp")});
    GH_EXPECT_EXIT(renamed, 0);
    QCOMPARE(renamed.json()
                 .object()
                 .value(QStringLiteral("color"))
                 .toObject()
                 .value(QStringLiteral("primaryColor"))
                 .toString(),
             QStringLiteral("#112233"));
    const CliResult show =
        f.cli.run(QStringList{QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("Acme Corp")});
    GH_EXPECT_EXIT(show, 0);
    QVERIFY(show.outText().contains(id));
    GH_EXPECT_EXIT(f.cli.run(words("org update") << id), 2); // nothing to change
    GH_EXPECT_EXIT(f.cli.run(words("org show Initech")), 3);
}

void TestCliB2bOrgs::membersAndPermissions()
{
    B2bFixture f;
    const QString org = f.cli.create(words("org create --name Acme"));

    // Users by id, username or email; roles by name.
    const CliResult added = f.cli.run(words("--json org member add Acme")
                                      << f.alice << QStringLiteral("bob@acme.com") << words("--role member"));
    GH_EXPECT_EXIT(added, 0);
    const QJsonArray members = added.json().array();
    QCOMPARE(members.size(), 2);
    for (const QJsonValue &m : members)
        QCOMPARE(names(m.toObject().value(QStringLiteral("organizationRoles")).toArray()),
                 QStringList{QStringLiteral("member")});

    // Bulk assignment keeps the roles held.
    const CliResult bulk = f.cli.run(words("--json org member assign-role Acme --role admin alice bob"));
    GH_EXPECT_EXIT(bulk, 0);
    for (const QJsonValue &m : bulk.json().array())
        QCOMPARE(names(m.toObject().value(QStringLiteral("organizationRoles")).toArray()),
                 (QStringList{QStringLiteral("admin"), QStringLiteral("member")}));

    // Replace-all.
    const CliResult set = f.cli.run(words("--json org member roles Acme bob --set viewer"));
    GH_EXPECT_EXIT(set, 0);
    QCOMPARE(names(set.json().array()), QStringList{QStringLiteral("viewer")});
    const CliResult admins = f.cli.run(words("--json org member list Acme --role admin"));
    GH_EXPECT_EXIT(admins, 0);
    QCOMPARE(field(admins.json().array(), "id"), QStringList{f.alice});
    const CliResult text = f.cli.run(words("org member list Acme --search bob"));
    QVERIFY2(text.outText().contains(QStringLiteral("viewer")) &&
                 !text.outText().contains(QStringLiteral("alice")),
             text.describe().constData());

    // Effective permissions with provenance.
    const CliResult permissions = f.cli.run(words("--json org member permissions Acme alice"));
    GH_EXPECT_EXIT(permissions, 0);
    QHash<QString, QStringList> grantedBy;
    for (const QJsonValue &v : permissions.json().array()) {
        const QJsonObject p = v.toObject();
        QStringList by;
        for (const QJsonValue &r : p.value(QStringLiteral("grantedBy")).toArray())
            by.append(r.toString());
        grantedBy.insert(p.value(QStringLiteral("name")).toString(), by);
    }
    QCOMPARE(grantedBy.value(QStringLiteral("read:projects")),
             (QStringList{QStringLiteral("admin"), QStringLiteral("member")}));
    QCOMPARE(grantedBy.value(QStringLiteral("invite:member")), QStringList{QStringLiteral("admin")});
    QCOMPARE(grantedBy.value(QStringLiteral("read:reports")), QStringList{QStringLiteral("admin")});
    const CliResult permissionText = f.cli.run(words("org member permissions Acme alice"));
    QVERIFY(permissionText.outText().contains(QStringLiteral("https://api.acme.example")));
    QVERIFY(permissionText.outText().contains(QStringLiteral("GRANTED BY")));

    // The user's side.
    const CliResult orgs = f.cli.run(words("--json user orgs alice@acme.com"));
    GH_EXPECT_EXIT(orgs, 0);
    QCOMPARE(field(orgs.json().array(), "id"), QStringList{org});
    QCOMPARE(
        names(orgs.json().array().first().toObject().value(QStringLiteral("organizationRoles")).toArray()),
        (QStringList{QStringLiteral("admin"), QStringLiteral("member")}));
    const CliResult none = f.cli.run(words("user orgs carol"));
    GH_EXPECT_EXIT(none, 0);
    QVERIFY(none.outText().contains(QStringLiteral("not a member")));

    // Errors: unknown role, unknown user, not a member, an M2M role for a member.
    const CliResult unknownRole = f.cli.run(words("--json org member add Acme carol --role owner"));
    GH_EXPECT_EXIT(unknownRole, 3);
    QVERIFY2(unknownRole.errText().contains(QStringLiteral("owner")) &&
                 unknownRole.errText().contains(QStringLiteral("viewer")),
             unknownRole.describe().constData());
    GH_EXPECT_EXIT(f.cli.run(words("org member add Acme dave@acme.com")), 3);
    GH_EXPECT_EXIT(f.cli.run(words("org member roles Acme carol")), 3);
    GH_EXPECT_EXIT(f.cli.run(words("org member roles Acme bob --set sync")), 4);
    GH_EXPECT_EXIT(f.cli.run(words("org member roles Acme bob --set viewer --no-roles")), 2);
    GH_EXPECT_EXIT(f.cli.run(words("org member assign-role Acme alice")), 2); // no --role
    GH_EXPECT_EXIT(f.cli.run(words("org member add Acme")), 2);

    const CliResult removed = f.cli.run(words("--json org member remove Acme bob"));
    GH_EXPECT_EXIT(removed, 0);
    QCOMPARE(removed.json().object().value(QStringLiteral("removed")).toString(), f.bob);
    QCOMPARE(f.cli.run(words("--json org list"))
                 .json()
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("usersCount"))
                 .toInt(),
             1);
}

void TestCliB2bOrgs::applications()
{
    B2bFixture f;
    f.cli.create(words("org create --name Acme"));
    const QString m2m = f.cli.create(words("app create --name Sync --type MachineToMachine"));
    f.cli.create(words("app create --name Web --type SPA --redirect-uri https://app.acme.example/cb"));
    const CliResult added = f.cli.run(words("--json org app add Acme Sync"));
    GH_EXPECT_EXIT(added, 0);
    QCOMPARE(field(added.json().array(), "id"), QStringList{m2m});
    GH_EXPECT_EXIT(f.cli.run(words("org app add Acme Web")), 4); // not MachineToMachine
    const CliResult roles = f.cli.run(words("--json org app roles Acme Sync --set sync"));
    GH_EXPECT_EXIT(roles, 0);
    QCOMPARE(names(roles.json().array()), QStringList{QStringLiteral("sync")});
    GH_EXPECT_EXIT(f.cli.run(words("org app roles Acme Sync --set admin")), 4); // a User role
    const CliResult list = f.cli.run(words("org app list Acme"));
    QVERIFY2(list.outText().contains(QStringLiteral("sync")), list.describe().constData());
    GH_EXPECT_EXIT(f.cli.run(words("org app remove Acme Sync")), 0);
    QVERIFY(f.cli.run(words("--json org app list Acme")).json().array().isEmpty());
}

void TestCliB2bOrgs::invitations()
{
    B2bFixture f;
    const QString org = f.cli.create(words("org create --name Acme"));
    const CliResult created =
        f.cli.run(words("--json org invitation create Acme --email dana@acme.com --role "
                        "member --role viewer --inviter alice"));
    GH_EXPECT_EXIT(created, 0);
    const QJsonObject invitation = created.json().object();
    const QString id = invitation.value(QStringLiteral("id")).toString();
    QCOMPARE(invitation.value(QStringLiteral("status")).toString(), QStringLiteral("Pending"));
    QCOMPARE(invitation.value(QStringLiteral("organizationId")).toString(), org);
    QCOMPARE(invitation.value(QStringLiteral("inviterId")).toString(), f.alice);
    QCOMPARE(invitation.value(QStringLiteral("invitee")).toString(), QStringLiteral("dana@acme.com"));
    QCOMPARE(names(invitation.value(QStringLiteral("organizationRoles")).toArray()),
             (QStringList{QStringLiteral("member"), QStringLiteral("viewer")}));
    const qint64 lifetime = qint64(invitation.value(QStringLiteral("expiresAt")).toDouble()) -
                            qint64(invitation.value(QStringLiteral("createdAt")).toDouble());
    QCOMPARE(lifetime, qint64(7) * 24 * 3600 * 1000); // the default

    const CliResult shortLived =
        f.cli.run(words("--json org invitation create Acme --email erin@acme.com --expires-in 2"));
    GH_EXPECT_EXIT(shortLived, 0);
    const QString second = shortLived.json().object().value(QStringLiteral("id")).toString();
    const qint64 expires = qint64(shortLived.json().object().value(QStringLiteral("expiresAt")).toDouble());
    QVERIFY(qAbs(expires - QDateTime::currentMSecsSinceEpoch() - qint64(2) * 24 * 3600 * 1000) < 60000);
    const CliResult at =
        f.cli.run(words("--json org invitation create Acme --email finn@acme.com --expires-at "
                        "2099-01-31T18:00:00Z"));
    GH_EXPECT_EXIT(at, 0);
    QCOMPARE(qint64(at.json().object().value(QStringLiteral("expiresAt")).toDouble()),
             QDateTime(QDate(2099, 1, 31), QTime(18, 0), Qt::UTC).toMSecsSinceEpoch());

    // Accepting makes the user a member with the invited roles.
    const QString dana = f.cli.create(words("user create --email dana@acme.com"));
    const CliResult accepted =
        f.cli.run(words("--json org invitation accept") << id << words("--user dana@acme.com"));
    GH_EXPECT_EXIT(accepted, 0);
    QCOMPARE(accepted.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("Accepted"));
    QCOMPARE(accepted.json().object().value(QStringLiteral("acceptedUserId")).toString(), dana);
    const CliResult roles = f.cli.run(words("--json org member roles Acme") << dana);
    GH_EXPECT_EXIT(roles, 0);
    QCOMPARE(names(roles.json().array()), (QStringList{QStringLiteral("member"), QStringLiteral("viewer")}));

    const CliResult revoked = f.cli.run(words("--json org invitation revoke") << second);
    GH_EXPECT_EXIT(revoked, 0);
    QCOMPARE(revoked.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("Revoked"));
    GH_EXPECT_EXIT(f.cli.run(words("org invitation revoke") << id), 4);                            // accepted
    GH_EXPECT_EXIT(f.cli.run(words("org invitation accept") << second << words("--user bob")), 4); // revoked
    GH_EXPECT_EXIT(f.cli.run(words("org invitation revoke nosuchinvite")), 3);

    const CliResult list = f.cli.run(words("--json org invitation list Acme"));
    GH_EXPECT_EXIT(list, 0);
    QStringList statuses = field(list.json().array(), "status");
    statuses.sort();
    QCOMPARE(statuses,
             (QStringList{QStringLiteral("Accepted"), QStringLiteral("Pending"), QStringLiteral("Revoked")}));
    const CliResult text = f.cli.run(words("org invitation list Acme"));
    QVERIFY(text.outText().contains(QStringLiteral("finn@acme.com")));

    GH_EXPECT_EXIT(f.cli.run(words("org invitation create Acme")), 2); // no --email
    GH_EXPECT_EXIT(
        f.cli.run(words("org invitation create Acme --email x@acme.com --expires-in 2 --expires-at "
                        "2099-01-01T00:00:00Z")),
        2);
    GH_EXPECT_EXIT(f.cli.run(words("org invitation create Acme --email x@acme.com --expires-at tomorrow")),
                   2);
    GH_EXPECT_EXIT(f.cli.run(words("org invitation create Acme --email x@acme.com --expires-at 2001-01-01")),
                   4);
    GH_EXPECT_EXIT(f.cli.run(words("org invitation create Acme --email x@acme.com --expires-in 0")), 4);
    GH_EXPECT_EXIT(f.cli.run(words("org invitation create Acme --email not-an-address")), 4);
    GH_EXPECT_EXIT(f.cli.run(words("org invitation accept") << id), 2); // no --user
}

void TestCliB2bOrgs::jit()
{
    B2bFixture f;
    const QString org = f.cli.create(words("org create --name Acme"));
    QString connectorId;
    {
        // The connector is created through the backend: this test is about the org commands.
        QString error;
        std::unique_ptr<Backend> backend = openBackend(f.cli.workspace(), &error);
        QVERIFY2(backend, qPrintable(error));
        SsoConnector draft;
        draft.providerName = SsoProvider::OIDC;
        draft.connectorName = QStringLiteral("Acme Okta");
        draft.config = QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://acme.okta.example")},
                                   {QStringLiteral("clientId"), QStringLiteral("gatehouse")},
                                   {QStringLiteral("clientSecret"), QStringLiteral("s3cret-value")},
                                   {QStringLiteral("scope"), QStringLiteral("openid profile email")}};
        draft.domains = {QStringLiteral("acme.com")};
        const Result<SsoConnector> created = await(backend->ssoConnectors().create(f.tenant, draft));
        GH_VERIFY_OK(created);
        connectorId = created.value().id;
    }

    // Public provider: a warning, not an error.
    const CliResult gmail = f.cli.run(words("--json org jit set Acme --domain @Gmail.com --role member"));
    GH_EXPECT_EXIT(gmail, 0);
    QCOMPARE(gmail.json().object().value(QStringLiteral("emailDomains")).toArray(),
             QJsonArray{QStringLiteral("gmail.com")});
    QVERIFY2(gmail.errText().contains(QStringLiteral("warning:")) &&
                 gmail.errText().contains(QStringLiteral("public email provider")),
             gmail.describe().constData());
    QCOMPARE(gmail.json().object().value(QStringLiteral("warnings")).toArray().size(), 1);

    // Replace-all; the roles, whose option is left out, stay.
    const CliResult shadowed = f.cli.run(words("--json org jit set Acme --domain acme.com,widgets.example"));
    GH_EXPECT_EXIT(shadowed, 0);
    const QJsonObject jit = shadowed.json().object();
    QCOMPARE(jit.value(QStringLiteral("emailDomains")).toArray(),
             (QJsonArray{QStringLiteral("acme.com"), QStringLiteral("widgets.example")}));
    QCOMPARE(names(jit.value(QStringLiteral("organizationRoles")).toArray()),
             QStringList{QStringLiteral("member")});
    const QJsonArray warnings = jit.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().toString().contains(QStringLiteral("Acme Okta")) &&
                 warnings.first().toString().contains(QStringLiteral("will not fire")),
             shadowed.describe().constData());

    const CliResult sso = f.cli.run(words("--json org jit set Acme --sso")
                                    << QStringLiteral("Acme Okta") << words("--role member,viewer"));
    GH_EXPECT_EXIT(sso, 0);
    QCOMPARE(field(sso.json().object().value(QStringLiteral("ssoConnectors")).toArray(), "id"),
             QStringList{connectorId});
    QCOMPARE(names(sso.json().object().value(QStringLiteral("organizationRoles")).toArray()),
             (QStringList{QStringLiteral("member"), QStringLiteral("viewer")}));
    QCOMPARE(sso.json().object().value(QStringLiteral("emailDomains")).toArray().size(), 2);

    const CliResult show = f.cli.run(words("org jit show") << org);
    GH_EXPECT_EXIT(show, 0);
    QVERIFY(show.outText().contains(QStringLiteral("Acme Okta")));
    QVERIFY(show.outText().contains(QStringLiteral("widgets.example")));
    QVERIFY(show.errText().contains(QStringLiteral("warning:")));

    const CliResult cleared = f.cli.run(words("--json org jit set Acme --no-domains --no-sso --no-roles"));
    GH_EXPECT_EXIT(cleared, 0);
    QVERIFY(cleared.json().object().value(QStringLiteral("emailDomains")).toArray().isEmpty());
    QVERIFY(cleared.json().object().value(QStringLiteral("ssoConnectors")).toArray().isEmpty());
    QVERIFY(cleared.json().object().value(QStringLiteral("organizationRoles")).toArray().isEmpty());
    QVERIFY(cleared.errText().isEmpty());

    const CliResult invalid = f.cli.run(words("--json org jit set Acme --domain not_a..domain"));
    GH_EXPECT_EXIT(invalid, 4);
    QCOMPARE(invalid.errorCode(), QStringLiteral("validation"));
    GH_EXPECT_EXIT(f.cli.run(words("org jit set Acme")), 2); // nothing to change
    GH_EXPECT_EXIT(f.cli.run(words("org jit set Acme --domain acme.com --no-domains")), 2);
    GH_EXPECT_EXIT(f.cli.run(words("org jit set Acme --sso Nobody")), 3);
    GH_EXPECT_EXIT(f.cli.run(words("org jit set Acme --role owner")), 3);
}

void TestCliB2bOrgs::mfaRequired()
{
    B2bFixture f;
    // No MFA factor is enabled: requiring MFA is refused with an explanation.
    const CliResult refused = f.cli.run(words("--json org create --name Vault --mfa-required"));
    GH_EXPECT_EXIT(refused, 4);
    QVERIFY2(refused.errText().contains(QStringLiteral("MFA"), Qt::CaseInsensitive),
             refused.describe().constData());
    {
        std::unique_ptr<Backend> backend = openBackend(f.cli.workspace());
        QVERIFY(backend);
        Result<SignInExperience> experience = await(backend->signInExperience().get(f.tenant));
        GH_VERIFY_OK(experience);
        SignInExperience enabled = experience.value();
        enabled.mfaFactors = {MfaFactor::TOTP, MfaFactor::WebAuthn};
        GH_VERIFY_OK(await(backend->signInExperience().update(f.tenant, enabled)));
    }
    const CliResult created = f.cli.run(words("--json org create --name Vault --mfa-required"));
    GH_EXPECT_EXIT(created, 0);
    QCOMPARE(created.json().object().value(QStringLiteral("isMfaRequired")).toBool(), true);
    const CliResult off = f.cli.run(words("--json org update Vault --no-mfa-required"));
    GH_EXPECT_EXIT(off, 0);
    QCOMPARE(off.json().object().value(QStringLiteral("isMfaRequired")).toBool(true), false);
    GH_EXPECT_EXIT(f.cli.run(words("org update Vault --mfa-required --no-mfa-required")), 2);
}

void TestCliB2bOrgs::badInput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("unknown verb") << "org member lst Acme" << 2 << "Did you mean \"list\"?";
    QTest::newRow("group without verb") << "org invitation" << 2 << "list, create, revoke, accept";
    QTest::newRow("missing org") << "org member list" << 2 << "missing arguments";
    QTest::newRow("unknown org") << "org member list Initech" << 3 << "Initech";
    QTest::newRow("unknown user") << "org member add Acme nobody@acme.com" << 3 << "nobody@acme.com";
    QTest::newRow("unknown role filter") << "org member list Acme --role owner" << 3 << "owner";
    QTest::newRow("unknown option") << "org create --name X --colour red" << 2 << "unknown option";
    QTest::newRow("custom data not an object")
        << "org create --name X --custom-data [1]" << 2 << "JSON object";
    QTest::newRow("no name") << "org create" << 2 << "--name";
    QTest::newRow("empty name") << "org create --name=" << 4 << "";
    QTest::newRow("bad colour") << "org update Acme --primary-color red" << 4 << "";
    QTest::newRow("unknown user orgs") << "user orgs nobody" << 3 << "nobody";
    QTest::newRow("limit") << "org member list Acme --limit 0" << 4 << "--limit";
}

void TestCliB2bOrgs::badInput()
{
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    if (!m_shared) { // one workspace for every row
        m_shared = std::make_unique<B2bFixture>();
        m_shared->cli.create(words("org create --name Acme"));
    }
    const CliResult result =
        m_shared->cli.run(QStringList{QStringLiteral("--json")} + words(command.toUtf8().constData()));
    GH_EXPECT_EXIT(result, exitCode);
    QVERIFY2(result.errText().contains(stderrContains), result.describe().constData());
    QVERIFY2(result.errorJson().contains(QStringLiteral("error")), result.describe().constData());
    QVERIFY(result.out.isEmpty());
}

void TestCliB2bOrgs::deleteRemovesMemberships()
{
    B2bFixture f;
    f.cli.create(words("org create --name Acme"));
    f.cli.create(words("org create --name Globex"));
    GH_EXPECT_EXIT(f.cli.run(words("org member add Acme alice --role admin")), 0);
    GH_EXPECT_EXIT(f.cli.run(words("org member add Globex alice --role viewer")), 0);
    const CliResult deleted = f.cli.run(words("--json org delete Acme"));
    GH_EXPECT_EXIT(deleted, 0);
    QCOMPARE(deleted.json()
                 .object()
                 .value(QStringLiteral("deleted"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Acme"));
    const CliResult orgs = f.cli.run(words("--json user orgs alice"));
    QCOMPARE(names(orgs.json().array()), QStringList{QStringLiteral("Globex")});
    GH_EXPECT_EXIT(f.cli.run(words("org delete Acme")), 3);

    // Deleting a role removes it from members, nothing else.
    GH_EXPECT_EXIT(f.cli.run(words("org-role delete viewer")), 0);
    const CliResult after = f.cli.run(words("--json user orgs alice"));
    QCOMPARE(names(after.json().array()), QStringList{QStringLiteral("Globex")});
    QVERIFY(after.json()
                .array()
                .first()
                .toObject()
                .value(QStringLiteral("organizationRoles"))
                .toArray()
                .isEmpty());
}

void TestCliB2bOrgs::demoTenant()
{
    CliRunner cli;
    GH_EXPECT_EXIT(cli.runBare({QStringLiteral("demo"), QStringLiteral("create"), cli.workspace()}), 0);
    const QStringList in = words("--json --tenant") << QStringLiteral("Acme SaaS");
    const CliResult orgs = cli.run(in + words("org list"));
    GH_EXPECT_EXIT(orgs, 0);
    QCOMPARE(names(orgs.json().array()),
             (QStringList{QStringLiteral("Acme Corp"), QStringLiteral("Globex"), QStringLiteral("Initech")}));
    for (const QJsonValue &v : orgs.json().array()) {
        const QJsonObject org = v.toObject();
        QVERIFY(org.value(QStringLiteral("usersCount")).toInt() >= 5);
        QCOMPARE(org.value(QStringLiteral("isMfaRequired")).toBool(),
                 org.value(QStringLiteral("name")).toString() == QLatin1String("Initech"));
    }
    QCOMPARE(names(cli.run(in + words("org-role list")).json().array()),
             (QStringList{QStringLiteral("admin"), QStringLiteral("billing sync"), QStringLiteral("member"),
                          QStringLiteral("viewer")}));

    const CliResult jit = cli.run(in + QStringList{QStringLiteral("org"), QStringLiteral("jit"),
                                                   QStringLiteral("show"), QStringLiteral("Acme Corp")});
    GH_EXPECT_EXIT(jit, 0);
    const QJsonObject acme = jit.json().object();
    QCOMPARE(acme.value(QStringLiteral("emailDomains")).toArray(),
             QJsonArray{QStringLiteral("acme.example")});
    QCOMPARE(field(acme.value(QStringLiteral("ssoConnectors")).toArray(), "connectorName"),
             QStringList{QStringLiteral("Acme Corp SSO")});
    QCOMPARE(names(acme.value(QStringLiteral("organizationRoles")).toArray()),
             QStringList{QStringLiteral("member")});
    QCOMPARE(acme.value(QStringLiteral("warnings")).toArray().size(), 1); // the domain SSO claims

    const CliResult owner = cli.run(in + words("user orgs sam_rivera"));
    GH_EXPECT_EXIT(owner, 0);
    QCOMPARE(names(owner.json().array()), QStringList{QStringLiteral("Acme Corp")});

    const CliResult invitations = cli.run(in + words("org invitation list Initech"));
    GH_EXPECT_EXIT(invitations, 0);
    QCOMPARE(field(invitations.json().array(), "status"), QStringList{QStringLiteral("Pending")});
    QCOMPARE(field(invitations.json().array(), "invitee"),
             QStringList{QStringLiteral("peter.gibbons@initech.example")});

    // The connector's client secret is stored as a secret: never in the journal.
    const CliResult journal = cli.run(in + words("journal list --limit 3000"));
    GH_EXPECT_EXIT(journal, 0);
    QVERIFY(!journal.out.contains(gatehouse::demoSsoClientSecret));
    QVERIFY(!cli.run(in + words("org list")).out.contains(gatehouse::demoSsoClientSecret));
}

QTEST_GUILESS_MAIN(TestCliB2bOrgs)
#include "tst_clib2b_orgs.moc"
