#pragma once

#include "Command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace gatehouse::cli {

/// The parsed arguments of one verb, with typed accessors that stop the command when a value is
/// malformed (usage error, exit 2) or out of range (exit 4).
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::Invocation)
public:
    Invocation(CliApp &app, const Verb &verb, const QCommandLineParser &parser, const QString &command);

    const QStringList &args() const { return m_args; }
    QString arg(int index) const { return m_args.value(index); }
    /// True when the option was given (false for options this verb does not define).
    bool isSet(const QString &option) const;
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    /// The option's value as a whole number; `fallback` when the option is absent. Not a number:
    /// usage error; outside [min, max]: validation error.
    qint64 integer(const QString &option, qint64 fallback, qint64 min, qint64 max) const;
    /// The option's value as a time in unix ms: unix ms, an ISO 8601 date or date-time (UTC unless
    /// it says otherwise), or an age ("30m", "24h", "7d" ago); 0 when absent. Else usage error.
    qint64 time(const QString &option) const;
    /// --flag → true, --no-flag → false, neither → `fallback`; both → usage error.
    bool toggle(const QString &flag, bool fallback) const;
    /// The option's value as a JSON object. Not JSON, or not an object: usage error; the latter
    /// shows `example` (a JSON object as text).
    QJsonObject jsonObject(const QString &option, const QString &example) const;
    /// Usage error ("nothing to change") unless at least one of `options` was given.
    void requireAnyOf(const QStringList &options) const;
    /// "app create" — for messages.
    const QString &command() const { return m_command; }

private:
    CliApp &m_app;
    const QCommandLineParser &m_parser;
    QStringList m_optionNames;
    QStringList m_args;
    QString m_command;
};

} // namespace gatehouse::cli
