#include "model/OrganizationValidation.h"

#include "model/UserValidation.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace gatehouse::validation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::validation", text);
}

void check(QList<FieldError> &errors, const QString &field, const QString &problem)
{
    if (!problem.isEmpty())
        errors.append({field, problem});
}

QList<FieldError> nameAndDescription(const QString &name, const QString &description)
{
    QList<FieldError> errors;
    check(errors, QStringLiteral("name"), textProblem(name, organizationNameMax, true));
    check(errors, QStringLiteral("description"), textProblem(description, organizationDescriptionMax, false));
    return errors;
}
} // namespace

QList<FieldError> organizationScope(const OrganizationScope &scope)
{
    return nameAndDescription(scope.name, scope.description);
}

QList<FieldError> organizationRole(const OrganizationRole &role)
{
    return nameAndDescription(role.name, role.description);
}

QList<FieldError> organization(const Organization &organization)
{
    QList<FieldError> errors = nameAndDescription(organization.name, organization.description);
    check(errors, QStringLiteral("color.primaryColor"), colorProblem(organization.color.primaryColor));
    check(errors, QStringLiteral("color.darkPrimaryColor"),
          colorProblem(organization.color.darkPrimaryColor));
    check(errors, QStringLiteral("branding.logoUrl"), brandingUrlProblem(organization.branding.logoUrl));
    check(errors, QStringLiteral("branding.darkLogoUrl"),
          brandingUrlProblem(organization.branding.darkLogoUrl));
    check(errors, QStringLiteral("branding.favicon"), brandingUrlProblem(organization.branding.favicon));
    check(errors, QStringLiteral("branding.darkFavicon"),
          brandingUrlProblem(organization.branding.darkFavicon));
    return errors;
}

QString colorProblem(const QString &color)
{
    if (color.isEmpty())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!pattern.match(color).hasMatch())
        return tr("must be a colour in the form #RRGGBB (for example #5D34F2)");
    return {};
}

QString brandingUrlProblem(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (url.size() > 2048)
        return tr("is too long (at most %1 characters)").arg(2048);
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (url.contains(space))
        return tr("must not contain spaces");
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        parsed.host().isEmpty())
        return tr("must be an absolute http or https URL (for example https://example.com/logo.png)");
    return {};
}

QString inviteeProblem(const QString &email)
{
    if (email.trimmed().isEmpty())
        return tr("must not be empty");
    return emailProblem(email.trimmed());
}

} // namespace gatehouse::validation
