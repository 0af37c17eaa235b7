#pragma once

// Helpers shared by the "user" command tests (tst_cliusers.cpp, tst_cliuserimport.cpp).
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace gatehouse::test::users {

inline QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// bcrypt (cost 4) of "password123".
inline const QByteArray bcryptDigest =
    QByteArrayLiteral("$2b$04$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i");

inline QString writeFile(const CliRunner &cli, const QString &name, const QByteArray &content)
{
    const QString path = cli.dir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        QTest::qFail(qPrintable(QStringLiteral("cannot write ") + path), __FILE__, __LINE__);
    return path;
}

inline qint64 userCount(const CliRunner &cli)
{
    const CliResult count = cli.run(words("--json user list --count"));
    if (count.exitCode != 0)
        QTest::qFail(count.describe().constData(), __FILE__, __LINE__);
    return qint64(count.json().object().value(QStringLiteral("total")).toDouble(-1));
}

/// The id of the only user whose list entry matches `search`.
inline QString userId(const CliRunner &cli, const QString &search)
{
    const CliResult list = cli.run(words("--json user list --search") << search);
    const QJsonArray users = list.json().array();
    if (list.exitCode != 0 || users.size() != 1) {
        QTest::qFail(QByteArray("expected one user for " + search.toUtf8() + list.describe()).constData(),
                     __FILE__, __LINE__);
        return {};
    }
    return users.first().toObject().value(QStringLiteral("id")).toString();
}

inline QStringList field(const QJsonArray &array, const char *key)
{
    QStringList values;
    for (const QJsonValue &v : array)
        values.append(v.toObject().value(QLatin1String(key)).toString());
    return values;
}

inline QJsonArray journal(const CliRunner &cli)
{
    return cli.run(words("--json journal list --limit 20")).json().array();
}

inline QJsonObject journalEntry(const CliRunner &cli, const QString &action)
{
    for (const QJsonValue &e : journal(cli)) {
        if (e.toObject().value(QStringLiteral("action")).toString() == action)
            return e.toObject();
    }
    return {};
}

inline const QByteArray csvHeader = "username,primaryEmail,primaryPhone,name\n";

} // namespace gatehouse::test::users
