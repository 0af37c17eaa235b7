#pragma once

#include "model/Application.h"
#include "model/Role.h"
#include "model/Tenant.h"

#include <QCoreApplication>
#include <QString>

namespace gatehouse::ui {

/// Text for people: dates, durations and the names of enums, translated.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    /// Local date and time, short form; "—" for 0.
    static QString dateTime(qint64 unixMs);
    /// Local date only, short form (lists); "—" for 0.
    static QString date(qint64 unixMs);
    /// ISO 8601 UTC, for tooltips ("2024-05-01 12:00:00 UTC").
    static QString utc(qint64 unixMs);
    /// "1 hour", "14 days", "90 seconds".
    static QString duration(qint64 seconds);

    static QString applicationType(ApplicationType type);
    /// One line that tells what the type is for.
    static QString applicationTypeHint(ApplicationType type);
    static QString roleType(RoleType type);
    static QString tenantTag(TenantTag tag);
};

} // namespace gatehouse::ui
