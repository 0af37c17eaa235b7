#include "ConformanceTest.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace gatehouse::test {

void TestConformance::secretsLifecycle()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(ApplicationType::MachineToMachine)));

    AWAIT_OK(head, journalHead());
    AWAIT_OK(secret,
             backend().applications().createSecret(t.id, app.id, QStringLiteral("CI deploy"), std::nullopt));
    QCOMPARE(secret.name, QStringLiteral("CI deploy"));
    QCOMPARE(secret.applicationId, app.id);
    QVERIFY2(secret.value.size() >= minSecretLength(), qPrintable(QString::number(secret.value.size())));
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QVERIFY(base64url.match(secret.value).hasMatch());
    QVERIFY(secret.value != app.secret);
    QVERIFY(secret.createdAt > 0);
    QString journal = checkJournal(head, {{QStringLiteral("application.secret.create"), app.id}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));

    AWAIT_OK(listed, backend().applications().secrets(t.id, app.id));
    QCOMPARE(listed.size(), 2);
    const auto ci = std::find_if(listed.begin(), listed.end(), [](const ApplicationSecret &s) {
        return s.name == QLatin1String("CI deploy");
    });
    QVERIFY(ci != listed.end());
    QVERIFY(ci->value.isEmpty());
    QVERIFY2(ci->maskedValue.endsWith(secret.value.right(4)), qPrintable(ci->maskedValue));
    QVERIFY(ci->maskedValue.size() < secret.value.size());
    QCOMPARE(ci->createdAt, secret.createdAt);

    AWAIT_OK(head2, journalHead());
    AWAIT_DONE(backend().applications().deleteSecret(t.id, app.id, QStringLiteral("CI deploy")));
    journal = checkJournal(head2, {{QStringLiteral("application.secret.delete"), app.id, true, false}});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    AWAIT_OK(afterDelete, backend().applications().secrets(t.id, app.id));
    QCOMPARE(afterDelete.size(), 1);
    QCOMPARE(afterDelete[0].name, QStringLiteral("Default secret"));

    EXPECT_ERROR(backend().applications().deleteSecret(t.id, app.id, QStringLiteral("CI deploy")),
                 ErrorCode::NotFound);
    EXPECT_ERROR(backend().applications().deleteSecret(t.id, app.id, QStringLiteral("never existed")),
                 ErrorCode::NotFound);
    // The name is free again.
    AWAIT_DONE(
        backend().applications().createSecret(t.id, app.id, QStringLiteral("CI deploy"), std::nullopt));
}

void TestConformance::secretExpiry()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(ApplicationType::Traditional)));
    const qint64 inAWeek = clock::nowMs() + 7LL * 86400 * 1000;
    AWAIT_OK(secret,
             backend().applications().createSecret(t.id, app.id, QStringLiteral("rotating"), inAWeek));
    QCOMPARE(secret.expiresAt, std::optional<qint64>(inAWeek));
    AWAIT_OK(listed, backend().applications().secrets(t.id, app.id));
    bool found = false;
    for (const ApplicationSecret &s : listed) {
        if (s.name == QLatin1String("rotating")) {
            QCOMPARE(s.expiresAt, std::optional<qint64>(inAWeek));
            found = true;
        }
    }
    QVERIFY(found);

    AWAIT_OK(head, journalHead());
    AWAIT_ERROR(
        past,
        backend().applications().createSecret(t.id, app.id, QStringLiteral("stale"), clock::nowMs() - 1000),
        ErrorCode::Validation);
    QCOMPARE(past.fields().value(0).field, QStringLiteral("expiresAt"));
    AWAIT_OK(after, backend().applications().secrets(t.id, app.id));
    QCOMPARE(after.size(), 2);
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
}

void TestConformance::secretDuplicateName()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(ApplicationType::MachineToMachine)));
    AWAIT_OK(other, backend().applications().create(t.id, appDraft(ApplicationType::MachineToMachine)));
    AWAIT_OK(head, journalHead());
    AWAIT_ERROR(
        dup,
        backend().applications().createSecret(t.id, app.id, QStringLiteral("Default secret"), std::nullopt),
        ErrorCode::AlreadyExists);
    QVERIFY(dup.message().contains(QStringLiteral("Default secret")));
    // Surrounding spaces do not make a different name.
    EXPECT_ERROR(
        backend().applications().createSecret(t.id, app.id, QStringLiteral(" Default secret "), std::nullopt),
        ErrorCode::AlreadyExists);
    const QString journal = checkJournal(head, {});
    QVERIFY2(journal.isEmpty(), qPrintable(journal));
    // Names are per application.
    AWAIT_DONE(
        backend().applications().createSecret(t.id, other.id, QStringLiteral("shared name"), std::nullopt));
    AWAIT_DONE(
        backend().applications().createSecret(t.id, app.id, QStringLiteral("shared name"), std::nullopt));
}

void TestConformance::secretOnPublicApplication_data()
{
    QTest::addColumn<ApplicationType>("type");
    for (ApplicationType type : allApplicationTypes()) {
        if (!applicationTypeHasSecrets(type))
            QTest::newRow(qPrintable(applicationTypeName(type))) << type;
    }
}

void TestConformance::secretOnPublicApplication()
{
    QFETCH(ApplicationType, type);
    if (!backend().capabilities().applicationTypes.contains(type))
        QSKIP("creating applications of this type is not a capability of this backend");
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(type)));
    AWAIT_ERROR(refused,
                backend().applications().createSecret(t.id, app.id, QStringLiteral("s"), std::nullopt),
                ErrorCode::Validation);
    QVERIFY(!refused.fields().isEmpty());
    AWAIT_OK(none, backend().applications().secrets(t.id, app.id));
    QVERIFY(none.isEmpty());
}

void TestConformance::secretValidation()
{
    AWAIT_OK(t, makeTenant(QStringLiteral("Acme")));
    const ApplicationType type =
        backend().capabilities().applicationTypes.contains(ApplicationType::Protected)
            ? ApplicationType::Protected
            : ApplicationType::Traditional;
    AWAIT_OK(app, backend().applications().create(t.id, appDraft(type)));
    AWAIT_ERROR(blank,
                backend().applications().createSecret(t.id, app.id, QStringLiteral("  "), std::nullopt),
                ErrorCode::Validation);
    QCOMPARE(blank.fields().value(0).field, QStringLiteral("name"));
    EXPECT_ERROR(
        backend().applications().createSecret(t.id, app.id, QString(129, QLatin1Char('s')), std::nullopt),
        ErrorCode::Validation);
    EXPECT_ERROR(
        backend().applications().createSecret(t.id, app.id, QStringLiteral("tab\u0001"), std::nullopt),
        ErrorCode::Validation);
    AWAIT_OK(listed, backend().applications().secrets(t.id, app.id));
    QCOMPARE(listed.size(), 1);
}

} // namespace gatehouse::test
