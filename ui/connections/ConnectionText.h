#pragma once

#include "backend/Backend.h"

#include <QCoreApplication>
#include <QString>

namespace gatehouse::ui {

struct ConnectionReport;

/// The words the GUI uses for connections, shared by the dialogs, the main window and the
/// status bar.
class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ui::ConnectionText)
public:
    /// "Connected to https://… (tenant default): 3 applications." plus what the connection cannot do.
    static QString testSucceeded(const QString &endpoint, const ConnectionReport &report);
    /// "The test failed: <message>" with the server's detail on its own line (plain text).
    static QString testFailed(const Error &error);
    /// Why a capability is missing, for tooltips: "Not available through a Logto connection: …".
    static QString unavailable(const QString &what);
    /// The list of what `capabilities` lacks, in words ("creating tenants, user filters, …").
    static QStringList missing(const Capabilities &capabilities);
    /// The production/development words for a tag.
    static QString tag(bool production);
};

} // namespace gatehouse::ui
