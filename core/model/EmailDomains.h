#pragma once

#include <QString>

namespace gatehouse::emaildomains {

/// Normalizes an email domain as typed by a person: trims, drops a leading '@', lowercases,
/// converts international names to ASCII (IDNA / punycode). Returns the normalized domain, or
/// an empty string with `*problem` set to a message a person understands ("… is not a valid
/// domain name: …") when it is not a valid hostname with at least two labels.
QString normalize(const QString &input, QString *problem);

/// The normalized domain part of an email address ("Alice@ACME.com" → "acme.com"); empty when
/// the address has no valid domain.
QString ofEmail(const QString &email);

/// True for the domains of public email providers (gmail.com, outlook.com, qq.com, …), read from
/// the one data file core/data/public-email-domains.txt. Claiming one for SSO or JIT is almost
/// always a mistake: callers warn (never refuse).
bool isPublicProvider(const QString &normalizedDomain);

} // namespace gatehouse::emaildomains
