#pragma once

#include "io/CsvReader.h"
#include "io/UserRecordReader.h"

namespace gatehouse {

/// Reads users from CSV (see CsvReader for the syntax). The first record is the header; its
/// cells name the columns, in Logto's spelling (case-sensitive; surrounding spaces ignored):
///  - id, username, primaryEmail, primaryPhone, name, avatar, passwordDigest, passwordAlgorithm:
///    text as it is (an empty cell is an empty value);
///  - password: a plain-text password;
///  - isSuspended: true/false, 1/0 or yes/no in any case; empty is false;
///  - createdAt, lastSignInAt: unix milliseconds, or ISO 8601 with a zone
///    ("2024-05-01T12:00:00Z", "2024-05-01T14:00:00.250+02:00"); empty is unknown;
///  - profile, customData: a JSON object as text; empty is none;
///  - profile.<claim>: one profile claim as text; dots nest (profile.address.locality); empty
///    leaves the claim out;
///  - customData.<key>: one customData value; dots nest (customData.billing.plan). The cell is
///    read as JSON when the whole cell is one JSON value (42, 1.5, true, null, "quoted", {…},
///    […]); otherwise it is kept as text (pro, 0123, hello world). Empty leaves the key out.
///    Dotted columns are applied after the profile and customData columns and win over them.
/// Header problems are fatal: an empty file, a column without a name, an unknown or repeated
/// column, or two columns of which one lies inside the other (profile.address and
/// profile.address.locality). Cells that do not parse are record errors naming line and column.
///
/// The header is read by the constructor, so columns() is ready at once.
class CsvUserRecordReader final : public UserRecordReader
{
public:
    explicit CsvUserRecordReader(QIODevice *device);

    bool next(UserRecord *record) override;
    Error error() const override { return m_error; }
    qint64 bytesRead() const override { return m_csv.bytesRead(); }
    QStringList columns() const override { return m_columns; }

private:
    enum class Kind {
        Id,
        Username,
        PrimaryEmail,
        PrimaryPhone,
        Name,
        Avatar,
        Password,
        PasswordDigest,
        PasswordAlgorithm,
        IsSuspended,
        CreatedAt,
        LastSignInAt,
        Profile,
        CustomData,
        ProfilePath,
        CustomDataPath,
    };
    struct Column
    {
        Kind kind;
        QStringList path; ///< ProfilePath/CustomDataPath: the keys after "profile."/"customData."
    };

    bool readHeader();
    void fail(const QString &message);
    void applyCell(int index, QString *cell, UserRecord *record, bool paths);

    CsvReader m_csv;
    QStringList m_columns;
    QList<Column> m_specs;
    bool m_hasPathColumns = false;
    QStringList m_fields;
    Error m_error;
};

} // namespace gatehouse
