#pragma once

#include <QString>

namespace gatehouse::bench {

/// One generated user: deterministic for a given index, realistic in shape (names, mixed-case
/// emails at a few domains, E.164 phones, a pre-hashed bcrypt digest for some).
struct GeneratedUser
{
    QString id, username, email, phone, name, digest, algorithm;
    qint64 createdAt = 0, lastSignInAt = 0;
    bool suspended = false;
};

GeneratedUser generatedUser(qint64 index);

/// Writes `count` users as an import CSV; returns false on I/O errors.
bool writeUsersCsv(const QString &path, qint64 count);

/// The surnames, first names and email domains the generator draws from (lower case): search
/// terms of known frequency.
QStringList surnames();
QStringList firstNames();
QStringList emailDomains();

/// A substring a support person would paste for user `index` (part of an email, a username,
/// a phone fragment, a name, or a two-character prefix), for the search benchmark.
QString searchTermFor(qint64 index, int kind);

} // namespace gatehouse::bench
