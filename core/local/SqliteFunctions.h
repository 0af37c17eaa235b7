#pragma once

#include "local/LocalSql.h"

namespace gatehouse::local {

/// Registers Gatehouse's SQL functions on a SQLite connection (call once after opening it):
///
///   gh_contains(haystack, …, needle) → 1 when `needle` (the last argument) occurs in any of the
///   haystacks before it, compared without case (Unicode, as QString::contains with
///   Qt::CaseInsensitive), else 0; NULL arguments give 0. Searching several columns this way
///   needs no concatenation, and a match never spans two of them. An ASCII needle is compared
///   byte by byte with ASCII haystacks (most user data), without converting anything.
///
/// Throws Failure(Internal) when the connection is not a SQLite one or registration fails.
void registerSqliteFunctions(SqlSession &session);

} // namespace gatehouse::local
