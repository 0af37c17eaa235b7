#pragma once

#include "backend/Error.h"
#include "model/Organization.h"

namespace gatehouse::validation {

// Rules for the organization template and organizations, with Logto's JSON field names and
// limits. Each returns every problem found (empty = valid); backends call them before writing,
// editors as the user types.

/// Logto's limits.
inline constexpr int organizationNameMax = 128;
inline constexpr int organizationDescriptionMax = 256;

/// name required (≤ 128 characters), description ≤ 256.
QList<FieldError> organizationScope(const OrganizationScope &scope);
/// name required (≤ 128 characters), description ≤ 256.
QList<FieldError> organizationRole(const OrganizationRole &role);
/// name required (≤ 128), description ≤ 256, color.primaryColor / color.darkPrimaryColor
/// "#RRGGBB" or empty, branding.logoUrl / darkLogoUrl / favicon / darkFavicon absolute http(s)
/// URLs or empty. (customData is a QJsonObject by type; organizationFromJson refuses other JSON.)
QList<FieldError> organization(const Organization &organization);

/// "#RRGGBB" (either case). Empty string = valid.
QString colorProblem(const QString &color);
/// An absolute http or https URL without spaces. Empty string = valid.
QString brandingUrlProblem(const QString &url);
/// An email address an invitation can go to. Empty string = valid.
QString inviteeProblem(const QString &email);

} // namespace gatehouse::validation
