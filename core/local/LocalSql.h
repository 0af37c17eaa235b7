#pragma once

#include "sql/SqlMigrations.h"
#include "sql/SqlSession.h"

// The SQL plumbing (core/sql) as the local backend's code names it.

namespace gatehouse::local {

using sql::b2i;
using sql::Dialect;
using sql::Migration;
using sql::SqlSession;

} // namespace gatehouse::local
