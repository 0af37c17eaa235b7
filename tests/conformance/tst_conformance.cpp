#include "ConformanceTest.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace gatehouse::test {

TestConformance::TestConformance(BackendKind kind)
    : m_kind(kind)
{}

void TestConformance::initTestCase()
{
    bool mustRun = false;
    const QString reason = WorkspaceFixture::unavailableReason(m_kind, &mustRun);
    if (!reason.isEmpty()) {
        if (mustRun)
            QFAIL(qPrintable(reason));
        QSKIP(qPrintable(reason));
    }
    qInfo("backend under test: %s", qPrintable(backendKindName(m_kind)));
}

void TestConformance::init()
{
    m_fixture = std::make_unique<WorkspaceFixture>(m_kind);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QString error;
    m_backend = m_fixture->openBackend(&error);
    QVERIFY2(m_backend, qPrintable(error));
    m_backend->declareOperator(operatorName());
}

void TestConformance::cleanup()
{
    m_backend.reset();
    m_fixture.reset();
}

Tenant TestConformance::tenantDraft(const QString &name, TenantTag tag)
{
    Tenant t;
    t.name = name;
    t.tag = tag;
    return t;
}

Result<Tenant> TestConformance::makeTenant(const QString &name, TenantTag tag)
{
    Result<Tenant> tenant = testTenant(backend(), name, tag);
    if (!tenant.ok() || tenant->tag == tag || backend().capabilities().tenantManagement)
        return tenant;
    // The connection's tag is its tenant's: connect again with the tag the test needs.
    QString error;
    std::unique_ptr<Backend> reconnected = m_fixture->openBackend(&error, tag);
    if (!reconnected)
        return Error(ErrorCode::Unavailable, error);
    m_backend = std::move(reconnected);
    m_backend->declareOperator(operatorName());
    return testTenant(backend(), name, tag);
}

Application TestConformance::appDraft(ApplicationType type, const QString &name)
{
    Application a;
    a.name = name;
    a.type = type;
    if (applicationTypeUsesRedirects(type)) {
        a.redirectUris = {QStringLiteral("https://app.example.com/callback")};
        a.postLogoutRedirectUris = {QStringLiteral("https://app.example.com/")};
    }
    return a;
}

Resource TestConformance::resourceDraft(const QString &name, const QString &indicator)
{
    Resource r;
    r.name = name;
    r.indicator = indicator;
    return r;
}

Scope TestConformance::scopeDraft(const QString &resourceId, const QString &name)
{
    Scope s;
    s.resourceId = resourceId;
    s.name = name;
    return s;
}

Role TestConformance::roleDraft(const QString &name, RoleType type)
{
    Role r;
    r.name = name;
    r.type = type;
    if (backend().capabilities().roleDescriptionRequired)
        r.description = QStringLiteral("Role for tests");
    return r;
}

Result<qint64> TestConformance::journalHead()
{
    JournalQuery query;
    query.limit = 1;
    query.withRequests = true;
    const auto entries = await(backend().journal().list(query));
    if (!entries.ok())
        return entries.error();
    return entries->isEmpty() ? qint64(0) : entries->first().seq;
}

Result<QList<JournalEntry>> TestConformance::journalAfter(qint64 after, bool withRequests)
{
    QList<JournalEntry> out;
    JournalQuery query;
    query.limit = 500;
    query.withRequests = withRequests;
    for (;;) {
        const auto page = await(backend().journal().list(query));
        if (!page.ok())
            return page.error();
        for (const JournalEntry &e : page.value()) {
            if (e.seq <= after)
                break;
            out.prepend(e);
        }
        if (page->isEmpty() || page->constLast().seq <= after + 1)
            break;
        query.beforeSeq = page->constLast().seq;
    }
    return out;
}

QString TestConformance::checkJournal(qint64 after, const QList<ExpectedEntry> &expected)
{
    const auto all = journalAfter(after, true);
    if (!all.ok())
        return all.error().toString();
    QStringList actual;
    for (const JournalEntry &e : all.value())
        actual.append(e.action + QLatin1Char(' ') + e.targetId);
    const QString listing =
        QStringLiteral(" (journal: ") + actual.join(QStringLiteral(", ")) + QLatin1Char(')');
    // Contiguous, and the request entries in pairs: an intent, then its outcome.
    QList<JournalEntry> changes;
    QSet<QString> openRequests;
    for (qsizetype i = 0; i < all->size(); ++i) {
        const JournalEntry &e = all->at(i);
        if (e.seq != after + 1 + i)
            return QStringLiteral("entry %1 (%2): seq is not contiguous").arg(e.seq).arg(e.action) + listing;
        if (e.targetType != QLatin1String("request")) {
            changes.append(e);
        } else if (!backend().capabilities().journalsRequests) {
            return QStringLiteral("entry %1: a request entry from a backend that sends none").arg(e.seq) +
                   listing;
        } else if (e.action == QLatin1String("request.intent")) {
            openRequests.insert(e.targetId);
        } else if (e.action != QLatin1String("request.outcome") || !openRequests.remove(e.targetId)) {
            return QStringLiteral("entry %1 (%2): an outcome without its intent").arg(e.seq).arg(e.action) +
                   listing;
        }
    }
    if (!openRequests.isEmpty())
        return QStringLiteral("%1 request(s) without an outcome").arg(openRequests.size()) + listing;
    if (changes.size() != expected.size())
        return QStringLiteral("expected %1 new entries, found %2").arg(expected.size()).arg(changes.size()) +
               listing;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const JournalEntry &e = changes.at(i);
        const ExpectedEntry &x = expected[i];
        const QString where = QStringLiteral("entry %1 (%2): ").arg(e.seq).arg(e.action);
        if (e.action != x.action || e.targetId != x.targetId)
            return where + QStringLiteral("expected %1 %2").arg(x.action, x.targetId) + listing;
        if (e.before.isObject() != x.hasBefore || (!x.hasBefore && !e.before.isNull()))
            return where + QStringLiteral("unexpected before value");
        if (e.after.isObject() != x.hasAfter || (!x.hasAfter && !e.after.isNull()))
            return where + QStringLiteral("unexpected after value");
        // The workspace establishes the operator; the name the test declared only labels the
        // entry (a PostgreSQL login cannot declare one).
        if (e.operatorName != backend().operatorName())
            return where + QStringLiteral("operator is \"%1\"").arg(e.operatorName);
        const QString declared = m_kind == BackendKind::Postgres ? QString() : operatorName();
        if (e.declaredOperator != declared)
            return where + QStringLiteral("declared operator is \"%1\"").arg(e.declaredOperator);
        if (e.at <= 0 || e.hash.size() != 64 || e.prevHash.size() != 64)
            return where + QStringLiteral("time or hashes missing");
    }
    return {};
}

QString TestConformance::execSql(const QStringList &statements)
{
    QSqlDatabase db = fixture().sqlConnection();
    if (!db.isOpen())
        return db.lastError().text();
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return sql + QStringLiteral(": ") + q.lastError().text();
    }
    return {};
}

qint64 TestConformance::sqlCount(const QString &sql, const QVariantList &binds)
{
    QSqlDatabase db = fixture().sqlConnection();
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return -1;
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(static_cast<int>(i), binds[i]);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace gatehouse::test

int main(int argc, char **argv)
{
    QString error;
    const auto kind = gatehouse::test::backendKindFromArguments(argc, argv, &error);
    if (!kind) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    QCoreApplication app(argc, argv);
    gatehouse::test::TestConformance test(*kind);
    return QTest::qExec(&test, argc, argv);
}
