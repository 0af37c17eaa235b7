#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <functional>
#include <type_traits>
#include <utility>

namespace gatehouse {
class Error;
}

namespace gatehouse::cli {

/// Everything gatehouse-cli prints, and the choice between JSON and readable text.
///
/// Results go to stdout: with --json exactly one indented JSON document, otherwise readable text
/// (tables, aligned "label: value" fields, sentences). Prompts, progress, notes and warnings go
/// to stderr as they are. Errors go to stderr as "error: ..." and, with --json, also as one
/// compact line {"error": {"code", "message", "fields"[, "detail"]}}. Scripts depend on all of
/// this byte for byte.
///
/// A command states both forms of its result once through list(), object(), deleted(), done()
/// or either(); those make the JSON/readable choice. The print*() and write*() calls write what
/// they are given whatever the mode.
///
/// Threading: use from the command thread only (see CliApp). stdout is buffered; it is flushed
/// before anything goes to stderr, so both streams keep the order of the calls.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::CliOutput)
public:
    /// "label: value" lines, in this order.
    using Fields = QList<std::pair<QString, QString>>;
    /// Turns one item into its JSON object. For model types pass json::toJson: the overload for
    /// the item type is picked. A lambda without captures works too.
    template <typename T>
    using ToJson = std::type_identity_t<QJsonObject (*)(const T &)>;

    /// JSON output (--json). Final once the verb's options are parsed.
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // --- results ------------------------------------------------------------------------------

    /// A list. JSON: an array of toJson(item). Readable: the line `emptyLine` when there are no
    /// items, else a table with `headers` and a row toRow(item) (a QStringList) per item. Only
    /// the form that is printed is computed.
    template <typename T, typename ToRow>
    void list(const QList<T> &items, ToJson<T> toJson, const QString &emptyLine, const QStringList &headers,
              const ToRow &toRow)
    {
        if (m_json) {
            printJson(jsonArray(items, toJson));
            return;
        }
        QList<QStringList> rows;
        rows.reserve(items.size());
        for (const T &item : items)
            rows.append(toRow(item));
        printTable(headers, rows, emptyLine);
    }

    /// One object. JSON: `object`. Readable: `fields`, then `note` on a line of its own unless it
    /// is empty. The caller builds both forms; either() suits a readable form that costs more.
    void object(const QJsonObject &object, const Fields &fields, const QString &note = {});
    /// A deletion. JSON: {"deleted": object}. Readable: the line `line`.
    void deleted(const QJsonObject &object, const QString &line);
    /// Any other outcome told in one line. JSON: `json` (an object or array). Readable: `line`.
    void done(const QJsonValue &json, const QString &line);
    /// The general form. JSON: `json` (an object or array). Readable: whatever `readable` prints;
    /// it runs only then, so it may fetch what only the text shows.
    void either(const QJsonValue &json, const std::function<void()> &readable);

    // --- pieces, printed in either mode ---------------------------------------------------------

    /// `text` to stdout as it is.
    void writeOut(const QString &text);
    /// `text` to stderr as it is (prompts, progress, notes, warnings); flushes stdout first.
    void writeErr(const QString &text);
    void printLine(const QString &line = {});
    /// An object or array, indented.
    void printJson(const QJsonValue &value);
    /// A table with a header row; columns padded to their widest cell, the last one not padded.
    void printTable(const QStringList &headers, const QList<QStringList> &rows);
    /// printTable(), or the line `emptyLine` when there are no rows.
    void printTable(const QStringList &headers, const QList<QStringList> &rows, const QString &emptyLine);
    /// "label: value" lines with the values aligned.
    void printFields(const Fields &fields);

    // --- errors -------------------------------------------------------------------------------

    /// `error` as "error: message" with its field errors and detail, plus the JSON line.
    void printError(const Error &error);
    /// An error the CLI itself found; `codeName` is its JSON code ("usage", "not_found", ...).
    void printError(const QString &codeName, const QString &message);

    // --- formatting ---------------------------------------------------------------------------

    template <typename T>
    static QJsonArray jsonArray(const QList<T> &items, ToJson<T> toJson)
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(toJson(item));
        return array;
    }
    /// ISO 8601 in UTC: 2030-01-31T18:00:00Z.
    static QString formatTime(qint64 unixMs);
    /// "a, b, c", or "(none)".
    static QString formatList(const QStringList &items);
    /// Compact JSON on one line, or "(none)" for an empty object.
    static QString formatObject(const QJsonObject &object);
    static QString yesNo(bool value);

private:
    /// {"error": body} as one compact line on stderr.
    void printErrorJson(const QJsonObject &body);

    bool m_json = false;
};

} // namespace gatehouse::cli
