// What Gatehouse writes to disk is its owner's only, and a CSV meant for a spreadsheet cannot
// run formulas: workspace files (with their -wal and -shm), exports and reports are created 0600
// whatever the umask says, and a spreadsheet-safe export writes cells that start with = + - @,
// a tab or a carriage return as text — while the default export stays exact for machines.

#include "TestSupport.h"
#include "io/UserExport.h"
#include "io/UserExportWriter.h"
#include "util/PrivateFiles.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

/// The permission bits of `path` (e.g. 0600), or -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray csvCell(const QByteArray &field, bool safe)
{
    QByteArray out;
    appendCsvField(out, field, safe);
    return out;
}

} // namespace

class TestExportSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void formulaCellsAreNeutralised_data();
    void formulaCellsAreNeutralised();
    void workspaceFilesAreOwnersOnly();
    void exportsAreOwnersOnlyAndSafeWhenAsked();
    void existingTargetsAreTightened();

private:
    mode_t m_umask = 0;
    QTemporaryDir m_dir;
};

void TestExportSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A common, permissive umask: without the fix every file below would be 0644.
    m_umask = ::umask(022);
}

void TestExportSafety::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestExportSafety::formulaCellsAreNeutralised_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("safe");
    QTest::addColumn<QByteArray>("exact");
    QTest::newRow("hyperlink") << QByteArray("=HYPERLINK(\"http://evil.example\",\"Click\")")
                               << QByteArray("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"")
                               << QByteArray("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
    QTest::newRow("plus") << QByteArray("+49 30 1234") << QByteArray("'+49 30 1234")
                          << QByteArray("+49 30 1234");
    QTest::newRow("minus") << QByteArray("-2+3") << QByteArray("'-2+3") << QByteArray("-2+3");
    QTest::newRow("at") << QByteArray("@SUM(A1)") << QByteArray("'@SUM(A1)") << QByteArray("@SUM(A1)");
    QTest::newRow("tab") << QByteArray("\t=1") << QByteArray("'\t=1") << QByteArray("\t=1");
    QTest::newRow("carriage return") << QByteArray("\r=1") << QByteArray("\"'\r=1\"")
                                     << QByteArray("\"\r=1\"");
    QTest::newRow("plain") << QByteArray("Ada Lovelace") << QByteArray("Ada Lovelace")
                           << QByteArray("Ada Lovelace");
    QTest::newRow("inner equals") << QByteArray("a=b") << QByteArray("a=b") << QByteArray("a=b");
    QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray();
}

void TestExportSafety::formulaCellsAreNeutralised()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, safe);
    QFETCH(QByteArray, exact);
    QCOMPARE(csvCell(field, true), safe);
    QCOMPARE(csvCell(field, false), exact);
}

void TestExportSafety::workspaceFilesAreOwnersOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("private.sqlite"));
    QString error;
    std::unique_ptr<Backend> backend = test::openBackend(path, &error);
    QVERIFY2(backend, qPrintable(error));
    Tenant tenant;
    tenant.name = QStringLiteral("Private");
    GH_VERIFY_OK(await(backend->tenants().create(tenant))); // writes the WAL
    for (const QString &file :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QCOMPARE(QString::number(modeOf(file), 8), QStringLiteral("600"));
}

void TestExportSafety::exportsAreOwnersOnlyAndSafeWhenAsked()
{
    QString error;
    std::unique_ptr<Backend> backend =
        test::openBackend(m_dir.filePath(QStringLiteral("export.sqlite")), &error);
    QVERIFY2(backend, qPrintable(error));
    Tenant tenant;
    tenant.name = QStringLiteral("Exports");
    const Result<Tenant> t = await(backend->tenants().create(tenant));
    GH_VERIFY_OK(t);
    User draft;
    draft.username = QStringLiteral("mallory");
    draft.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
    draft.primaryPhone = QStringLiteral("+4930123456");
    GH_VERIFY_OK(await(backend->users().create(t->id, draft, QString())));

    ExportOptions options;
    const QString exact = m_dir.filePath(QStringLiteral("exact.csv"));
    Result<ExportReport> report =
        await(backend->users().exportUsers(t->id, UserQuery{}, exact, options, nullptr));
    GH_VERIFY_OK(report);
    QVERIFY(!report->spreadsheetSafe);
    QCOMPARE(QString::number(modeOf(exact), 8), QStringLiteral("600"));
    QFile exactFile(exact);
    QVERIFY(exactFile.open(QIODevice::ReadOnly));
    const QByteArray exactText = exactFile.readAll();
    QVERIFY2(exactText.contains("\"=HYPERLINK("), exactText.constData());
    QVERIFY(exactText.contains(",+4930123456,"));

    options.spreadsheetSafe = true;
    const QString safe = m_dir.filePath(QStringLiteral("safe.csv"));
    report = await(backend->users().exportUsers(t->id, UserQuery{}, safe, options, nullptr));
    GH_VERIFY_OK(report);
    QVERIFY(report->spreadsheetSafe);
    QCOMPARE(QString::number(modeOf(safe), 8), QStringLiteral("600"));
    QFile safeFile(safe);
    QVERIFY(safeFile.open(QIODevice::ReadOnly));
    const QByteArray safeText = safeFile.readAll();
    QVERIFY2(safeText.contains("\"'=HYPERLINK("), safeText.constData());
    QVERIFY(safeText.contains(",'+4930123456,"));
    QVERIFY(!safeText.contains(",=") && !safeText.contains("\"="));
}

void TestExportSafety::existingTargetsAreTightened()
{
    const QString path = m_dir.filePath(QStringLiteral("report.txt"));
    {
        QFile loose(path);
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.write("old");
    }
    QCOMPARE(QString::number(modeOf(path), 8), QStringLiteral("644"));
    QSaveFile file(path);
    QVERIFY2(privatefiles::openForWriting(file), qPrintable(file.errorString()));
    QVERIFY(file.write("new report\n") > 0);
    QVERIFY(file.commit());
    QCOMPARE(QString::number(modeOf(path), 8), QStringLiteral("600"));
    // A plain QFile (the console's "Save report…") too.
    const QString plain = m_dir.filePath(QStringLiteral("plain.txt"));
    QFile second(plain);
    QVERIFY(privatefiles::openForWriting(second));
    second.close();
    QCOMPARE(QString::number(modeOf(plain), 8), QStringLiteral("600"));
}

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
