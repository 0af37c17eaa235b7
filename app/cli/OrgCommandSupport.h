#pragma once

#include "CliApp.h"
#include "model/OrganizationJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::cli {

/// Pieces shared by the organization commands ("org", "org-role", "org-scope", "user orgs").
/// Everything here runs on the command thread and stops the command (CliExit) after printing the
/// problem: an unknown name exits 3, an ambiguous one 2.
class OrgCommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::OrgCommandSupport)
public:
    // --- resolving what the command line names --------------------------------------------------
    /// An organization by id or by its exact name (exit 2 when several share the name).
    static Organization organization(CliApp &app, const QString &tenantId, const QString &idOrName);
    /// Organization roles by id or exact name, in the order given, duplicates dropped.
    static QStringList roleIds(CliApp &app, const QString &tenantId, const QStringList &idsOrNames);
    /// Organization scopes by id or exact name.
    static QStringList scopeIds(CliApp &app, const QString &tenantId, const QStringList &idsOrNames);
    /// API-resource scopes by id or by name; a name several resources define is ambiguous.
    static QStringList resourceScopeIds(CliApp &app, const QString &tenantId, const QStringList &idsOrNames);
    /// A user by id, or by the exact username or primary email (any case).
    static User user(CliApp &app, const QString &tenantId, const QString &idOrName);
    /// Applications by id or exact name.
    static QStringList applicationIds(CliApp &app, const QString &tenantId, const QStringList &idsOrNames);
    /// Enterprise SSO connectors by id or exact connector name.
    static QStringList connectorIds(CliApp &app, const QString &tenantId, const QStringList &idsOrNames);

    // --- options ------------------------------------------------------------------------------
    /// The values of a repeatable option, each also split at commas, trimmed, empty ones dropped.
    static QStringList listOption(const Invocation &in, const QString &option);

    // --- text ---------------------------------------------------------------------------------
    static QStringList roleNames(const QList<OrganizationRole> &roles);
    /// "Acme Corp (id)".
    static QString label(const Organization &organization);

    // --- results ------------------------------------------------------------------------------
    /// The user's organizations with their roles ("user orgs").
    static void printUserOrganizations(CliApp &app, const QList<UserOrganization> &organizations);
    /// Organization roles (JSON array, else a table; `emptyLine` when there are none).
    static void printRoles(CliApp &app, const QList<OrganizationRole> &roles, const QString &emptyLine);
};

/// The verbs of "org" that live in their own files.
QList<Verb> orgMemberVerbs();     ///< member ..., app ... (OrgMemberCommands.cpp)
QList<Verb> orgInvitationVerbs(); ///< invitation ..., jit ... (OrgInvitationCommands.cpp)
/// "user orgs" (UserCommands.cpp lists it with the other user verbs).
Verb userOrgsVerb();

} // namespace gatehouse::cli
