#pragma once

#include "model/LogEvent.h"

#include <optional>

namespace gatehouse {

/// What a support person asks first about someone who cannot sign in: when they last got in,
/// and what failed since.
struct SignInSummary
{
    std::optional<LogEvent> lastSuccess; ///< the newest completed sign-in
    int failuresSince = 0;               ///< failed sign-in steps after it (or among all, without one)
    std::optional<LogEvent> lastFailure; ///< the newest of those

    /// One line: "Last sign-in 3 days ago from 198.51.100.7 (Firefox on Linux); 4 failed
    /// attempts since, the last 10 minutes ago: Sign-in: wrong account or password."
    QString text(qint64 nowMs) const;
};

/// Reads `newestFirst` (a user's events, newest first). A completed sign-in is a successful
/// Interaction.SignIn.Submit, or an authorization-code exchange (what follows every sign-in of a
/// web or native application); a failed step is any Interaction.SignIn.* event with an error.
SignInSummary summarizeSignIns(const QList<LogEvent> &newestFirst);

/// "Firefox on Linux", "Safari on iOS", "curl"; empty when the user agent says nothing usable.
QString browserOf(const QString &userAgent);

/// "just now", "10 minutes ago", "3 hours ago", "3 days ago", "5 months ago".
QString ageText(qint64 ageMs);

} // namespace gatehouse
