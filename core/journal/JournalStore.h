#pragma once

#include "backend/Backend.h"

#include <QJsonValue>
#include <QString>

namespace gatehouse {

/// One change to record. The store adds the sequence number, the time, the operator and the
/// chain (see JournalChain.h).
struct JournalDraft
{
    QString tenantId;
    QString action;     ///< "application.create", …
    QString targetType; ///< "application", …
    QString targetId;
    QJsonValue before; ///< secrets already redacted
    QJsonValue after;
    QString reason;
};

/// A journal of its own, for changes made somewhere that keeps none: a Logto server records no
/// Management API changes, so a connection records them on this machine. Same contract as the
/// Backend areas: every call returns at once, every future finishes exactly once (possibly on
/// the store's own thread).
class JournalStore : public JournalApi
{
public:
    /// Opens the store, creating it (and its folder) if needed. Call once, before anything else.
    virtual Future<Done> open() = 0;
    /// A name the operator declared for themselves, recorded next to the established operator
    /// (the OS account) in the entries appended from now on; empty for none.
    virtual void setDeclaredOperator(const QString &name) = 0;
    /// What entries are sealed and verified with from now on (see JournalSeal.h).
    virtual void setSeal(const JournalSeal &seal) = 0;
    /// Appends one entry, in a transaction of its own.
    virtual Future<Done> append(const JournalDraft &draft) = 0;
    /// Where the entries are kept, for messages (a file path).
    virtual QString location() const = 0;
};

} // namespace gatehouse
