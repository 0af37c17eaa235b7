#pragma once

#include "journal/JournalStore.h"

#include <memory>

namespace gatehouse::sql {

class SqlConnection;

/// A JournalStore in a SQLite file of its own (tables as a workspace's journal; its own
/// migration ledger, so files written as whole workspaces by earlier versions open too).
/// Runs on a thread of its own; see SqlConnection.
class SqlJournalStore final : public JournalStore
{
public:
    explicit SqlJournalStore(QString path);
    ~SqlJournalStore() override;

    Future<Done> open() override;
    void setDeclaredOperator(const QString &name) override;
    void setSeal(const JournalSeal &seal) override;
    Future<Done> append(const JournalDraft &draft) override;
    Future<QList<JournalEntry>> list(const JournalQuery &query) override;
    Future<JournalVerifyReport> verify() override;
    QString location() const override { return m_path; }

private:
    QString m_path;
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace gatehouse::sql
