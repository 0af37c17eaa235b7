#include "BenchData.h"

#include <QFile>
#include <array>

namespace gatehouse::bench {

namespace {
constexpr std::array<const char *, 24> firstNameList{
    "Alice", "Bob",  "Carol",   "Dave",   "Erin",   "Frank", "Grace",  "Heidi",
    "Ivan",  "Judy", "Mallory", "Niaj",   "Olivia", "Peggy", "Rupert", "Sybil",
    "Trent", "Uma",  "Victor",  "Walter", "Xena",   "Yusuf", "Zoe",    "Mei"};
constexpr std::array<const char *, 20> lastNames{
    "Smith",  "Jones",   "Garcia", "Miller", "Davis",  "Martinez", "Lopez",  "Wilson", "Moore", "Taylor",
    "Thomas", "Jackson", "Nguyen", "Kim",    "Müller", "Rossi",    "Dubois", "Silva",  "Novak", "Tanaka"};
constexpr std::array<const char *, 6> domains{"gmail.com",      "outlook.com", "acme.example",
                                              "globex.example", "yahoo.com",   "initech.example"};
constexpr char bcryptDigest[] = "$2b$04$abcdefghijklmnopqrstuuK7Sjs7rFYArh/ytIZsOeM/z4RV2Fw2i";

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

QString base36(quint64 v, int length)
{
    static constexpr char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString out(length, QLatin1Char('0'));
    for (int i = length - 1; i >= 0; --i) {
        out[i] = QLatin1Char(digits[v % 36]);
        v /= 36;
    }
    return out;
}

QByteArray csvField(const QString &s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"'))
        return '"' + b.replace("\"", "\"\"") + '"';
    return b;
}
} // namespace

GeneratedUser generatedUser(qint64 index)
{
    const quint64 h = mix(static_cast<quint64>(index) + 0x9e3779b97f4a7c15ULL);
    GeneratedUser u;
    u.id = base36(mix(h), 12);
    const QString first = QString::fromUtf8(firstNameList[h % firstNameList.size()]);
    const QString last = QString::fromUtf8(lastNames[(h >> 8) % lastNames.size()]);
    u.name = first + QLatin1Char(' ') + last;
    u.username = first.toLower() + QLatin1Char('_') + QString::number(index);
    const QString domain = QLatin1String(domains[(h >> 16) % domains.size()]);
    u.email = first + QLatin1Char('.') + QString(last).replace(QStringLiteral("ü"), QStringLiteral("ue")) +
              QString::number(index) + QLatin1Char('@') + domain;
    u.phone = QStringLiteral("+1 555 %1 %2")
                  .arg(index / 10000 % 1000, 3, 10, QLatin1Char('0'))
                  .arg(index % 10000, 4, 10, QLatin1Char('0'));
    if (index % 3 != 0) {
        u.digest = QLatin1String(bcryptDigest);
        u.algorithm = QStringLiteral("Bcrypt");
    }
    u.createdAt = 1600000000000LL + index * 60000LL + static_cast<qint64>(h % 60000);
    u.lastSignInAt = (h >> 24) % 4 == 0 ? 0 : u.createdAt + static_cast<qint64>((h >> 32) % 100000000);
    u.suspended = (h >> 40) % 97 == 0;
    return u;
}

bool writeUsersCsv(const QString &path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray buffer =
        "id,username,primaryEmail,primaryPhone,name,passwordDigest,passwordAlgorithm,isSuspended,"
        "createdAt,lastSignInAt\n";
    for (qint64 i = 0; i < count; ++i) {
        const GeneratedUser u = generatedUser(i);
        buffer += u.id.toLatin1() + ',' + csvField(u.username) + ',' + csvField(u.email) + ',' +
                  csvField(u.phone) + ',' + csvField(u.name) + ',' + u.digest.toLatin1() + ',' +
                  u.algorithm.toLatin1() + ',' + (u.suspended ? "true" : "false") + ',' +
                  QByteArray::number(u.createdAt) + ',' +
                  (u.lastSignInAt ? QByteArray::number(u.lastSignInAt) : QByteArray()) + '\n';
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size() && file.flush();
}

namespace {
template <std::size_t N>
QStringList lowered(const std::array<const char *, N> &words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w).toLower();
    return out;
}
} // namespace

QStringList surnames()
{
    return lowered(lastNames);
}

QStringList firstNames()
{
    return lowered(firstNameList);
}

QStringList emailDomains()
{
    return lowered(domains);
}

QString searchTermFor(qint64 index, int kind)
{
    const GeneratedUser u = generatedUser(index);
    switch (kind % 6) {
    case 0: // the middle of an email, as pasted from a ticket
        return u.email.mid(2, qMin<qsizetype>(12, u.email.indexOf(QLatin1Char('@')) + 3)).toLower();
    case 1: // a whole email in odd case
        return u.email.toUpper();
    case 2: // a username
        return u.username;
    case 3: // the last digits of a phone number
        return u.phone.right(9);
    case 4: // part of the id
        return u.id.mid(3, 6);
    default: // a two-character prefix (served by the prefix indexes)
        return u.username.left(2);
    }
}

} // namespace gatehouse::bench
