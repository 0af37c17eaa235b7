#pragma once

#include "backend/Backend.h"
#include "model/AccessSnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gatehouse::explain {

/// Whom the question is about: the person signing in with the email.
enum class Person {
    Auto,     ///< the existing user with that email if there is one, else a new person
    New,      ///< a person signing up (no account yet), even when a user has the email
    Existing, ///< an existing account (for example one an administrator created), even without a user
};

struct AccessRequest
{
    QString email;
    Person person = Person::Auto;
    /// Explain sign-in through this SSO connector (IdP-initiated or a direct link) instead of the
    /// routing by email domain. Empty: routing by domain.
    QString viaSsoConnectorId;
};

/// How a person comes to be a member of an organization after sign-in.
enum class MembershipVia { Existing, EmailDomain, SsoConnector };
QString membershipViaName(MembershipVia via); ///< "existing", "emailDomain", "ssoConnector"

/// What an organization requiring MFA means for the person.
enum class MfaOutcome {
    NotRequired, ///< the organization does not require MFA
    Satisfied,   ///< required, and the user has MFA set up
    Prompted,    ///< required; the person is asked to set up MFA at sign-in
    Blocked,     ///< required; no organization tokens until MFA is set up (or cannot be set up)
};
QString mfaOutcomeName(MfaOutcome outcome); ///< "notRequired", "satisfied", "prompted", "blocked"

struct ExplainedOrganization
{
    QString id;
    QString name;
    MembershipVia via = MembershipVia::Existing; ///< the first way that applies (existing first)
    QStringList roles;                           ///< organization role names, sorted, no duplicates
    bool mfaRequired = false;
    MfaOutcome mfa = MfaOutcome::NotRequired;
};

/// One rule the explainer looked at. `rule` is a stable code ("emailJit.shadowedBySso", …, see
/// AccessExplainer.cpp) for tests and tools; `text` the sentence a person reads.
struct ExplanationNote
{
    QString rule;
    QString text;
};

struct AccessExplanation
{
    QString email;
    QString domain; ///< normalized domain of the email (empty when the email has none)
    struct UserRef
    {
        QString id;
        bool isSuspended = false;
    };
    std::optional<UserRef> user; ///< the existing user with the email, if any
    bool treatedAsNew = false;   ///< explained as a person without an account
    bool canSignIn = true;
    /// Sign-in goes through this connector (routed by domain, or asked with viaSsoConnectorId).
    struct ConnectorRef
    {
        QString id;
        QString name;
    };
    std::optional<ConnectorRef> ssoConnector;
    /// False when the email must sign in through SSO (no password or verification code).
    bool passwordSignInPossible = true;
    QList<ExplainedOrganization> organizations; ///< ordered: existing first, then by JIT order
    SignInExperience signIn;                    ///< tenant MFA factors and policies
    bool userHasMfa = false;
    QList<ExplanationNote> notes;

    QStringList noteRules() const;
    QStringList noteTexts() const;
    /// {email, domain, newUser, ssoConnector: {id, name} | null, passwordSignIn,
    ///  organizations: [{id, name, via, roles, mfa: {required, outcome}}],
    ///  mfa: {policy, factors, organizationRequiredMfaPolicy, userHasMfa,
    ///        perOrganization: [{id, name, required, outcome}]},
    ///  user: {id, isSuspended} | null, canSignIn, notes: [text]}
    QJsonObject toJson() const;
};

/// Answers "what happens when request.email signs in?" from a snapshot of one tenant. Pure: reads
/// nothing but its arguments. Rules (DESIGN.md §3):
/// - a suspended user cannot sign in (and no JIT runs);
/// - the email's domain routes sign-in to the SSO connector claiming it (domains compare
///   case-insensitively) only when singleSignOnEnabled is on and the connector's configuration
///   is complete (sso::isConfigComplete); routed emails cannot use a password or code;
/// - email-domain JIT adds only new people, and never for a domain routed to SSO;
/// - SSO-connector JIT adds new people and existing users at their first sign-in through that
///   connector (unknown SSO identities: assumed first, with a note);
/// - JIT into an organization the user already belongs to adds the default roles to theirs;
/// - an organization requiring MFA: satisfied when the user has MFA; otherwise prompted at sign-in
///   when organizationRequiredMfaPolicy (or the tenant policy) is Mandatory, blocked from
///   organization tokens when it is NoPrompt or when no usable factor is enabled.
/// Every rule that fired or did not leaves a note.
AccessExplanation explainAccess(const AccessSnapshot &snapshot, const AccessRequest &request);

/// Reads the snapshot from `backend` and explains it. NotFound when viaSsoConnectorId names no
/// connector of the tenant; Validation when the email has no valid domain.
Future<AccessExplanation> explainAccess(Backend &backend, const QString &tenantId,
                                        const AccessRequest &request);

} // namespace gatehouse::explain
