#pragma once

#include "model/Application.h"
#include "model/Resource.h"
#include "model/Role.h"
#include "model/Tenant.h"

#include <QSqlQuery>

namespace gatehouse::local::rows {

// Column lists and row readers shared by the local areas. A reader takes a query positioned on
// a row whose first columns are the matching list, in order.

inline constexpr char tenantColumns[] = "id, name, tag, created_at, version";
inline constexpr char applicationColumns[] =
    "tenant_id, id, name, description, type, redirect_uris, post_logout_redirect_uris, cors_allowed_origins, "
    "id_token_ttl, refresh_token_ttl_days, rotate_refresh_token, always_issue_refresh_token, is_third_party, "
    "created_at, version";
inline constexpr char resourceColumns[] =
    "tenant_id, id, name, indicator, access_token_ttl, is_default, created_at, version";
inline constexpr char scopeColumns[] = "tenant_id, id, resource_id, name, description, created_at";
inline constexpr char roleColumns[] =
    "tenant_id, id, name, description, type, is_default, created_at, version";

Tenant tenant(const QSqlQuery &q);
Application application(const QSqlQuery &q);
Resource resource(const QSqlQuery &q);
Scope scope(const QSqlQuery &q, int offset = 0);
Role role(const QSqlQuery &q);

/// JSON array text for list columns, and back.
QString listToText(const QStringList &list);
QStringList textToList(const QString &text);

/// "SELECT <columns> FROM <table> " as a QString.
QString select(const char *columns, const char *table);

} // namespace gatehouse::local::rows
