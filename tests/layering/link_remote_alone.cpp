// Links gatehouse-remote and nothing of the local backend or the SQL plumbing: the connection's
// journal is whatever JournalStore it is given, here one in memory. If the remote backend
// referred to any local or SQL symbol, this program would not link.

#include "remote/RemoteBackend.h"

#include <QCoreApplication>

namespace {
class MemoryJournal final : public gatehouse::JournalStore
{
public:
    gatehouse::Future<gatehouse::Done> open() override { return gatehouse::readyFuture<gatehouse::Done>({}); }
    void setDeclaredOperator(const QString &) override {}
    void setSeal(const gatehouse::JournalSeal &) override {}
    gatehouse::Future<gatehouse::Done> append(const gatehouse::JournalDraft &draft) override
    {
        drafts.append(draft);
        return gatehouse::readyFuture<gatehouse::Done>({});
    }
    gatehouse::Future<QList<gatehouse::JournalEntry>> list(const gatehouse::JournalQuery &) override
    {
        return gatehouse::readyFuture<QList<gatehouse::JournalEntry>>(QList<gatehouse::JournalEntry>{});
    }
    gatehouse::Future<gatehouse::JournalVerifyReport> verify() override
    {
        return gatehouse::readyFuture<gatehouse::JournalVerifyReport>(gatehouse::JournalVerifyReport{});
    }
    QString location() const override { return QStringLiteral("memory"); }
    QList<gatehouse::JournalDraft> drafts;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    gatehouse::WorkspaceSpec spec;
    spec.kind = gatehouse::WorkspaceSpec::Kind::Logto;
    spec.endpoint = QStringLiteral("https://auth.example.invalid");
    spec.logtoTenant = QStringLiteral("default");
    gatehouse::remote::RemoteBackend backend(spec, std::make_unique<MemoryJournal>());
    // Not opened: every area answers Unavailable without touching the network.
    auto tenants = backend.tenants().list();
    tenants.waitForFinished();
    const bool unavailable =
        !tenants.result().ok() && tenants.result().error().code() == gatehouse::ErrorCode::Unavailable;
    return unavailable && !backend.capabilities().tenantManagement ? 0 : 1;
}
