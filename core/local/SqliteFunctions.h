#pragma once

#include "local/LocalSql.h"

namespace gatehouse::local {

/// Registers Gatehouse's SQL functions on a SQLite connection (call once after opening it):
///
///   gh_contains(haystack, needle) → 1 when `needle` occurs in `haystack`, compared without case
///   (Unicode, as QString::contains with Qt::CaseInsensitive), else 0; NULL arguments give 0.
///
/// Throws Failure(Internal) when the connection is not a SQLite one or registration fails.
void registerSqliteFunctions(SqlSession &session);

} // namespace gatehouse::local
