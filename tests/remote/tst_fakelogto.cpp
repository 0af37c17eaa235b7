// The test server itself: it must answer the way the recorded samples of a real Logto 1.37.1
// server show (shared/logto/samples), and check passwords without the product's code (known
// answers from independent sources). A fake that agrees with the product but not with Logto
// would let both be wrong together.

#include "FakeLogtoPasswords.h"
#include "RemoteTestHelpers.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

/// One recorded answer: the status, the media type and the body.
struct Sample
{
    int status = 0;
    QByteArray mediaType; ///< "application/json", "text/plain", or empty (no body)
    QByteArray body;
    bool totalNumber = false; ///< the answer carried Total-Number
};

QByteArray mediaTypeOf(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

std::optional<Sample> readSample(const QString &name)
{
    const QDir dir(QStringLiteral(GATEHOUSE_LOGTO_SAMPLES));
    QFile headers(dir.filePath(name + QStringLiteral(".headers")));
    if (!headers.open(QIODevice::ReadOnly))
        return std::nullopt;
    Sample s;
    const QList<QByteArray> lines = headers.readAll().split('\n');
    s.status = lines.value(0).split(' ').value(1).toInt();
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray key = line.left(colon).trimmed().toLower();
        if (key == "content-type")
            s.mediaType = mediaTypeOf(line.mid(colon + 1));
        else if (key == "total-number")
            s.totalNumber = true;
    }
    QFile body(dir.filePath(name + QStringLiteral(".json")));
    if (body.open(QIODevice::ReadOnly))
        s.body = body.readAll().trimmed();
    return s;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
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

/// Objects whose keys are the caller's (or the provider's) own, not the API's.
const QSet<QString> freeForm{QStringLiteral("customData"), QStringLiteral("profile"),
                             QStringLiteral("identities"), QStringLiteral("config"),
                             QStringLiteral("customClientMetadata")};

/// Where `fake` is shaped differently from `sample`: the same keys in every object, the same type
/// for every value (null stands for any type: a value that is not set), arrays compared by their
/// first elements.
void compareShape(const QJsonValue &sample, const QJsonValue &fake, const QString &path, QStringList *out)
{
    if (sample.isNull() || fake.isNull())
        return;
    if (sample.type() != fake.type()) {
        out->append(
            QStringLiteral("%1: %2 in the sample, %3 here").arg(path, typeName(sample), typeName(fake)));
        return;
    }
    if (sample.isArray()) {
        const QJsonArray a = sample.toArray();
        const QJsonArray b = fake.toArray();
        if (!a.isEmpty() && !b.isEmpty())
            compareShape(a.first(), b.first(), path + QStringLiteral("[0]"), out);
        return;
    }
    if (!sample.isObject() || freeForm.contains(path.section(QLatin1Char('.'), -1)))
        return;
    const QJsonObject a = sample.toObject();
    const QJsonObject b = fake.toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            out->append(QStringLiteral("%1.%2: missing here").arg(path, it.key()));
        else
            compareShape(it.value(), b.value(it.key()), path + QLatin1Char('.') + it.key(), out);
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            out->append(QStringLiteral("%1.%2: not in the sample").arg(path, it.key()));
    }
}

} // namespace

class TestFakeLogto : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime;
    std::unique_ptr<FakeLogto> m_logto;
    std::unique_ptr<RawClient> m_client;
    QByteArray m_token;
    QSet<QString> m_compared;

    RawReply call(const QByteArray &method, const QString &path, const QJsonValue &body = {})
    {
        QByteArray bytes;
        if (body.isObject())
            bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + m_token}};
        if (!bytes.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return m_client->send(method, QUrl(m_logto->endpoint() + path), bytes, headers);
    }

    /// `reply` against the sample `name`; returns the reply's JSON for the next steps.
    QJsonValue expectLike(const QString &name, const RawReply &reply)
    {
        m_compared.insert(name);
        const auto sample = readSample(name);
        if (!sample) {
            QTest::qFail(qPrintable(QStringLiteral("no sample %1").arg(name)), __FILE__, __LINE__);
            return {};
        }
        QStringList problems;
        if (reply.status != sample->status)
            problems.append(
                QStringLiteral("status %1, the sample has %2").arg(reply.status).arg(sample->status));
        const QByteArray mediaType = mediaTypeOf(reply.headers->rawHeader("Content-Type"));
        if (mediaType != sample->mediaType)
            problems.append(QStringLiteral("content type \"%1\", the sample has \"%2\"")
                                .arg(QString::fromLatin1(mediaType), QString::fromLatin1(sample->mediaType)));
        if (reply.headers->hasRawHeader("Total-Number") != sample->totalNumber)
            problems.append(sample->totalNumber ? QStringLiteral("no Total-Number")
                                                : QStringLiteral("a Total-Number the sample lacks"));
        QJsonValue json;
        if (sample->mediaType == "application/json") {
            const QJsonDocument expected = QJsonDocument::fromJson(sample->body);
            const QJsonDocument actual = QJsonDocument::fromJson(reply.body);
            const QJsonValue a =
                expected.isArray() ? QJsonValue(expected.array()) : QJsonValue(expected.object());
            json = actual.isArray() ? QJsonValue(actual.array()) : QJsonValue(actual.object());
            if (actual.isNull())
                problems.append(QStringLiteral("a body that is not JSON: ") +
                                QString::fromUtf8(reply.body.left(200)));
            else
                compareShape(a, json, QStringLiteral("$"), &problems);
            if (a.isArray() && !a.toArray().isEmpty() && json.toArray().isEmpty())
                problems.append(
                    QStringLiteral("an empty list where the sample has entries (nothing compared)"));
        } else if (reply.body.trimmed() != sample->body) {
            problems.append(
                QStringLiteral("body \"%1\", the sample has \"%2\"")
                    .arg(QString::fromUtf8(reply.body.left(200)), QString::fromUtf8(sample->body)));
        }
        if (!problems.isEmpty())
            QTest::qFail(qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral("; "))),
                         __FILE__, __LINE__);
        return json;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8()); }

    void init()
    {
        m_logto = std::make_unique<FakeLogto>();
        QVERIFY2(m_logto->start(), qPrintable(m_logto->error()));
        m_client = std::make_unique<RawClient>();
        m_token = m_client->token(*m_logto);
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_logto.reset();
    }

    /// The calls the samples were recorded with, in the same order, each answer compared with
    /// its sample; then every sample is accounted for.
    void answersLikeTheSamples()
    {
        // Users.
        expectLike(QStringLiteral("users_list"), call("GET", QStringLiteral("/api/users")));
        const QJsonObject alice =
            expectLike(QStringLiteral("users_create"),
                       call("POST", QStringLiteral("/api/users"),
                            QJsonObject{{QStringLiteral("username"), QStringLiteral("alice")},
                                        {QStringLiteral("primaryEmail"), QStringLiteral("alice@example.com")},
                                        {QStringLiteral("name"), QStringLiteral("Alice Example")},
                                        {QStringLiteral("password"), QStringLiteral("Alice-Password-1")}}))
                .toObject();
        const QString aliceId = alice.value(QLatin1String("id")).toString();
        QVERIFY(!aliceId.isEmpty());
        const QString alicePath = QStringLiteral("/api/users/") + aliceId;
        expectLike(QStringLiteral("user_get"), call("GET", alicePath));
        expectLike(QStringLiteral("user_patch"),
                   call("PATCH", alicePath,
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Alice Renamed")},
                                    {QStringLiteral("customData"),
                                     QJsonObject{{QStringLiteral("dept"), QStringLiteral("eng")}}}}));
        expectLike(QStringLiteral("user_suspend"), call("PATCH", alicePath + QStringLiteral("/is-suspended"),
                                                        QJsonObject{{QStringLiteral("isSuspended"), true}}));
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(call("POST", QStringLiteral("/api/users"),
                          QJsonObject{
                              {QStringLiteral("username"), QStringLiteral("user%1").arg(i)},
                              {QStringLiteral("primaryEmail"), QStringLiteral("user%1@example.com").arg(i)}})
                         .status,
                     200);
        }
        // users_p2.json has no recorded headers: its body only.
        m_compared.insert(QStringLiteral("users_p2"));
        {
            QFile file(
                QDir(QStringLiteral(GATEHOUSE_LOGTO_SAMPLES)).filePath(QStringLiteral("users_p2.json")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const RawReply page = call("GET", QStringLiteral("/api/users?page=2&page_size=2"));
            QCOMPARE(page.status, 200);
            QStringList problems;
            compareShape(QJsonDocument::fromJson(file.readAll()).array(),
                         QJsonDocument::fromJson(page.body).array(), QStringLiteral("$"), &problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        }

        // Organizations, their members and just-in-time provisioning.
        expectLike(QStringLiteral("orgs_list"), call("GET", QStringLiteral("/api/organizations")));
        const QString orgId =
            expectLike(QStringLiteral("orgs_create"),
                       call("POST", QStringLiteral("/api/organizations"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Acme")},
                                        {QStringLiteral("description"), QStringLiteral("Test org")}}))
                .toObject()
                .value(QLatin1String("id"))
                .toString();
        QVERIFY(!orgId.isEmpty());
        const QString orgPath = QStringLiteral("/api/organizations/") + orgId;
        expectLike(QStringLiteral("orgs_list2"), call("GET", QStringLiteral("/api/organizations")));
        expectLike(QStringLiteral("org_patch"),
                   call("PATCH", orgPath, QJsonObject{{QStringLiteral("isMfaRequired"), true}}));
        expectLike(QStringLiteral("orgs_q"), call("GET", QStringLiteral("/api/organizations?q=Acme")));
        expectLike(QStringLiteral("org_add_user"),
                   call("POST", orgPath + QStringLiteral("/users"),
                        QJsonObject{{QStringLiteral("userIds"), QJsonArray{aliceId}}}));
        expectLike(QStringLiteral("org_users"), call("GET", orgPath + QStringLiteral("/users")));
        expectLike(QStringLiteral("user_orgs"), call("GET", alicePath + QStringLiteral("/organizations")));
        expectLike(QStringLiteral("jit_domain_add"),
                   call("POST", orgPath + QStringLiteral("/jit/email-domains"),
                        QJsonObject{{QStringLiteral("emailDomain"), QStringLiteral("example.com")}}));
        expectLike(QStringLiteral("jit_domains"),
                   call("GET", orgPath + QStringLiteral("/jit/email-domains")));
        expectLike(
            QStringLiteral("jit_domains_put"),
            call("PUT", orgPath + QStringLiteral("/jit/email-domains"),
                 QJsonObject{{QStringLiteral("emailDomains"), QJsonArray{QStringLiteral("example.com")}}}));

        // Enterprise SSO.
        expectLike(QStringLiteral("sso_providers"),
                   call("GET", QStringLiteral("/api/sso-connector-providers")));
        expectLike(QStringLiteral("sso_list"), call("GET", QStringLiteral("/api/sso-connectors")));
        const QString ssoId =
            expectLike(
                QStringLiteral("sso_create"),
                call("POST", QStringLiteral("/api/sso-connectors"),
                     QJsonObject{{QStringLiteral("providerName"), QStringLiteral("OIDC")},
                                 {QStringLiteral("connectorName"), QStringLiteral("Test OIDC")},
                                 {QStringLiteral("domains"), QJsonArray{QStringLiteral("example.com")}}}))
                .toObject()
                .value(QLatin1String("id"))
                .toString();
        QVERIFY(!ssoId.isEmpty());
        expectLike(QStringLiteral("sso_get"), call("GET", QStringLiteral("/api/sso-connectors/") + ssoId));
        expectLike(QStringLiteral("sso_patch"),
                   call("PATCH", QStringLiteral("/api/sso-connectors/") + ssoId,
                        QJsonObject{{QStringLiteral("domains"), QJsonArray{QStringLiteral("example.com"),
                                                                           QStringLiteral("example.org")}}}));
        expectLike(QStringLiteral("jit_sso_add"),
                   call("POST", orgPath + QStringLiteral("/jit/sso-connectors"),
                        QJsonObject{{QStringLiteral("ssoConnectorIds"), QJsonArray{ssoId}}}));
        expectLike(QStringLiteral("jit_sso"), call("GET", orgPath + QStringLiteral("/jit/sso-connectors")));

        // The sign-in experience.
        expectLike(QStringLiteral("sie_get"), call("GET", QStringLiteral("/api/sign-in-exp")));
        expectLike(
            QStringLiteral("sie_patch_mfa"),
            call("PATCH", QStringLiteral("/api/sign-in-exp"),
                 QJsonObject{{QStringLiteral("mfa"),
                              QJsonObject{{QStringLiteral("factors"), QJsonArray{QStringLiteral("Totp")}},
                                          {QStringLiteral("policy"), QStringLiteral("UserControlled")}}}}));

        // Applications, roles and resources.
        QCOMPARE(
            call("POST", QStringLiteral("/api/roles"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Management API access")},
                             {QStringLiteral("description"), QStringLiteral("Grants the Management API.")},
                             {QStringLiteral("type"), QStringLiteral("MachineToMachine")}})
                .status,
            200);
        const QJsonObject role =
            QJsonDocument::fromJson(call("GET", QStringLiteral("/api/roles?type=MachineToMachine")).body)
                .array()
                .first()
                .toObject();
        QVERIFY(!role.isEmpty());
        const QString appId =
            expectLike(QStringLiteral("app_create"),
                       call("POST", QStringLiteral("/api/applications"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Second M2M")},
                                        {QStringLiteral("type"), QStringLiteral("MachineToMachine")},
                                        {QStringLiteral("description"), QStringLiteral("created via API")}}))
                .toObject()
                .value(QLatin1String("id"))
                .toString();
        QVERIFY(!appId.isEmpty());
        const QString appPath = QStringLiteral("/api/applications/") + appId;
        expectLike(QStringLiteral("apps_list"), call("GET", QStringLiteral("/api/applications")));
        expectLike(QStringLiteral("apps_list_paged"),
                   call("GET", QStringLiteral("/api/applications?page=1&page_size=5")));
        expectLike(QStringLiteral("app_secrets"), call("GET", appPath + QStringLiteral("/secrets")));
        expectLike(
            QStringLiteral("app_assign_role"),
            call("POST", appPath + QStringLiteral("/roles"),
                 QJsonObject{{QStringLiteral("roleIds"), QJsonArray{role.value(QLatin1String("id"))}}}));
        expectLike(QStringLiteral("app_roles"), call("GET", appPath + QStringLiteral("/roles")));
        expectLike(QStringLiteral("roles_m2m"),
                   call("GET", QStringLiteral("/api/roles?type=MachineToMachine")));
        QCOMPARE(
            call("POST", QStringLiteral("/api/resources"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Billing API")},
                             {QStringLiteral("indicator"), QStringLiteral("https://billing.example.com")}})
                .status,
            201); // management-openapi.json: POST /api/resources answers 201
        expectLike(QStringLiteral("resources"), call("GET", QStringLiteral("/api/resources")));

        // Deleting, twice; and a path no route serves.
        expectLike(QStringLiteral("user_delete"), call("DELETE", alicePath));
        expectLike(QStringLiteral("user_delete_again"), call("DELETE", alicePath));
        expectLike(QStringLiteral("tenants"), call("GET", QStringLiteral("/api/tenants")));

        // Every sample is either compared above or named here with the reason it is not.
        const QHash<QString, QString> notServed{
            {QStringLiteral("etag_check"),
             QStringLiteral("conditional requests: the product never sends them")},
            {QStringLiteral("log_get"), QStringLiteral("sign-in logs: the product never reads them")},
            {QStringLiteral("logs_list"), QStringLiteral("sign-in logs: the product never reads them")},
            {QStringLiteral("logs_filtered"), QStringLiteral("sign-in logs: the product never reads them")},
            {QStringLiteral("user_logs"), QStringLiteral("sign-in logs: the product never reads them")},
        };
        QSet<QString> all;
        for (const QString &file : QDir(QStringLiteral(GATEHOUSE_LOGTO_SAMPLES))
                                       .entryList({QStringLiteral("*.headers"), QStringLiteral("*.json")}))
            all.insert(file.section(QLatin1Char('.'), 0, 0));
        for (const QString &name : std::as_const(all))
            QVERIFY2(m_compared.contains(name) || notServed.contains(name),
                     qPrintable(QStringLiteral("sample %1 is neither compared nor explained").arg(name)));
        for (auto it = notServed.begin(); it != notServed.end(); ++it)
            QVERIFY2(all.contains(it.key()), qPrintable(it.key()));
    }

    /// Known answers from outside the product: Python 3's hashlib (plain and Legacy digests,
    /// PBKDF2), crypt_blowfish's test vectors (Openwall), `htpasswd -B` (Apache apr-util), the
    /// Argon2 reference README.
    void passwordsWithoutTheProduct_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("password");
        QTest::newRow("MD5") << QStringLiteral("MD5") << QStringLiteral("482c811da5d5b4bc6d497ffa98491e38")
                             << QStringLiteral("password123");
        QTest::newRow("SHA1") << QStringLiteral("SHA1")
                              << QStringLiteral("cbfdac6008f9cab4083784cbd1874f76618d2a97")
                              << QStringLiteral("password123");
        QTest::newRow("SHA256") << QStringLiteral("SHA256")
                                << QStringLiteral(
                                       "ef92b778bafe771e89245b89ecbc08a44a4e166c06659911881f383d4473e94f")
                                << QStringLiteral("password123");
        QTest::newRow("Bcrypt Openwall")
            << QStringLiteral("Bcrypt")
            << QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")
            << QStringLiteral("U*U");
        QTest::newRow("Bcrypt htpasswd")
            << QStringLiteral("Bcrypt")
            << QStringLiteral("$2y$04$DNQFJCTEOC8hwA/HpifcsOHdK9zFI/w1xXvUgyobykDXWw2NvmP9u")
            << QStringLiteral("p\u00e4ssw\u00f6rd\U0001F511");
        QTest::newRow("Argon2i README") << QStringLiteral("Argon2i")
                                        << QStringLiteral("$argon2i$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$"
                                                          "RdescudvJCsgt3ub+b+dWRWJTmaaJObG")
                                        << QStringLiteral("password");
        QTest::newRow("Legacy md5")
            << QStringLiteral("Legacy")
            << QStringLiteral("[\"md5\", [\"salt123\", \"@\"], \"6d19eb6c78af2c6d3e9f8157a555c45f\"]")
            << QStringLiteral("password123");
        QTest::newRow("Legacy sha1")
            << QStringLiteral("Legacy")
            << QStringLiteral("[\"sha1\", [\"@\", \"pepper\"], \"b26db2293f4f7af4aa75d8fa421ded645f049e60\"]")
            << QStringLiteral("password123");
        QTest::newRow("Legacy sha256 (Logto docs)")
            << QStringLiteral("Legacy")
            << QStringLiteral("[\"sha256\", [\"salt123\", \"@\"], "
                              "\"c465f66c6ac481a7a17e9ed5b4e2e7e7288d892f12bf1c95c140901e9a70436e\"]")
            << QStringLiteral("password123");
        QTest::newRow("Legacy pbkdf2")
            << QStringLiteral("Legacy")
            << QStringLiteral("[\"pbkdf2\", [\"salt\", \"1000\", \"20\", \"sha512\", \"@\"], "
                              "\"0ecb3c32f57685303ff0878481d223bc1a16eb13\"]")
            << QStringLiteral("password123");
    }

    void passwordsWithoutTheProduct()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, digest);
        QFETCH(QString, password);
        QVERIFY(fakelogto::isPasswordAlgorithm(algorithm));
        QVERIFY(fakelogto::passwordMatches(algorithm, digest, password));
        QVERIFY(!fakelogto::passwordMatches(algorithm, digest, password + QStringLiteral("x")));
        QVERIFY(!fakelogto::passwordMatches(algorithm, digest, QString()));
        // Logto's enum is spelled exactly: another case is not an algorithm.
        QVERIFY(!fakelogto::isPasswordAlgorithm(algorithm.toLower()));
        QVERIFY(!fakelogto::passwordMatches(algorithm.toLower(), digest, password));

        // Over HTTP: a user created with the digest verifies; the lower-case name is refused.
        QJsonObject body{{QStringLiteral("username"), QStringLiteral("migrated")},
                         {QStringLiteral("passwordDigest"), digest},
                         {QStringLiteral("passwordAlgorithm"), algorithm.toLower()}};
        const RawReply refused = call("POST", QStringLiteral("/api/users"), body);
        QCOMPARE(refused.status, 400);
        body.insert(QStringLiteral("passwordAlgorithm"), algorithm);
        const RawReply created = call("POST", QStringLiteral("/api/users"), body);
        QCOMPARE(created.status, 200);
        const QString id =
            QJsonDocument::fromJson(created.body).object().value(QLatin1String("id")).toString();
        const QString verify = QStringLiteral("/api/users/%1/password/verify").arg(id);
        QCOMPARE(call("POST", verify, QJsonObject{{QStringLiteral("password"), password}}).status, 204);
        QCOMPARE(call("POST", verify,
                      QJsonObject{{QStringLiteral("password"), QString(password + QStringLiteral("x"))}})
                     .status,
                 422);
    }

    void newPasswordsAreArgon2i()
    {
        const QString digest = fakelogto::hashNewPassword(QStringLiteral("correct horse"));
        QVERIFY2(digest.startsWith(QStringLiteral("$argon2i$v=19$")), qPrintable(digest));
        QVERIFY(
            fakelogto::passwordMatches(QStringLiteral("Argon2i"), digest, QStringLiteral("correct horse")));
        QVERIFY(
            !fakelogto::passwordMatches(QStringLiteral("Argon2id"), digest, QStringLiteral("correct horse")));
        QVERIFY(
            !fakelogto::passwordMatches(QStringLiteral("Argon2i"), digest, QStringLiteral("correct hors")));
    }
};

QTEST_GUILESS_MAIN(TestFakeLogto)
#include "tst_fakelogto.moc"
