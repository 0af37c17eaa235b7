#include "model/LogtoJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace gatehouse;

namespace {
QJsonValue loadSample(const char *name)
{
    QFile file(QStringLiteral(GATEHOUSE_LOGTO_SAMPLES "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

QJsonObject firstObject(const char *name)
{
    const QJsonValue v = loadSample(name);
    return v.isArray() ? v.toArray().first().toObject() : v.toObject();
}

QSet<QString> keys(const QJsonObject &o)
{
    const QStringList list = o.keys();
    return QSet<QString>(list.begin(), list.end());
}

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

/// A JSON type name; numbers and null-or-string compare as Logto sends them.
QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

Application sampleApplication()
{
    Application a;
    a.id = QStringLiteral("ev4rb8gtt9i8lasmhvfnj");
    a.tenantId = QStringLiteral("default");
    a.name = QStringLiteral("Second M2M");
    a.description = QStringLiteral("created via API");
    a.type = ApplicationType::MachineToMachine;
    a.createdAt = 1795838952261;
    return a;
}

/// JSON written with single quotes for readability.
QJsonObject jsonObject(QByteArray text)
{
    return QJsonDocument::fromJson(text.replace('\'', '"')).object();
}

QString fieldNames(const Error &e)
{
    QStringList names;
    for (const FieldError &f : e.fields())
        names.append(f.field);
    return names.join(QLatin1Char(','));
}

// Property names of the Management API schemas (Logto 1.37.1 OpenAPI document).
const QSet<QString> logtoCustomClientMetadata{
    QStringLiteral("allowTokenExchange"), QStringLiteral("alwaysIssueRefreshToken"),
    QStringLiteral("corsAllowedOrigins"), QStringLiteral("idTokenTtl"),
    QStringLiteral("refreshTokenTtl"),    QStringLiteral("refreshTokenTtlInDays"),
    QStringLiteral("rotateRefreshToken"), QStringLiteral("tenantId")};
const QSet<QString> logtoScope{QStringLiteral("tenantId"),    QStringLiteral("id"),
                               QStringLiteral("resourceId"),  QStringLiteral("name"),
                               QStringLiteral("description"), QStringLiteral("createdAt")};
} // namespace

/// Gatehouse's JSON against real Logto responses (tests/unit/data/logto).
class TestLogtoJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesPresent()
    {
        QVERIFY(!firstObject("app_create.json").isEmpty());
        QVERIFY(!firstObject("resources.json").isEmpty());
        QVERIFY(!firstObject("app_roles.json").isEmpty());
        QVERIFY(!firstObject("app_secrets.json").isEmpty());
    }

    void applicationShape()
    {
        const QJsonObject logto = firstObject("app_create.json");
        const QJsonObject ours = json::toJson(sampleApplication());
        // Every key we write exists in Logto's answer, with the same JSON type.
        const QSet<QString> extra = keys(ours) - keys(logto);
        QVERIFY2(extra.isEmpty(), qPrintable(sorted(extra).join(u',')));
        for (const QString &key : ours.keys())
            QCOMPARE(typeOf(ours.value(key)), typeOf(logto.value(key)));
        for (const char *key : {"id", "tenantId", "name", "type", "oidcClientMetadata",
                                "customClientMetadata", "isThirdParty", "createdAt"})
            QVERIFY2(ours.contains(QLatin1String(key)), key);
        QCOMPARE(keys(ours.value(QStringLiteral("oidcClientMetadata")).toObject()),
                 keys(logto.value(QStringLiteral("oidcClientMetadata")).toObject()));
        const QSet<QString> custom = keys(ours.value(QStringLiteral("customClientMetadata")).toObject());
        QVERIFY2((custom - logtoCustomClientMetadata).isEmpty(), qPrintable(sorted(custom).join(u',')));
        QCOMPARE(ours.value(QStringLiteral("createdAt")).toDouble(), 1795838952261.0);
        QCOMPARE(ours.value(QStringLiteral("type")).toString(), QStringLiteral("MachineToMachine"));
    }

    void applicationSecretOnlyWhenSet()
    {
        Application a = sampleApplication();
        QVERIFY(!json::toJson(a).contains(QStringLiteral("secret")));
        a.secret = QStringLiteral("s3cr3t-value-s3cr3t-value-s3cr3t-value-abcd");
        QCOMPARE(json::toJson(a).value(QStringLiteral("secret")).toString(), a.secret);
        const QJsonObject redacted = json::redacted(json::toJson(a));
        QCOMPARE(redacted.value(QStringLiteral("secret")).toString(), QStringLiteral("[redacted]"));
        QVERIFY(!QJsonDocument(redacted).toJson().contains(a.secret.toUtf8()));
        QVERIFY(!json::redacted(json::toJson(sampleApplication())).contains(QStringLiteral("secret")));
    }

    void applicationFromLogto_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("create answer") << QStringLiteral("app_create.json");
        QTest::newRow("list answer") << QStringLiteral("apps_list.json");
    }

    void applicationFromLogto()
    {
        QFETCH(QString, file);
        const QJsonObject logto = firstObject(file.toLatin1().constData());
        const Result<Application> parsed = json::applicationFromJson(logto);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->id, logto.value(QStringLiteral("id")).toString());
        QCOMPARE(parsed->name, logto.value(QStringLiteral("name")).toString());
        QCOMPARE(parsed->type, ApplicationType::MachineToMachine);
        QCOMPARE(parsed->tenantId, QStringLiteral("default"));
        QVERIFY(parsed->redirectUris.isEmpty());
        QVERIFY(!parsed->isThirdParty);
    }

    void applicationRoundTrip()
    {
        Application a = sampleApplication();
        a.type = ApplicationType::SPA;
        a.description = QStringLiteral("quote \" backslash \\ emoji \U0001F600");
        a.redirectUris = {QStringLiteral("https://app.example.com/cb"),
                          QStringLiteral("http://localhost/cb")};
        a.postLogoutRedirectUris = {QStringLiteral("https://app.example.com/bye")};
        a.corsAllowedOrigins = {QStringLiteral("https://app.example.com")};
        a.idTokenTtl = 600;
        a.refreshTokenTtlInDays = 30;
        a.rotateRefreshToken = false;
        a.alwaysIssueRefreshToken = true;
        a.isThirdParty = true;
        const Result<Application> back = json::applicationFromJson(json::toJson(a));
        QVERIFY(back.ok());
        QCOMPARE(back->id, a.id);
        QCOMPARE(back->description, a.description);
        QCOMPARE(back->type, a.type);
        QCOMPARE(back->redirectUris, a.redirectUris);
        QCOMPARE(back->postLogoutRedirectUris, a.postLogoutRedirectUris);
        QCOMPARE(back->corsAllowedOrigins, a.corsAllowedOrigins);
        QCOMPARE(back->idTokenTtl, a.idTokenTtl);
        QCOMPARE(back->refreshTokenTtlInDays, a.refreshTokenTtlInDays);
        QCOMPARE(back->rotateRefreshToken, a.rotateRefreshToken);
        QCOMPARE(back->alwaysIssueRefreshToken, a.alwaysIssueRefreshToken);
        QCOMPARE(back->isThirdParty, a.isThirdParty);
    }

    void applicationFromJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fields");
        QTest::newRow("name number") << QByteArray("{'name': 5}") << QStringLiteral("name");
        QTest::newRow("unknown type")
            << QByteArray("{'name': 'x', 'type': 'Robot'}") << QStringLiteral("type");
        QTest::newRow("redirectUris string")
            << QByteArray("{'oidcClientMetadata': {'redirectUris': 'https://x'}}")
            << QStringLiteral("oidcClientMetadata.redirectUris");
        QTest::newRow("redirectUris numbers") << QByteArray("{'oidcClientMetadata': {'redirectUris': [1]}}")
                                              << QStringLiteral("oidcClientMetadata.redirectUris");
        QTest::newRow("oidcClientMetadata not object")
            << QByteArray("{'oidcClientMetadata': 3}") << QStringLiteral("oidcClientMetadata");
        QTest::newRow("idTokenTtl fraction") << QByteArray("{'customClientMetadata': {'idTokenTtl': 1.5}}")
                                             << QStringLiteral("customClientMetadata.idTokenTtl");
        QTest::newRow("idTokenTtl huge") << QByteArray("{'customClientMetadata': {'idTokenTtl': 1e12}}")
                                         << QStringLiteral("customClientMetadata.idTokenTtl");
        QTest::newRow("rotate string")
            << QByteArray("{'customClientMetadata': {'rotateRefreshToken': 'yes'}}")
            << QStringLiteral("customClientMetadata.rotateRefreshToken");
        QTest::newRow("isThirdParty string")
            << QByteArray("{'isThirdParty': 'no'}") << QStringLiteral("isThirdParty");
        QTest::newRow("several") << QByteArray("{'name': [], 'type': 1, 'isThirdParty': 0}")
                                 << QStringLiteral("name,type,isThirdParty");
    }

    void applicationFromJsonErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fields);
        const Result<Application> parsed = json::applicationFromJson(jsonObject(text));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), ErrorCode::Validation);
        QStringList expected = fields.split(u',');
        QStringList actual = fieldNames(parsed.error()).split(u',');
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
        for (const FieldError &f : parsed.error().fields())
            QVERIFY(!f.message.isEmpty());
        QVERIFY(!parsed.error().message().isEmpty());
    }

    void resourceShape()
    {
        const QJsonObject logto = firstObject("resources.json");
        Resource r;
        r.tenantId = QStringLiteral("default");
        r.id = QStringLiteral("management-api");
        r.name = QStringLiteral("Logto Management API");
        r.indicator = QStringLiteral("https://default.logto.app/api");
        const QJsonObject ours = json::toJson(r);
        QCOMPARE(sorted(keys(ours)), sorted(keys(logto)));
        QCOMPARE(ours, logto);

        const Result<Resource> parsed = json::resourceFromJson(logto);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->indicator, r.indicator);
        QCOMPARE(parsed->accessTokenTtl, 3600);
        QVERIFY(!parsed->isDefault);

        const Result<Resource> bad =
            json::resourceFromJson(jsonObject("{'indicator': 1, 'accessTokenTtl': '1h', 'isDefault': 'no'}"));
        QVERIFY(!bad.ok());
        QCOMPARE(fieldNames(bad.error()), QStringLiteral("indicator,accessTokenTtl,isDefault"));
    }

    void scopeShape()
    {
        Scope s;
        s.tenantId = QStringLiteral("default");
        s.id = QStringLiteral("s1");
        s.resourceId = QStringLiteral("r1");
        s.name = QStringLiteral("read:projects");
        const QJsonObject ours = json::toJson(s);
        QCOMPARE(sorted(keys(ours)), sorted(logtoScope));
        QVERIFY(ours.value(QStringLiteral("description")).isNull()); // nullable in Logto
        const Result<Scope> bad = json::scopeFromJson(jsonObject("{'name': false}"));
        QVERIFY(!bad.ok());
        QCOMPARE(fieldNames(bad.error()), QStringLiteral("name"));
    }

    void roleShape()
    {
        const QJsonObject logto = firstObject("app_roles.json");
        Role r;
        r.tenantId = QStringLiteral("default");
        r.id = QStringLiteral("w87ufxk3zbl5avrx5w4n2");
        r.name = QStringLiteral("Logto Management API access");
        r.description = QStringLiteral("This default role grants access to the Logto management API.");
        r.type = RoleType::MachineToMachine;
        const QJsonObject ours = json::toJson(r);
        QCOMPARE(sorted(keys(ours)), sorted(keys(logto)));
        QCOMPARE(ours, logto);

        // The role list carries extra counters; they are ignored when reading.
        const Result<Role> parsed = json::roleFromJson(firstObject("roles_m2m.json"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->type, RoleType::MachineToMachine);
        QCOMPARE(parsed->name, r.name);

        const Result<Role> bad = json::roleFromJson(jsonObject("{'name': 'x', 'type': 'Admin'}"));
        QVERIFY(!bad.ok());
        QCOMPARE(fieldNames(bad.error()), QStringLiteral("type"));
    }

    void secretShape()
    {
        const QJsonObject logto = firstObject("app_secrets.json");
        ApplicationSecret s;
        s.applicationId = QStringLiteral("ev4rb8gtt9i8lasmhvfnj");
        s.name = QStringLiteral("Default secret");
        s.value = QStringLiteral("mmeYwHbGL1jyN6FvT7q9aJVot6hxQ1rZ");
        s.createdAt = 1795838952266;
        QJsonObject ours = json::toJson(s);
        QVERIFY((keys(ours) - keys(logto)).isEmpty());
        QVERIFY(ours.value(QStringLiteral("expiresAt")).isNull());
        QCOMPARE(ours.value(QStringLiteral("value")), logto.value(QStringLiteral("value")));

        // A listed secret has no value, only the masked form.
        s.value.clear();
        s.maskedValue = QStringLiteral("\u2022\u2022\u2022\u2022Q1rZ");
        s.expiresAt = 1795838999999;
        ours = json::toJson(s);
        QVERIFY(!ours.contains(QStringLiteral("value")));
        QCOMPARE(ours.value(QStringLiteral("maskedValue")).toString(), s.maskedValue);
        QCOMPARE(ours.value(QStringLiteral("expiresAt")).toDouble(), 1795838999999.0);
    }

    void redactedKeepsShape()
    {
        const QJsonObject o{{QStringLiteral("name"), QStringLiteral("n")},
                            {QStringLiteral("value"), QStringLiteral("v")},
                            {QStringLiteral("password"), QStringLiteral("p")}};
        const QJsonObject r = json::redacted(o);
        QCOMPARE(r.value(QStringLiteral("name")).toString(), QStringLiteral("n"));
        QCOMPARE(r.value(QStringLiteral("value")).toString(), QStringLiteral("[redacted]"));
        QCOMPARE(r.value(QStringLiteral("password")).toString(), QStringLiteral("[redacted]"));
        QVERIFY(!r.contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestLogtoJson)
#include "tst_logtojson.moc"
