#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace gatehouse::cli {

/// The --help texts of gatehouse-cli, generated from the command table.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::HelpText)
public:
    static inline const QString programName = QStringLiteral("gatehouse-cli");

    static QString main(const QList<Noun> &nouns);
    static QString noun(const Noun &noun);
    static QString verb(const Noun &noun, const Verb &verb);
    /// `text` left-aligned in `width` characters.
    static QString padded(const QString &text, qsizetype width);
};

} // namespace gatehouse::cli
