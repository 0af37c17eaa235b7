#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace gatehouse {

/// One administrative change. `before`/`after` are Logto-shaped JSON with secrets redacted
/// (null when the object did not exist before / no longer exists after).
struct JournalEntry
{
    qint64 seq = 0; ///< 1, 2, 3, ... with no gaps
    qint64 at = 0;  ///< unix ms, UTC
    /// Who made the change, as the workspace established it (the database login on PostgreSQL,
    /// the OS account otherwise).
    QString operatorName;
    /// A name the operator gave themselves on a workspace file (--operator); empty otherwise.
    /// It labels the entry, it never replaces operatorName.
    QString declaredOperator;
    QString tenantId;   ///< empty for workspace-level actions
    QString action;     ///< "application.create", "role.scopes.grant", ...
    QString targetType; ///< "application", "role", ...
    QString targetId;
    QJsonValue before;
    QJsonValue after;
    QString reason;
    QString prevHash; ///< hex SHA-256 of the previous entry, 64 zeros for the first
    QString hash;     ///< hex SHA-256 over the canonical form of this entry (incl. prevHash)
    /// The seal (see JournalSeal.h): the id of the key that sealed the entry and the HMAC of its
    /// hash under that key; both empty for an entry written without a key.
    QString keyId;
    QString mac;
};

struct JournalQuery
{
    QString tenantId;
    QString targetId;
    qint64 beforeSeq = 0; ///< page backwards: only entries with seq < beforeSeq (0 = newest)
    int limit = 200;
    /// Also the entries that record requests to a Logto server (target type "request": one
    /// before a request is sent, one with its outcome after). Without it only the changes.
    bool withRequests = false;
    /// Who made the change: the operator the workspace established or the name one declared
    /// (exact match; empty = anyone).
    /// (The fields after withRequests have initializers so that brace lists naming only the
    /// fields before them stay complete.)
    QString operatorName = {};
    /// The action ("user.update"), or every action under a prefix ending in '.' ("user.",
    /// "role.scopes.").
    QString action = {};
    QString targetType = {}; ///< "user", "application", ... (empty = any)
    qint64 since = 0;        ///< unix ms, inclusive; 0 = no lower bound
    qint64 until = 0;        ///< unix ms, exclusive; 0 = no upper bound
};

/// A request to a Logto server that was recorded before it was sent and has no recorded outcome:
/// the console stopped (or is still waiting) in between, so the server may or may not have
/// carried it out.
struct JournalUnfinished
{
    qint64 seq = 0; ///< the entry that recorded the intent
    qint64 at = 0;
    QString operatorName;
    QString requests; ///< "PATCH /api/users/abc", "POST /api/users (37 requests)"
};

struct JournalProblem
{
    qint64 seq = 0; ///< the entry where the chain breaks
    /// "edited", "deleted", "reordered", "truncated", "rewritten" (departs from an anchor),
    /// "forged" (a seal that does not hold), "unsealed" (no seal where its operator sealed before)
    QString kind;
    QString message; ///< for a person
};

struct JournalVerifyReport
{
    qint64 entries = 0;
    QString headHash;
    QList<JournalProblem> problems; ///< empty = intact
    /// How far the seals were checked: entries whose seal held with a key held here, entries
    /// sealed with keys held elsewhere (not checked), entries written without a key.
    qint64 sealedChecked = 0;
    qint64 sealedElsewhere = 0;
    qint64 unsealed = 0;
    /// Whether this machine held a key (else only the unkeyed chain was checked), and why not.
    bool keyed = false;
    QString limitation;
    /// The anchor this machine keeps (0 when none): the entry it last sealed.
    qint64 anchorSeq = 0;
    /// Requests recorded as sent with no outcome after them (not a break in the chain), oldest
    /// first; at most 100 listed, unfinishedCount counts them all.
    QList<JournalUnfinished> unfinished;
    qint64 unfinishedCount = 0;
    bool intact() const { return problems.isEmpty(); }
};

} // namespace gatehouse
