#include "explain/AccessExplainer.h"

#include "model/EmailDomains.h"
#include "model/SignInValidation.h"
#include "model/SsoValidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace gatehouse::explain {

QString membershipViaName(MembershipVia via)
{
    switch (via) {
    case MembershipVia::Existing:
        return QStringLiteral("existing");
    case MembershipVia::EmailDomain:
        return QStringLiteral("emailDomain");
    case MembershipVia::SsoConnector:
        return QStringLiteral("ssoConnector");
    }
    return {};
}

QString mfaOutcomeName(MfaOutcome outcome)
{
    switch (outcome) {
    case MfaOutcome::NotRequired:
        return QStringLiteral("notRequired");
    case MfaOutcome::Satisfied:
        return QStringLiteral("satisfied");
    case MfaOutcome::Prompted:
        return QStringLiteral("prompted");
    case MfaOutcome::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

QStringList AccessExplanation::noteRules() const
{
    QStringList rules;
    for (const ExplanationNote &n : notes)
        rules.append(n.rule);
    return rules;
}

QStringList AccessExplanation::noteTexts() const
{
    QStringList texts;
    for (const ExplanationNote &n : notes)
        texts.append(n.text);
    return texts;
}

QJsonObject AccessExplanation::toJson() const
{
    QJsonArray organizationArray;
    QJsonArray perOrganization;
    for (const ExplainedOrganization &o : organizations) {
        const QJsonObject mfaObject{{QStringLiteral("required"), o.mfaRequired},
                                    {QStringLiteral("outcome"), mfaOutcomeName(o.mfa)}};
        organizationArray.append(QJsonObject{{QStringLiteral("id"), o.id},
                                             {QStringLiteral("name"), o.name},
                                             {QStringLiteral("via"), membershipViaName(o.via)},
                                             {QStringLiteral("roles"), QJsonArray::fromStringList(o.roles)},
                                             {QStringLiteral("mfa"), mfaObject}});
        perOrganization.append(QJsonObject{{QStringLiteral("id"), o.id},
                                           {QStringLiteral("name"), o.name},
                                           {QStringLiteral("required"), o.mfaRequired},
                                           {QStringLiteral("outcome"), mfaOutcomeName(o.mfa)}});
    }
    QJsonArray factors;
    for (MfaFactor f : signIn.mfaFactors)
        factors.append(mfaFactorName(f));
    const QJsonObject mfaObject{
        {QStringLiteral("policy"), mfaPolicyName(signIn.mfaPolicy)},
        {QStringLiteral("factors"), factors},
        {QStringLiteral("organizationRequiredMfaPolicy"),
         organizationMfaPolicyName(signIn.organizationRequiredMfaPolicy)},
        {QStringLiteral("userHasMfa"), userHasMfa},
        {QStringLiteral("perOrganization"), perOrganization},
    };
    QJsonValue userValue = QJsonValue::Null;
    if (user)
        userValue =
            QJsonObject{{QStringLiteral("id"), user->id}, {QStringLiteral("isSuspended"), user->isSuspended}};
    QJsonValue connectorValue = QJsonValue::Null;
    if (ssoConnector)
        connectorValue = QJsonObject{{QStringLiteral("id"), ssoConnector->id},
                                     {QStringLiteral("name"), ssoConnector->name}};
    return QJsonObject{
        {QStringLiteral("email"), email},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("newUser"), treatedAsNew},
        {QStringLiteral("ssoConnector"), connectorValue},
        {QStringLiteral("passwordSignIn"), passwordSignInPossible},
        {QStringLiteral("organizations"), organizationArray},
        {QStringLiteral("mfa"), mfaObject},
        {QStringLiteral("user"), userValue},
        {QStringLiteral("canSignIn"), canSignIn},
        {QStringLiteral("notes"), QJsonArray::fromStringList(noteTexts())},
    };
}

namespace {

bool sameDomain(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool claims(const QStringList &domains, const QString &domain)
{
    return !domain.isEmpty() && std::any_of(domains.begin(), domains.end(),
                                            [&](const QString &d) { return sameDomain(d, domain); });
}

QStringList roleNames(const QList<OrganizationRole> &roles)
{
    QStringList names;
    for (const OrganizationRole &r : roles)
        names.append(r.name);
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

/// Builds one explanation; the rules run in the order the sign-in meets them.
class Explainer
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::explain::AccessExplainer)
public:
    Explainer(const AccessSnapshot &snapshot, const AccessRequest &request)
        : m_s(snapshot)
        , m_r(request)
    {}

    AccessExplanation run()
    {
        m_out.email = m_r.email.trimmed();
        m_out.domain = m_s.domain.isEmpty() ? emaildomains::ofEmail(m_out.email) : m_s.domain.toLower();
        m_out.signIn = m_s.signIn;
        if (m_out.domain.isEmpty())
            note(QStringLiteral("email.noDomain"),
                 tr("%1 has no valid email domain: no SSO routing or email-domain JIT can apply.")
                     .arg(m_out.email));
        decidePerson();
        decideRouting();
        if (m_r.viaSsoConnectorId.isEmpty())
            m_signInConnector = m_routedConnector;
        else
            decideViaConnector();
        if (m_signInConnector)
            m_out.ssoConnector =
                AccessExplanation::ConnectorRef{m_signInConnector->id, m_signInConnector->connectorName};
        addExistingMemberships();
        applySsoJit();
        applyEmailJit();
        decideMfa();
        return m_out;
    }

private:
    void note(const QString &rule, const QString &text) { m_out.notes.append({rule, text}); }

    QString orgName(const Organization &o) const { return o.name.isEmpty() ? o.id : o.name; }

    const SsoConnector *connector(const QString &id) const
    {
        for (const SsoConnector &c : m_s.connectors) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    }

    QString connectorLabel(const QString &id) const
    {
        const SsoConnector *c = connector(id);
        return c ? c->connectorName : id;
    }

    void decidePerson()
    {
        if (m_s.user)
            m_out.user = AccessExplanation::UserRef{m_s.user->id, m_s.user->isSuspended};
        switch (m_r.person) {
        case Person::Auto:
            m_out.treatedAsNew = !m_s.user.has_value();
            if (m_s.user)
                note(QStringLiteral("user.existing"),
                     tr("%1 belongs to the existing user %2: explained as their sign-in.")
                         .arg(m_out.email, m_s.user->id));
            else
                note(QStringLiteral("user.none"),
                     tr("No user has the email %1: explained as a new person signing up.").arg(m_out.email));
            break;
        case Person::New:
            m_out.treatedAsNew = true;
            if (m_s.user)
                note(QStringLiteral("user.newButExists"),
                     tr("Explained as a new person as asked, although user %1 already has this email (a real "
                        "sign-in with it signs in as that user).")
                         .arg(m_s.user->id));
            else
                note(QStringLiteral("user.none"),
                     tr("No user has the email %1: explained as a new person signing up.").arg(m_out.email));
            break;
        case Person::Existing:
            m_out.treatedAsNew = false;
            if (m_s.user)
                note(QStringLiteral("user.existing"),
                     tr("%1 belongs to the existing user %2: explained as their sign-in.")
                         .arg(m_out.email, m_s.user->id));
            else
                note(
                    QStringLiteral("user.existingButNone"),
                    tr("No user has the email %1 yet: explained as an existing account without organizations "
                       "or MFA (for example one an administrator is about to create).")
                        .arg(m_out.email));
            break;
        }
        m_existingUser = !m_out.treatedAsNew && m_s.user.has_value();
        if (m_existingUser) {
            m_out.userHasMfa = m_s.user->mfaCount > 0;
            if (m_s.user->isSuspended) {
                m_out.canSignIn = false;
                note(QStringLiteral("user.suspended"),
                     tr("User %1 is suspended and cannot sign in; no JIT provisioning runs for them.")
                         .arg(m_s.user->id));
            }
        }
    }

    /// Which connector the email's domain routes to, and why it does or does not.
    void decideRouting()
    {
        QList<const SsoConnector *> claimants;
        for (const SsoConnector &c : m_s.connectors) {
            if (claims(c.domains, m_out.domain))
                claimants.append(&c);
        }
        if (!m_s.signIn.singleSignOnEnabled) {
            if (claimants.isEmpty())
                note(QStringLiteral("sso.disabled"), tr("Enterprise SSO is off in the sign-in experience: "
                                                        "sign-in is never routed to SSO by email "
                                                        "domain."));
            else
                note(QStringLiteral("sso.disabled"),
                     tr("SSO connector %1 claims %2, but enterprise SSO is off in the sign-in experience: "
                        "sign-in "
                        "is not routed to it.")
                         .arg(claimants.first()->connectorName, m_out.domain));
            return;
        }
        if (claimants.isEmpty()) {
            if (!m_out.domain.isEmpty())
                note(QStringLiteral("sso.noConnector"),
                     tr("No SSO connector claims %1: sign-in stays with password or verification code.")
                         .arg(m_out.domain));
            return;
        }
        for (const SsoConnector *c : claimants) {
            if (!sso::isConfigComplete(*c)) {
                note(QStringLiteral("sso.incomplete"), tr("SSO connector %1 claims %2, but its configuration "
                                                          "is incomplete: sign-in is not routed "
                                                          "to it.")
                                                           .arg(c->connectorName, m_out.domain));
                continue;
            }
            if (m_routedConnector) {
                note(QStringLiteral("sso.duplicateClaim"),
                     tr("SSO connector %1 claims %2 too; sign-in goes to %3.")
                         .arg(c->connectorName, m_out.domain, m_routedConnector->connectorName));
                continue;
            }
            m_routedConnector = c;
        }
        if (m_routedConnector) {
            m_out.passwordSignInPossible = false;
            note(QStringLiteral("sso.routed"),
                 tr("%1 is claimed by SSO connector %2: sign-in goes through it; %3 cannot sign in with a "
                    "password or verification code.")
                     .arg(m_out.domain, m_routedConnector->connectorName, m_out.email));
        }
    }

    void decideViaConnector()
    {
        const SsoConnector *c = connector(m_r.viaSsoConnectorId);
        if (!c) {
            m_out.canSignIn = false;
            note(QStringLiteral("sso.viaUnknown"),
                 tr("There is no SSO connector %1 in this tenant.").arg(m_r.viaSsoConnectorId));
            return;
        }
        if (!m_s.signIn.singleSignOnEnabled) {
            note(QStringLiteral("sso.viaDisabled"),
                 tr("Sign-in through SSO connector %1 is not possible: enterprise SSO is off in the sign-in "
                    "experience.")
                     .arg(c->connectorName));
            return;
        }
        if (!sso::isConfigComplete(*c)) {
            note(QStringLiteral("sso.viaIncomplete"),
                 tr("Sign-in through SSO connector %1 is not possible: its configuration is incomplete.")
                     .arg(c->connectorName));
            return;
        }
        m_signInConnector = c;
        if (m_routedConnector && m_routedConnector != c)
            note(
                QStringLiteral("sso.viaRoutedElsewhere"),
                tr("Explained as a sign-in through SSO connector %1 as asked; sign-in started from the email "
                   "goes to %2, which claims %3.")
                    .arg(c->connectorName, m_routedConnector->connectorName, m_out.domain));
        else if (!claims(c->domains, m_out.domain))
            note(QStringLiteral("sso.viaOtherDomain"),
                 tr("SSO connector %1 does not claim %2: sign-in through it happens only when started from "
                    "the "
                    "identity provider or a direct link, as explained here.")
                     .arg(c->connectorName, m_out.domain));
        else if (m_routedConnector != c)
            note(QStringLiteral("sso.via"),
                 tr("Explained as a sign-in through SSO connector %1.").arg(c->connectorName));
    }

    ExplainedOrganization *member(const QString &organizationId)
    {
        for (ExplainedOrganization &o : m_out.organizations) {
            if (o.id == organizationId)
                return &o;
        }
        return nullptr;
    }

    void addExistingMemberships()
    {
        if (!m_existingUser)
            return;
        if (m_s.memberships.isEmpty()) {
            note(QStringLiteral("membership.none"),
                 tr("User %1 belongs to no organization yet.").arg(m_s.user->id));
            return;
        }
        QStringList names;
        for (const UserOrganization &m : m_s.memberships) {
            ExplainedOrganization o;
            o.id = m.organization.id;
            o.name = m.organization.name;
            o.via = MembershipVia::Existing;
            o.roles = roleNames(m.roles);
            o.mfaRequired = m.organization.isMfaRequired;
            m_out.organizations.append(o);
            names.append(orgName(m.organization));
        }
        note(QStringLiteral("membership.existing"),
             tr("User %1 already belongs to: %2.").arg(m_s.user->id, names.join(QStringLiteral(", "))));
    }

    /// JIT into `org` with its default roles; merges roles into an existing membership.
    void join(const Organization &org, const OrganizationJit &jit, MembershipVia via, const QString &how)
    {
        const QStringList roles = roleNames(jit.roles);
        const QString roleText =
            roles.isEmpty() ? tr("no roles") : tr("the roles: %1").arg(roles.join(QStringLiteral(", ")));
        if (ExplainedOrganization *existing = member(org.id)) {
            QStringList added;
            for (const QString &r : roles) {
                if (!existing->roles.contains(r))
                    added.append(r);
            }
            existing->roles += added;
            existing->roles.sort(Qt::CaseInsensitive);
            note(QStringLiteral("jit.merged"),
                 added.isEmpty()
                     ? tr("%1 applies to %2, who is already a member with these roles: nothing changes.")
                           .arg(how, orgName(org))
                     : tr("%1 applies to %2, who is already a member: adds %3.")
                           .arg(how, orgName(org), added.join(QStringLiteral(", "))));
            return;
        }
        ExplainedOrganization o;
        o.id = org.id;
        o.name = org.name;
        o.via = via;
        o.roles = roles;
        o.mfaRequired = org.isMfaRequired;
        m_out.organizations.append(o);
        note(via == MembershipVia::EmailDomain ? QStringLiteral("emailJit.applies")
                                               : QStringLiteral("ssoJit.applies"),
             tr("%1 adds the person to %2 with %3.").arg(how, orgName(org), roleText));
    }

    void applySsoJit()
    {
        for (const Organization &org : m_s.organizations) {
            const OrganizationJit jit = m_s.jit.value(org.id);
            for (const QString &connectorId : jit.ssoConnectorIds) {
                if (!m_signInConnector || m_signInConnector->id != connectorId)
                    note(QStringLiteral("ssoJit.notThroughConnector"),
                         tr("SSO connector %1's JIT for %2 does not apply: sign-in does not go through it.")
                             .arg(connectorLabel(connectorId), orgName(org)));
            }
        }
        if (!m_signInConnector)
            return;
        const QString name = m_signInConnector->connectorName;
        const QString how = tr("SSO connector %1's JIT").arg(name);
        QList<const Organization *> targets;
        for (const Organization &org : m_s.organizations) {
            if (m_s.jit.value(org.id).ssoConnectorIds.contains(m_signInConnector->id))
                targets.append(&org);
        }
        if (targets.isEmpty()) {
            note(QStringLiteral("ssoJit.none"),
                 tr("No organization provisions users signing in through SSO connector %1.").arg(name));
            return;
        }
        if (!m_out.canSignIn) {
            note(QStringLiteral("ssoJit.notSignedIn"),
                 tr("%1 does not apply: the user cannot sign in.").arg(how));
            return;
        }
        if (!m_out.treatedAsNew) {
            if (m_s.user && !m_s.ssoIdentitiesKnown) {
                note(QStringLiteral("sso.identitiesUnknown"),
                     tr("This workspace does not record sign-ins through SSO connectors: explained as the "
                        "user's "
                        "first sign-in through %1.")
                         .arg(name));
            } else if (m_s.user && m_s.userSsoConnectorIds.contains(m_signInConnector->id)) {
                for (const Organization *org : targets)
                    note(QStringLiteral("ssoJit.returningUser"),
                         tr("%1 for %2 does not apply: the user has signed in through %3 before (JIT runs "
                            "only at "
                            "the first sign-in).")
                             .arg(how, orgName(*org), name));
                return;
            }
            note(QStringLiteral("ssoJit.firstSignIn"),
                 tr("First sign-in through %1: its JIT adds existing users as well as new ones.").arg(name));
        }
        for (const Organization *org : targets)
            join(*org, m_s.jit.value(org->id), MembershipVia::SsoConnector, how);
    }

    void applyEmailJit()
    {
        QList<const Organization *> targets;
        for (const Organization &org : m_s.organizations) {
            if (claims(m_s.jit.value(org.id).emailDomains, m_out.domain))
                targets.append(&org);
        }
        if (targets.isEmpty()) {
            if (!m_out.domain.isEmpty())
                note(QStringLiteral("emailJit.none"),
                     tr("No organization has email-domain JIT for %1.").arg(m_out.domain));
            return;
        }
        if (targets.size() > 1) {
            QStringList names;
            for (const Organization *org : targets)
                names.append(orgName(*org));
            note(QStringLiteral("emailJit.several"),
                 tr("%1 organizations have email-domain JIT for %2 (each one applies on its own): %3.")
                     .arg(QString::number(targets.size()), m_out.domain, names.join(QStringLiteral(", "))));
        }
        const QString how = tr("Email-domain JIT for %1").arg(m_out.domain);
        for (const Organization *org : targets) {
            if (m_routedConnector)
                note(QStringLiteral("emailJit.shadowedBySso"),
                     tr("Email-domain JIT for %1 into %2 does not apply: the domain is claimed by SSO "
                        "connector %3.")
                         .arg(m_out.domain, orgName(*org), m_routedConnector->connectorName));
            else if (!m_out.treatedAsNew)
                note(QStringLiteral("emailJit.existingUser"),
                     tr("Email-domain JIT for %1 into %2 does not apply: existing users (including users an "
                        "administrator created) are not added by email-domain JIT.")
                         .arg(m_out.domain, orgName(*org)));
            else if (!m_out.canSignIn)
                note(QStringLiteral("emailJit.notSignedIn"),
                     tr("Email-domain JIT for %1 into %2 does not apply: the sign-in cannot happen.")
                         .arg(m_out.domain, orgName(*org)));
            else
                join(*org, m_s.jit.value(org->id), MembershipVia::EmailDomain, how);
        }
    }

    void decideMfa()
    {
        const SignInExperience &si = m_s.signIn;
        const bool usable = signin::hasUsableFactor(si.mfaFactors);
        const QString personLabel = m_existingUser ? tr("the user") : tr("the person");
        for (ExplainedOrganization &o : m_out.organizations) {
            const QString name = o.name.isEmpty() ? o.id : o.name;
            if (!o.mfaRequired) {
                o.mfa = MfaOutcome::NotRequired;
                continue;
            }
            if (m_out.userHasMfa) {
                o.mfa = MfaOutcome::Satisfied;
                note(QStringLiteral("mfa.satisfied"),
                     tr("%1 requires MFA; the user has MFA set up, so organization tokens are issued.")
                         .arg(name));
            } else if (!usable) {
                o.mfa = MfaOutcome::Blocked;
                note(QStringLiteral("mfa.noFactor"), tr("%1 requires MFA, but no usable MFA factor is "
                                                        "enabled in the sign-in experience: %2 cannot "
                                                        "set it up and gets no organization tokens for %1.")
                                                         .arg(name, personLabel));
            } else if (si.organizationRequiredMfaPolicy == OrganizationMfaPolicy::Mandatory) {
                o.mfa = MfaOutcome::Prompted;
                note(QStringLiteral("mfa.prompted"), tr("%1 requires MFA and the organization MFA policy is "
                                                        "Mandatory: %2 is asked to set up MFA "
                                                        "at sign-in.")
                                                         .arg(name, personLabel));
            } else if (si.mfaPolicy == MfaPolicy::Mandatory) {
                o.mfa = MfaOutcome::Prompted;
                note(
                    QStringLiteral("mfa.promptedByTenant"),
                    tr("%1 requires MFA; the tenant's MFA policy is Mandatory, so %2 sets up MFA at sign-in.")
                        .arg(name, personLabel));
            } else {
                o.mfa = MfaOutcome::Blocked;
                note(
                    QStringLiteral("mfa.blocked"),
                    tr("%1 requires MFA and the organization MFA policy is NoPrompt: %2 gets no organization "
                       "tokens for %1 until MFA is set up.")
                        .arg(name, personLabel));
            }
        }
    }

    const AccessSnapshot &m_s;
    const AccessRequest &m_r;
    AccessExplanation m_out;
    bool m_existingUser = false;                     ///< a real user, explained as existing
    const SsoConnector *m_routedConnector = nullptr; ///< where the domain routes (enabled, complete)
    const SsoConnector *m_signInConnector = nullptr; ///< where this sign-in goes
};

} // namespace

AccessExplanation explainAccess(const AccessSnapshot &snapshot, const AccessRequest &request)
{
    return Explainer(snapshot, request).run();
}

Future<AccessExplanation> explainAccess(Backend &backend, const QString &tenantId,
                                        const AccessRequest &request)
{
    const QString email = request.email.trimmed();
    if (emaildomains::ofEmail(email).isEmpty()) {
        const QString message =
            QCoreApplication::translate("gatehouse::explain::AccessExplainer",
                                        "\"%1\" is not an email address with a valid domain.")
                .arg(email);
        return QtFuture::makeReadyFuture(Result<AccessExplanation>(
            Error(ErrorCode::Validation, message, {}, {{QStringLiteral("email"), message}})));
    }
    return backend.signInExperience()
        .accessSnapshot(tenantId, email)
        .then([request](Result<AccessSnapshot> r) {
            if (!r.ok())
                return Result<AccessExplanation>(r.error());
            const AccessSnapshot &snapshot = r.value();
            if (!request.viaSsoConnectorId.isEmpty() &&
                std::none_of(snapshot.connectors.begin(), snapshot.connectors.end(),
                             [&](const SsoConnector &c) { return c.id == request.viaSsoConnectorId; }))
                return Result<AccessExplanation>(
                    Error(ErrorCode::NotFound,
                          QCoreApplication::translate("gatehouse::explain::AccessExplainer",
                                                      "There is no SSO connector %1 in this tenant.")
                              .arg(request.viaSsoConnectorId)));
            return Result<AccessExplanation>(explainAccess(snapshot, request));
        });
}

} // namespace gatehouse::explain
