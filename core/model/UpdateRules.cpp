#include "model/UpdateRules.h"

#include <QCoreApplication>

namespace gatehouse::rules {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::rules", text);
}

QList<FieldError> fixed(bool changed, const char *field, const QString &message)
{
    if (!changed)
        return {};
    return {{QLatin1String(field), message}};
}
} // namespace

QString title(const Tenant &tenant)
{
    return tr("Tenant \"%1\"").arg(tenant.name);
}

QString title(const Application &application)
{
    return tr("Application \"%1\"").arg(application.name);
}

QString title(const Resource &resource)
{
    return tr("API resource \"%1\"").arg(resource.name);
}

QString title(const Role &role)
{
    return tr("Role \"%1\"").arg(role.name);
}

QString title(const User &user)
{
    return tr("User \"%1\"").arg(user.username.isEmpty() ? user.id : user.username);
}

QString title(const Organization &organization)
{
    return tr("Organization \"%1\"").arg(organization.name);
}

QString title(const OrganizationScope &scope)
{
    return tr("Organization permission \"%1\"").arg(scope.name);
}

QString title(const OrganizationRole &role)
{
    return tr("Organization role \"%1\"").arg(role.name);
}

QString title(const SsoConnector &connector)
{
    return tr("SSO connector \"%1\"").arg(connector.connectorName);
}

QString title(const SignInExperience &experience)
{
    Q_UNUSED(experience);
    return tr("The sign-in experience");
}

QList<FieldError> updateProblems(const Application &before, const Application &edit)
{
    return fixed(before.type != edit.type, "type",
                 tr("The type of an application cannot be changed; create a new application instead."));
}

QList<FieldError> updateProblems(const Resource &before, const Resource &edit)
{
    return fixed(
        before.indicator != edit.indicator, "indicator",
        tr("The indicator of an API resource cannot be changed (tokens already carry it); create a new "
           "resource instead."));
}

QList<FieldError> updateProblems(const Role &before, const Role &edit)
{
    return fixed(before.type != edit.type, "type",
                 tr("The type of a role cannot be changed; create a new role instead."));
}

QList<FieldError> updateProblems(const OrganizationRole &before, const OrganizationRole &edit)
{
    return fixed(before.type != edit.type, "type",
                 tr("The type of an organization role cannot be changed; create a new role instead."));
}

QList<FieldError> updateProblems(const SsoConnector &before, const SsoConnector &edit)
{
    return fixed(before.providerName != edit.providerName, "providerName",
                 tr("The provider of a connector cannot be changed; create a new connector instead."));
}

} // namespace gatehouse::rules
