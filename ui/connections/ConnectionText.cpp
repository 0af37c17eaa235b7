#include "connections/ConnectionText.h"

#include "connections/ConnectionManager.h"

namespace gatehouse::ui {

QString ConnectionText::testSucceeded(const QString &endpoint, const ConnectionReport &report)
{
    const QString apps =
        report.applications == 1 ? tr("1 application") : tr("%1 applications").arg(report.applications);
    QString text = tr("Connected to %1, tenant \"%2\": %3.").arg(endpoint, report.tenantName, apps);
    const QStringList lacking = missing(report.capabilities);
    if (!lacking.isEmpty())
        text += QLatin1Char('\n') +
                tr("Not available through this connection: %1.").arg(lacking.join(QStringLiteral(", ")));
    return text;
}

QString ConnectionText::testFailed(const Error &error)
{
    QString text = tr("The test failed: %1").arg(error.message());
    if (!error.detail().isEmpty())
        text += QLatin1Char('\n') + tr("Server said: %1").arg(error.detail());
    return text;
}

QString ConnectionText::unavailable(const QString &what)
{
    return tr("Not available through a Logto connection: %1").arg(what);
}

QStringList ConnectionText::missing(const Capabilities &capabilities)
{
    QStringList lacking;
    if (!capabilities.tenantManagement)
        lacking << tr("creating, renaming or deleting tenants");
    if (!capabilities.userFilters)
        lacking << tr("user filters");
    if (!capabilities.userSorts)
        lacking << tr("sorting users");
    if (!capabilities.passwordExpiry)
        lacking << tr("requiring a password change");
    if (!capabilities.exportPasswordDigests)
        lacking << tr("exporting password digests");
    return lacking;
}

QString ConnectionText::tag(bool production)
{
    return production ? tr("Production") : tr("Development");
}

} // namespace gatehouse::ui
