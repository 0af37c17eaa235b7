#pragma once

#include "local/LocalSql.h"
#include "policy/Access.h"

// PostgreSQL enforces the console roles itself, so a person given a login cannot do with psql
// what Gatehouse would refuse them:
//
// - one group role per console role and workspace (named from the database: "gh_<hash>_support"),
//   each operator's login a member of exactly one;
// - table and column privileges per group: support and auditors never see password digests,
//   secret hashes or SSO client secrets, support cannot delete users, nobody but owners changes
//   operators; organization admins see and change only memberships, invitations and users of
//   the organizations where the delegation policy lends them an ability (row-level security);
// - operators limited to some tenants see only those (row-level security on tenant_id);
// - the journal is append-only for every operator: rows go in only through a SECURITY DEFINER
//   function that chains them to the head and fills the operator column from session_user.
//
// Worker-thread code: every function takes the connection's SqlSession and throws Failure.

namespace gatehouse::local::postgres {

/// The session's login and whether it owns the workspace (the database's owner or a superuser).
struct Login
{
    QString name;
    bool ownsWorkspace = false;
};
Login currentLogin(SqlSession &s);

/// The journal functions every login appends through (schema migrations install them).
QStringList journalFunctionStatements();
/// Schema version 6: the append function also stores the entry's seal (key id and HMAC), and
/// the groups that could call the old one may call the new one.
QStringList sealedJournalFunctionStatements();

/// Creates (or brings up to date) the group roles, their privileges and the row-level security
/// policies. Needs a login that may create roles; says so when it may not.
void installAccessControl(SqlSession &s);

/// The login of a new operator: created with `password` when it does not exist (a login that
/// exists keeps its password), made a member of its role's group.
void grantLogin(SqlSession &s, const policy::OperatorAccount &account, const QString &password);
/// Moves the login to the group of its new role.
void regrantLogin(SqlSession &s, const policy::OperatorAccount &before, const policy::OperatorAccount &after);
/// Takes the workspace's groups from the login (the login itself stays: it may serve elsewhere).
void revokeLogin(SqlSession &s, const policy::OperatorAccount &account);

} // namespace gatehouse::local::postgres
