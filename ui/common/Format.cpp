#include "common/Format.h"

#include <QDateTime>
#include <QLocale>

namespace gatehouse::ui {

QString Format::dateTime(qint64 unixMs)
{
    if (unixMs <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(unixMs).toLocalTime(), QLocale::ShortFormat);
}

QString Format::date(qint64 unixMs)
{
    if (unixMs <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(unixMs).toLocalTime().date(),
                              QLocale::ShortFormat);
}

QString Format::utc(qint64 unixMs)
{
    if (unixMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString Format::duration(qint64 seconds)
{
    // Explicit singular and plural forms: no English plural catalogue is needed.
    if (seconds > 0 && seconds % 86400 == 0) {
        const qint64 days = seconds / 86400;
        return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    }
    if (seconds > 0 && seconds % 3600 == 0) {
        const qint64 hours = seconds / 3600;
        return hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    }
    if (seconds > 0 && seconds % 60 == 0) {
        const qint64 minutes = seconds / 60;
        return minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
    }
    return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
}

QString Format::applicationType(ApplicationType type)
{
    switch (type) {
    case ApplicationType::Native:
        return tr("Native app");
    case ApplicationType::SPA:
        return tr("Single-page app");
    case ApplicationType::Traditional:
        return tr("Traditional web");
    case ApplicationType::MachineToMachine:
        return tr("Machine-to-machine");
    case ApplicationType::Protected:
        return tr("Protected app");
    case ApplicationType::SAML:
        return tr("SAML app");
    }
    return {};
}

QString Format::applicationTypeHint(ApplicationType type)
{
    switch (type) {
    case ApplicationType::Native:
        return tr("Mobile or desktop app that signs users in through the system browser (iOS, Android, "
                  "Electron, Qt).");
    case ApplicationType::SPA:
        return tr("Web app that runs in the browser and cannot keep a secret (React, Vue, Angular).");
    case ApplicationType::Traditional:
        return tr("Server-rendered web app that keeps a client secret on the server (Next.js, Django, "
                  "Rails).");
    case ApplicationType::MachineToMachine:
        return tr(
            "Service, script or daemon that calls your APIs on its own behalf with client credentials.");
    case ApplicationType::Protected:
        return tr("An existing web app put behind sign-in without changing its code.");
    case ApplicationType::SAML:
        return tr("Enterprise app that signs users in with SAML 2.0 instead of OpenID Connect.");
    }
    return {};
}

QString Format::roleType(RoleType type)
{
    return type == RoleType::User ? tr("User") : tr("Machine-to-machine");
}

QString Format::tenantTag(TenantTag tag)
{
    return tag == TenantTag::Production ? tr("Production") : tr("Development");
}

} // namespace gatehouse::ui
