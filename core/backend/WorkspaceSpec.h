#pragma once

#include "backend/Result.h"

#include <QString>

namespace gatehouse {

/// Where a workspace lives, parsed from what a person types or passes to --workspace:
///  - a file path (SQLite; created on first open), or
///  - postgres://user[:password]@host[:port]/database[?sslmode=require] (PostgreSQL), or
///  - logto+https://host[:port][/prefix][?tenant=ID&tag=development&ca=/path/ca.pem] (a Logto server's
///  Management
///    API; logto+http:// only for loopback hosts). The client id and secret are not part of the
///    URL: they come from the keychain entry of the connection or from GATEHOUSE_CLIENT_ID /
///    GATEHOUSE_CLIENT_SECRET (see remote/Credentials.h).
/// A password in a postgres URL is accepted for scripts and tests; the GUI keeps it in the keychain.
struct WorkspaceSpec
{
    enum class Kind { Sqlite, Postgres, Logto };

    Kind kind = Kind::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< never printed, never stored in settings
    QString sslMode;  ///< libpq sslmode as given; empty: see effectiveSslMode()

    // Logto connections
    QString endpoint;     ///< "https://auth.example.com" (scheme, host, port, optional path prefix; no /api)
    QString logtoTenant;  ///< "default" on self-hosted servers; the tenant id on Logto Cloud
    QString caFile;       ///< extra trusted CA certificates (PEM), empty = system trust store only
    QString clientId;     ///< machine-to-machine app id; not part of the URL
    QString clientSecret; ///< never printed, never stored in settings; kept in the keychain
    /// How the connection's tenant is tagged (`tag=development|production` in the address;
    /// production unless said otherwise, so destructive actions ask first).
    bool production = true;

    bool isRemote() const { return kind == Kind::Logto; }

    static Result<WorkspaceSpec> parse(const QString &text);
    /// The default workspace: workspace.sqlite under QStandardPaths::AppDataLocation.
    static WorkspaceSpec defaultWorkspace();

    /// For status bars and settings: the path, or the URL without the password.
    /// The sslmode a PostgreSQL connection uses: as given, else "verify-full" for a server on
    /// another machine (the certificate is checked against ~/.postgresql/root.crt and the host
    /// name) and libpq's default for one on this machine.
    QString effectiveSslMode() const;
    /// Whether the connection to a server on another machine was asked to check less than
    /// verify-full (the operator is warned).
    bool weakerThanVerifyFull() const;
    /// The warning for that, the same words in the GUI and on the command line; empty when the
    /// connection checks the server's identity.
    QString tlsWarning() const;
    QString displayLocation() const;
    /// Why a Logto connection may not be reached the way it is given; empty when it may. Plain
    /// http only to a host that is this machine by its form (localhost, 127.x.y.z, [::1]) and
    /// never for a Production connection. The same rule for the GUI, the command line and
    /// RemoteBackend::open().
    QString transportProblem() const;
    /// Account key for the keychain ("postgres://user@host:port/db",
    /// "logto+https://auth.example.com?tenant=default").
    /// Independent of the tag and CA file, so changing those keeps the stored secret.
    QString keychainAccount() const
    {
        return kind == Kind::Logto
                   ? QStringLiteral("logto+") + endpoint + QStringLiteral("?tenant=") + logtoTenant
                   : displayLocation();
    }
};

} // namespace gatehouse
