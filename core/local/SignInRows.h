#pragma once

#include "local/LocalSql.h"
#include "model/SignInExperience.h"

namespace gatehouse::local::signinrows {

/// The tenant's sign-in experience; Logto's defaults (version 0) when none was saved yet.
SignInExperience read(SqlSession &s, const QString &tenantId);

} // namespace gatehouse::local::signinrows
