#pragma once

#include <QString>

namespace gatehouse {

/// The local OS account running Gatehouse ("alice"), recorded as the operator of local changes.
QString systemUserName();

} // namespace gatehouse
