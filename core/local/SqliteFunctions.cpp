#include "local/SqliteFunctions.h"

#include "local/LocalCommon.h"

#include <QSqlDriver>
#include <algorithm>
#include <memory>
#include <sqlite3.h>

namespace gatehouse::local {

namespace {
QString textArgument(sqlite3_value *value)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QString::fromUtf8(bytes, sqlite3_value_bytes(value));
}

/// The needle of a gh_contains call, prepared once per statement (kept as SQLite auxiliary data
/// of the needle argument, which is the same bound value for every row).
struct Needle
{
    QString text;          ///< for the Unicode comparison
    QByteArray asciiLower; ///< the needle in lower case, when it is ASCII
    bool ascii = false;
};

void deleteNeedle(void *needle)
{
    delete static_cast<Needle *>(needle);
}

char asciiLower(unsigned char c)
{
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

/// Whether the lower-case ASCII `needle` occurs in `hay` without case. *nonAscii is set when
/// `hay` holds a byte above 0x7f: then the answer is not final (some non-ASCII characters fold to
/// ASCII letters, such as the Kelvin sign to 'k'), and the caller compares as Unicode.
bool asciiContains(const unsigned char *hay, int length, const QByteArray &needle, bool *nonAscii)
{
    *nonAscii = false;
    for (int i = 0; i < length; ++i) {
        if (hay[i] >= 0x80) {
            *nonAscii = true;
            return false;
        }
    }
    const int n = static_cast<int>(needle.size());
    for (int i = 0; i + n <= length; ++i) {
        int k = 0;
        while (k < n && asciiLower(hay[i + k]) == needle.at(k))
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

Needle makeNeedle(sqlite3_value *value)
{
    Needle needle;
    needle.text = textArgument(value);
    const QByteArray utf8 = needle.text.toUtf8();
    needle.ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return (c & 0x80) == 0; });
    if (needle.ascii)
        needle.asciiLower = utf8.toLower();
    return needle;
}

/// 1 when the needle occurs in one of the haystacks argv[0 … argc-2].
int matches(const Needle &needle, int argc, sqlite3_value **argv)
{
    for (int i = 0; i < argc - 1; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        if (needle.ascii) {
            bool nonAscii = false;
            if (asciiContains(sqlite3_value_text(argv[i]), sqlite3_value_bytes(argv[i]), needle.asciiLower,
                              &nonAscii))
                return 1;
            if (!nonAscii)
                continue;
        }
        if (textArgument(argv[i]).contains(needle.text, Qt::CaseInsensitive))
            return 1;
    }
    return 0;
}

void containsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 2 || sqlite3_value_type(argv[argc - 1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    if (const auto *kept = static_cast<const Needle *>(sqlite3_get_auxdata(context, argc - 1))) {
        sqlite3_result_int(context, matches(*kept, argc, argv));
        return;
    }
    auto needle = std::make_unique<Needle>(makeNeedle(argv[argc - 1]));
    sqlite3_result_int(context, matches(*needle, argc, argv));
    // Kept for the next rows of the statement (or freed at once when SQLite cannot keep it).
    sqlite3_set_auxdata(context, argc - 1, needle.release(), &deleteNeedle);
}
} // namespace

void registerSqliteFunctions(SqlSession &session)
{
    const QVariant handle = session.database().driver()->handle();
    sqlite3 *db = nullptr;
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db = *static_cast<sqlite3 *const *>(handle.data());
    if (!db)
        throw SqlSession::fail(ErrorCode::Internal, ltr("The workspace connection is not a SQLite one."));
    const int rc = sqlite3_create_function_v2(db, "gh_contains", -1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                              &containsFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw SqlSession::fail(ErrorCode::Internal, ltr("Cannot set up the workspace's search functions."),
                               QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace gatehouse::local
