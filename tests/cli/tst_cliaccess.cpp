// The "operator", "whoami" and "delegation" commands of gatehouse-cli end to end on a workspace
// file: the OS account is the owner; --as previews another operator exactly (refusals exit 5 with
// the JSON error code "forbidden"); "delegation who" and "operator explain" say who can do what
// in an organization, and why.
#include "TestSupport.h"
#include "UserCliHelpers.h"

using namespace gatehouse;
using namespace gatehouse::test;
using namespace gatehouse::test::users;

namespace {

QJsonObject answerFor(const QJsonArray &abilities, const char *ability)
{
    for (const QJsonValue &a : abilities) {
        if (a.toObject().value(QStringLiteral("ability")).toString() == QLatin1String(ability))
            return a.toObject();
    }
    return {};
}

} // namespace

class TestCliAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whoamiIsTheOwner();
    void operatorsAreManaged();
    void delegationIsShownAndSet();
    void previewRefusesWhatTheRoleLacks();
    void explainSaysWhyPerAbility();
    void badInput();

private:
    CliRunner m_cli;
    QString m_olivia, m_bob;
};

void TestCliAccess::initTestCase()
{
    QVERIFY(m_cli.isValid());
    m_cli.create(words("tenant create Acme"));
    m_cli.create(words("org-scope create --name manage:members"));
    m_cli.create(words("org-role create --name admin --org-scope manage:members"));
    m_cli.create(words("org-role create --name member"));
    m_cli.create(words("org create --name Initech"));
    m_cli.create(words("org create --name Globex"));
    m_olivia = m_cli.create(words("user create --username olivia --email olivia@initech.example"));
    m_bob = m_cli.create(words("user create --username bob --email bob@initech.example"));
    GH_EXPECT_EXIT(m_cli.run(words("org member add Initech olivia --role admin")), 0);
    GH_EXPECT_EXIT(m_cli.run(words("org member add Initech bob --role member")), 0);
    GH_EXPECT_EXIT(m_cli.run(words("delegation set org.members.view --permission manage:members")), 0);
    GH_EXPECT_EXIT(m_cli.run(words("delegation set org.members.invite --permission manage:members")), 0);
    GH_EXPECT_EXIT(m_cli.run(words("operator add olivia --role org-admin --tenant Acme --user olivia")), 0);
    GH_EXPECT_EXIT(m_cli.run(words("operator add sam --role support")), 0);
}

void TestCliAccess::whoamiIsTheOwner()
{
    const CliResult who = m_cli.run(words("--json whoami"));
    GH_EXPECT_EXIT(who, 0);
    const QJsonObject me = who.json().object();
    QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
    QVERIFY(!me.value(QStringLiteral("operator")).toString().isEmpty());
    QVERIFY(me.value(QStringLiteral("abilities")).toArray().contains(QStringLiteral("operators.manage")));
    QVERIFY(me.contains(QStringLiteral("tenants")));

    const CliResult asSam = m_cli.run(words("--json --as sam whoami"));
    GH_EXPECT_EXIT(asSam, 0);
    QCOMPARE(asSam.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("support"));
    QVERIFY(!asSam.json()
                 .object()
                 .value(QStringLiteral("abilities"))
                 .toArray()
                 .contains(QStringLiteral("users.delete")));
}

void TestCliAccess::operatorsAreManaged()
{
    GH_EXPECT_EXIT(m_cli.run(words("operator add audrey --role auditor")), 0);
    const CliResult list = m_cli.run(words("--json operator list"));
    GH_EXPECT_EXIT(list, 0);
    QStringList names = field(list.json().array(), "name");
    QVERIFY2(names.contains(QStringLiteral("audrey")) && names.contains(QStringLiteral("olivia")) &&
                 names.contains(QStringLiteral("sam")),
             qPrintable(names.join(QLatin1Char(','))));
    const CliResult changed =
        m_cli.run(words("--json operator set-role audrey --role developer --tenant Acme"));
    GH_EXPECT_EXIT(changed, 0);
    QCOMPARE(changed.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("developer"));
    GH_EXPECT_EXIT(m_cli.run(words("operator remove audrey")), 0);
    GH_EXPECT_EXIT(m_cli.run(words("operator remove audrey")), 3);
    GH_EXPECT_EXIT(m_cli.run(words("operator add sam --role support")), 4); // exists
    // The journal names who changed the operators.
    const CliResult journal = m_cli.run(words("--json journal list --all-tenants --limit 3"));
    GH_EXPECT_EXIT(journal, 0);
    QVERIFY2(journal.outText().contains(QStringLiteral("operator.remove")), journal.describe().constData());
}

void TestCliAccess::delegationIsShownAndSet()
{
    const CliResult shown = m_cli.run(words("--json delegation show"));
    GH_EXPECT_EXIT(shown, 0);
    const QJsonObject permissions = shown.json().object().value(QStringLiteral("permissions")).toObject();
    QVERIFY(permissions.contains(QStringLiteral("org.members.invite")));
    QVERIFY(!permissions.contains(QStringLiteral("org.mfa")));
    const CliResult text = m_cli.run(words("delegation show"));
    QVERIFY2(text.outText().contains(QStringLiteral("manage:members")) &&
                 text.outText().contains(QStringLiteral("(not delegated)")),
             text.describe().constData());

    GH_EXPECT_EXIT(m_cli.run(words("delegation set org.mfa --permission manage:members")), 0);
    const CliResult who = m_cli.run(words("--json delegation who Initech"));
    GH_EXPECT_EXIT(who, 0);
    const QJsonArray admins = who.json().array();
    QCOMPARE(admins.size(), 1);
    QCOMPARE(admins.first().toObject().value(QStringLiteral("userId")).toString(), m_olivia);
    GH_EXPECT_EXIT(m_cli.run(words("delegation unset org.mfa")), 0);
    QVERIFY(!m_cli.run(words("--json delegation show"))
                 .json()
                 .object()
                 .value(QStringLiteral("permissions"))
                 .toObject()
                 .contains(QStringLiteral("org.mfa")));
}

void TestCliAccess::previewRefusesWhatTheRoleLacks()
{
    // Support never deletes users: exit 5, "forbidden", naming the ability; nothing deleted.
    const CliResult removed = m_cli.run(words("--json --as sam user delete --yes --reason cleanup") << m_bob);
    GH_EXPECT_EXIT(removed, 5);
    QCOMPARE(removed.errorCode(), QStringLiteral("forbidden"));
    QVERIFY2(removed.errText().contains(QStringLiteral("users.delete")), removed.describe().constData());
    GH_EXPECT_EXIT(m_cli.run(words("user show") << m_bob), 0);
    // The organization admin sees only Initech, and may not create tenants.
    const CliResult orgs = m_cli.run(words("--json --as olivia org list"));
    GH_EXPECT_EXIT(orgs, 0);
    QCOMPARE(field(orgs.json().array(), "name"), QStringList{QStringLiteral("Initech")});
    GH_EXPECT_EXIT(m_cli.run(words("--as olivia tenant create Other")), 5);
    GH_EXPECT_EXIT(m_cli.run(words("--as olivia operator list")), 5);
    GH_EXPECT_EXIT(m_cli.run(words("--as nobody whoami")), 3);
}

void TestCliAccess::explainSaysWhyPerAbility()
{
    const CliResult olivia = m_cli.run(words("--json operator explain olivia Initech"));
    GH_EXPECT_EXIT(olivia, 0);
    const QJsonObject answer = olivia.json().object();
    QCOMPARE(answer.value(QStringLiteral("role")).toString(), QStringLiteral("org-admin"));
    const QJsonArray abilities = answer.value(QStringLiteral("abilities")).toArray();
    const QJsonObject invite = answerFor(abilities, "org.members.invite");
    QVERIFY(invite.value(QStringLiteral("allowed")).toBool());
    QCOMPARE(invite.value(QStringLiteral("permission")).toString(), QStringLiteral("manage:members"));
    QCOMPARE(invite.value(QStringLiteral("grantingRoles")).toArray(), QJsonArray{QStringLiteral("admin")});
    const QJsonObject remove = answerFor(abilities, "org.members.remove");
    QVERIFY(!remove.value(QStringLiteral("allowed")).toBool());
    QVERIFY(remove.value(QStringLiteral("why")).toString().contains(QStringLiteral("does not lend")));

    const CliResult globex = m_cli.run(words("--json operator explain olivia Globex"));
    GH_EXPECT_EXIT(globex, 0);
    QVERIFY(
        !answerFor(globex.json().object().value(QStringLiteral("abilities")).toArray(), "org.members.view")
             .value(QStringLiteral("allowed"))
             .toBool());

    const CliResult sam = m_cli.run(words("operator explain sam Initech"));
    GH_EXPECT_EXIT(sam, 0);
    QVERIFY2(sam.outText().contains(QStringLiteral("org.members.password")) &&
                 sam.outText().contains(QStringLiteral("Support role holds")),
             sam.describe().constData());
}

void TestCliAccess::badInput()
{
    GH_EXPECT_EXIT(m_cli.run(words("operator add x --role wizard")), 2);
    GH_EXPECT_EXIT(m_cli.run(words("operator add x --role org-admin")), 2); // no --tenant/--user
    GH_EXPECT_EXIT(m_cli.run(words("delegation set users.delete --permission manage:members")), 2);
    GH_EXPECT_EXIT(m_cli.run(words("delegation set org.mfa")), 2);
    GH_EXPECT_EXIT(m_cli.run(words("delegation set org.mfa --permission no:such")), 3);
    GH_EXPECT_EXIT(m_cli.run(words("operator explain nobody Initech")), 3);
    GH_EXPECT_EXIT(m_cli.run(words("operator explain olivia Nowhere")), 3);
    GH_EXPECT_EXIT(m_cli.run(words("operator explain olivia")), 2);
}

QTEST_GUILESS_MAIN(TestCliAccess)
#include "tst_cliaccess.moc"
