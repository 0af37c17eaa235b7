#pragma once

#include "local/LocalSql.h"
#include "model/AccessSnapshot.h"
#include "model/SignInExperience.h"

namespace gatehouse::local::signinrows {

/// The tenant's sign-in experience; Logto's defaults (version 0) when none was saved yet.
SignInExperience read(SqlSession &s, const QString &tenantId);

} // namespace gatehouse::local::signinrows

namespace gatehouse::local {

/// What the access explainer needs about `email` in the tenant, read in one snapshot
/// (LocalAccessSnapshot.cpp). Throws Failure.
AccessSnapshot readAccessSnapshot(SqlSession &s, const QString &tenantId, const QString &email);

} // namespace gatehouse::local
