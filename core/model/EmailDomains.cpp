#include "model/EmailDomains.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QUrl>

namespace gatehouse::emaildomains {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::emaildomains", text);
}

/// RFC 1035 limits: 63 octets per label, 253 for the whole name (without the root dot).
constexpr int maxLabelLength = 63;
constexpr int maxDomainLength = 253;

bool isLdh(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

/// Why `ace` (lowercase ASCII) is not a hostname with at least two labels; empty when it is.
QString hostnameProblem(const QString &ace)
{
    if (ace.size() > maxDomainLength)
        return tr("it is longer than %1 characters").arg(maxDomainLength);
    const QStringList labels = ace.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return tr("it needs at least two parts, like example.com");
    for (const QString &label : labels) {
        if (label.isEmpty())
            return tr("it has an empty part (two dots in a row, or a dot at the start)");
        if (label.size() > maxLabelLength)
            return tr("the part \"%1\" is longer than %2 characters").arg(label).arg(maxLabelLength);
        for (const QChar c : label) {
            if (!isLdh(c))
                return tr("\"%1\" is not allowed in a domain name (letters, digits and hyphens only)").arg(c);
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return tr("the part \"%1\" starts or ends with a hyphen").arg(label);
    }
    bool numeric = true;
    for (const QChar c : labels.last())
        numeric = numeric && c.isDigit();
    if (numeric)
        return tr("the last part must not be a number (IP addresses are not email domains)");
    return {};
}

QSet<QString> loadPublicProviders()
{
    QSet<QString> domains;
    QFile file(QStringLiteral(":/gatehouse/data/public-email-domains.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("gatehouse: the list of public email providers is missing from the build");
        return domains;
    }
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed().toLower();
        if (!line.isEmpty())
            domains.insert(line);
    }
    return domains;
}
} // namespace

QString normalize(const QString &input, QString *problem)
{
    const auto fail = [&](const QString &shown, const QString &why) {
        if (problem)
            *problem = tr("\"%1\" is not a valid domain name: %2").arg(shown, why);
        return QString();
    };
    QString domain = input.trimmed();
    if (domain.startsWith(QLatin1Char('@')))
        domain.remove(0, 1);
    // A fully qualified name may end with the root dot; the domain is the same without it.
    if (domain.endsWith(QLatin1Char('.')) && !domain.endsWith(QLatin1String("..")))
        domain.chop(1);
    if (domain.isEmpty())
        return fail(input.trimmed(), tr("it is empty"));
    if (domain.contains(QLatin1Char('@')))
        return fail(input.trimmed(), tr("enter only the part after '@'"));
    for (const QChar c : domain) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(domain, tr("it contains spaces or control characters"));
    }
    const QString lowered = domain.toLower();
    QString ace = lowered;
    bool ascii = true;
    for (const QChar c : lowered)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        // IDNA (nameprep + punycode); an empty answer means the name cannot be encoded.
        ace = QString::fromLatin1(QUrl::toAce(lowered));
        if (ace.isEmpty())
            return fail(domain, tr("it cannot be converted to an international domain name (IDNA)"));
        ace = ace.toLower();
        if (ace.endsWith(QLatin1Char('.')))
            ace.chop(1);
    }
    const QString why = hostnameProblem(ace);
    if (!why.isEmpty())
        return fail(domain, why);
    if (problem)
        problem->clear();
    return ace;
}

QString ofEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return {};
    QString problem;
    return normalize(trimmed.mid(at + 1), &problem);
}

bool isPublicProvider(const QString &normalizedDomain)
{
    static const QSet<QString> domains = loadPublicProviders();
    return domains.contains(normalizedDomain.toLower());
}

} // namespace gatehouse::emaildomains
