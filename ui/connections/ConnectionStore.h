#pragma once

#include "backend/WorkspaceSpec.h"

#include <QList>
#include <QString>
#include <optional>

namespace gatehouse::ui {

/// A Logto connection as Gatehouse remembers it between runs: what a person named it and how to
/// reach the server. The client id is an identifier, not a secret, and is kept here so the
/// connection can be shown and edited without the keychain; the secret never is (see
/// ConnectionManager).
struct SavedConnection
{
    QString name;     ///< "Acme production"
    QString endpoint; ///< "https://auth.acme.example" (no /api)
    QString tenant = QStringLiteral("default");
    QString caFile; ///< extra trusted CA certificates (PEM), empty = system store
    bool production = true;
    QString clientId;

    /// The workspace address: logto+https://host?tenant=…[&tag=development][&ca=…].
    QString address() const;
    /// The parsed address (without credentials); an error when a field is malformed.
    Result<WorkspaceSpec> spec() const;
    /// What identifies the connection (and its keychain entry): endpoint and tenant.
    QString account() const;

    static SavedConnection fromSpec(const WorkspaceSpec &spec);
    friend bool operator==(const SavedConnection &, const SavedConnection &) = default;
};

/// The saved connections in QSettings ("connections/list"), in the order they were added.
/// Never a secret. Thread rule: UI thread only.
namespace connectionstore {

QList<SavedConnection> all();
/// The saved connection with the same account (endpoint + tenant) as `spec`.
std::optional<SavedConnection> find(const WorkspaceSpec &spec);
/// Adds `connection`, or replaces the one saved under `previousAccount` (or under its own account).
void save(const SavedConnection &connection, const QString &previousAccount = {});
void remove(const QString &account);
/// How the GUI names a connection: its saved name, else its host.
QString displayName(const WorkspaceSpec &spec);

} // namespace connectionstore
} // namespace gatehouse::ui
