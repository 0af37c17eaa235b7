#include "CliApp.h"

#include "HelpText.h"
#include "factory/BackendFactory.h"
#include "policy/AccessControl.h"
#include "security/Credentials.h"
#include "security/Keychain.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <QThread>
#include <cstdio>
#include <utility>

namespace gatehouse::cli {

namespace {
const QString &programName = HelpText::programName;

/// Decodes bytes as strict UTF-8, keeping a leading BOM as a character (stored verbatim).
std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString environment(const char *name)
{
    return decodeUtf8(qgetenv(name)).value_or(QString());
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Validation:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict:
        return ExitInvalid;
    case ErrorCode::Forbidden:
        return ExitForbidden;
    default:
        return ExitFailure;
    }
}

// --- CliApp -----------------------------------------------------------------------------------

CliApp::CliApp(QList<QByteArray> rawArguments)
    : m_raw(std::move(rawArguments))
    , m_nouns({tenantNoun(), appNoun(), resourceNoun(), roleNoun(), userNoun(), orgNoun(), orgRoleNoun(),
               orgScopeNoun(), ssoNoun(), mfaNoun(), explainNoun(), journalNoun(), operatorNoun(),
               whoamiNoun(), delegationNoun(), logsNoun(), dashboardNoun(), connectionNoun(), demoNoun()})
{}

// Runs on the main thread after the command thread has ended, where the keychain was made.
CliApp::~CliApp() = default;

int CliApp::run()
{
    // Until the command line is parsed, errors honour a "--json" anywhere before a "--".
    const qsizetype end = m_raw.indexOf(QByteArrayLiteral("--"));
    m_out.setJson(m_raw.mid(0, end < 0 ? m_raw.size() : end).contains(QByteArrayLiteral("--json")));
    int code = ExitOk;
    try {
        decodeArguments();
        parseGlobalOptions();
        code = dispatch();
    } catch (const CliExit &exit) {
        code = exit.code;
    }
    // The backend belongs to this thread: close it here, after its queued work has finished.
    m_backend.reset();
    std::fflush(stdout);
    std::fflush(stderr);
    return code;
}

void CliApp::decodeArguments()
{
    for (qsizetype i = 0; i < m_raw.size(); ++i) {
        const std::optional<QString> text = decodeUtf8(m_raw[i]);
        if (!text)
            failWith(ExitInvalid,
                     tr("argument %1 is not valid UTF-8; pass text in UTF-8 (check the terminal's encoding).")
                         .arg(i + 1),
                     QStringLiteral("validation"));
        m_args.append(*text);
    }
}

void CliApp::parseGlobalOptions()
{
    bool help = false;
    while (!m_args.isEmpty() && m_args.first().startsWith(QLatin1Char('-'))) {
        const QString arg = m_args.takeFirst();
        if (arg == QLatin1String("--"))
            break;
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("--workspace") || name == QLatin1String("--tenant") ||
            name == QLatin1String("--operator") || name == QLatin1String("--as")) {
            QString value;
            if (arg.contains(QLatin1Char('=')))
                value = arg.section(QLatin1Char('='), 1);
            else if (!m_args.isEmpty())
                value = m_args.takeFirst();
            else
                usageError(tr("%1 needs a value.").arg(name));
            if (value.trimmed().isEmpty())
                usageError(tr("%1 must not be empty.").arg(name));
            if (name == QLatin1String("--workspace"))
                m_workspace = value;
            else if (name == QLatin1String("--tenant"))
                m_tenant = value;
            else if (name == QLatin1String("--as"))
                m_previewAs = value;
            else
                m_operator = value;
        } else if (arg == QLatin1String("--json")) {
            m_jsonOption = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            help = true;
        } else if (arg == QLatin1String("--version")) {
            m_out.printLine(programName + QLatin1Char(' ') + QCoreApplication::applicationVersion());
            throw CliExit{ExitOk};
        } else {
            usageError(tr("unknown option \"%1\".").arg(arg) +
                       suggestion(name, {QStringLiteral("--workspace"), QStringLiteral("--tenant"),
                                         QStringLiteral("--json"), QStringLiteral("--operator"),
                                         QStringLiteral("--as"), QStringLiteral("--help"),
                                         QStringLiteral("--version")}));
        }
    }
    if (help) {
        if (m_args.isEmpty()) {
            m_out.writeOut(HelpText::main(m_nouns));
            throw CliExit{ExitOk};
        }
        appendHelpOption();
    }
}

void CliApp::appendHelpOption()
{
    // Before a "--", after which it would be a value.
    const qsizetype end = m_args.indexOf(QStringLiteral("--"));
    m_args.insert(end < 0 ? m_args.size() : end, QStringLiteral("--help"));
}

const Noun *CliApp::findNoun(const QString &name) const
{
    for (const Noun &noun : m_nouns) {
        if (noun.name == name)
            return &noun;
    }
    return nullptr;
}

int CliApp::dispatch()
{
    if (m_args.isEmpty())
        failWith(ExitUsage,
                 tr("no command given.") + QStringLiteral("\n\n") + HelpText::main(m_nouns).trimmed(),
                 QStringLiteral("usage"));
    QString nounName = m_args.takeFirst();
    if (nounName == QLatin1String("help")) {
        if (m_args.isEmpty()) {
            m_out.writeOut(HelpText::main(m_nouns));
            return ExitOk;
        }
        nounName = m_args.takeFirst();
        appendHelpOption();
    }
    const Noun *noun = findNoun(nounName);
    if (!noun) {
        QStringList names;
        for (const Noun &n : m_nouns)
            names.append(n.name);
        usageError(tr("unknown command \"%1\".").arg(nounName) + suggestion(nounName, names));
    }
    // A noun whose only verb has no name is a command of its own ("explain EMAIL").
    if (noun->verbs.size() == 1 && noun->verbs.first().name.isEmpty()) {
        runVerb(*noun, noun->verbs.first(), m_args);
        return ExitOk;
    }
    if (m_args.isEmpty())
        failWith(ExitUsage,
                 tr("\"%1\" needs a command.").arg(noun->name) + QStringLiteral("\n\n") +
                     HelpText::noun(*noun).trimmed(),
                 QStringLiteral("usage"));
    if (m_args.first() == QLatin1String("--help") || m_args.first() == QLatin1String("-h")) {
        m_out.writeOut(HelpText::noun(*noun));
        return ExitOk;
    }
    // Two-word verbs ("secret create") first, then one-word verbs.
    const QString first = m_args.first();
    if (first.startsWith(QLatin1Char('-'))) {
        QStringList verbs;
        for (const Verb &verb : noun->verbs)
            verbs.append(verb.name);
        usageError(tr("expected a command after \"%1\" (%2), not \"%3\"; options go after the command.")
                       .arg(noun->name, verbs.join(QStringLiteral(", ")), first),
                   noun->name);
    }
    const QString second = m_args.size() > 1 ? m_args.at(1) : QString();
    for (const Verb &verb : noun->verbs) {
        if (verb.name == first + QLatin1Char(' ') + second) {
            runVerb(*noun, verb, m_args.mid(2));
            return ExitOk;
        }
    }
    for (const Verb &verb : noun->verbs) {
        if (verb.name == first) {
            runVerb(*noun, verb, m_args.mid(1));
            return ExitOk;
        }
    }
    QStringList candidates;
    QStringList group;
    for (const Verb &verb : noun->verbs) {
        candidates.append(verb.name.section(QLatin1Char(' '), 0, 0));
        if (verb.name.startsWith(first + QLatin1Char(' ')))
            group.append(verb.name.section(QLatin1Char(' '), 1));
    }
    candidates.removeDuplicates();
    if (!group.isEmpty()) {
        if (second == QLatin1String("--help") || second == QLatin1String("-h")) {
            m_out.writeOut(HelpText::noun(*noun));
            return ExitOk;
        }
        const QString command = noun->name + QLatin1Char(' ') + first;
        if (second.isEmpty())
            usageError(tr("\"%1\" needs one of: %2.").arg(command, group.join(QStringLiteral(", "))),
                       noun->name);
        usageError(tr("unknown command \"%1 %2\"; use one of: %3.")
                           .arg(command, second, group.join(QStringLiteral(", "))) +
                       suggestion(second, group),
                   noun->name);
    }
    usageError(tr("unknown command \"%1 %2\".").arg(noun->name, first) + suggestion(first, candidates),
               noun->name);
}

void CliApp::runVerb(const Noun &noun, const Verb &verb, const QStringList &rest)
{
    const QString command =
        verb.name.isEmpty() ? noun.name : QString(noun.name + QLatin1Char(' ') + verb.name);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(verb.options);
    // Global options are accepted after the command too: "gatehouse-cli tenant list --json".
    parser.addOptions({
        {QStringLiteral("workspace"), {}, QStringLiteral("PATH")},
        {QStringLiteral("tenant"), {}, QStringLiteral("ID")},
        {QStringLiteral("operator"), {}, QStringLiteral("NAME")},
        {QStringLiteral("as"), {}, QStringLiteral("OPERATOR")},
        {QStringLiteral("json"), {}},
        {{QStringLiteral("h"), QStringLiteral("help")}, {}},
    });
    if (!parser.parse(QStringList{programName} + rest)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty())
            usageError(parser.errorText(), command);
        QStringList known{QStringLiteral("--json"),   QStringLiteral("--workspace"),
                          QStringLiteral("--tenant"), QStringLiteral("--operator"),
                          QStringLiteral("--as"),     QStringLiteral("--help")};
        for (const QCommandLineOption &option : verb.options)
            known.append(QStringLiteral("--") + option.names().constFirst());
        const QString typed =
            (unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + unknown.first();
        QString hint = suggestion(typed, known);
        if (hint.isEmpty())
            hint = QLatin1Char('\n') + tr("To pass a value that starts with \"-\", put \"--\" before it.");
        usageError(tr("unknown option \"%1\" for \"%2\".").arg(typed, command) + hint, command);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out.writeOut(HelpText::verb(noun, verb));
        return;
    }
    m_out.setJson(m_jsonOption || parser.isSet(QStringLiteral("json")));
    for (const auto &[option, target] :
         {std::pair{QStringLiteral("workspace"), &m_workspace},
          std::pair{QStringLiteral("tenant"), &m_tenant}, std::pair{QStringLiteral("operator"), &m_operator},
          std::pair{QStringLiteral("as"), &m_previewAs}}) {
        if (!parser.isSet(option))
            continue;
        if (parser.value(option).trimmed().isEmpty())
            usageError(tr("--%1 must not be empty.").arg(option), command);
        *target = parser.value(option);
    }
    const QStringList positional = parser.positionalArguments();
    const QString synopsis =
        command + (verb.arguments.isEmpty() ? QString() : QLatin1Char(' ') + verb.arguments);
    if (positional.size() < verb.minArgs)
        usageError(tr("missing arguments; usage: %1 %2").arg(programName, synopsis), command);
    if (verb.maxArgs >= 0 && positional.size() > verb.maxArgs)
        usageError(tr("unexpected argument \"%1\"; usage: %2 %3")
                       .arg(positional.at(verb.maxArgs), programName, synopsis),
                   command);
    for (const QCommandLineOption &option : verb.options) {
        const QString name = option.names().constFirst();
        // optionNames() lists the options given; isSet() would warn about a name the verb does not
        // define ("no-password" has no "password").
        const QStringList given = parser.optionNames();
        if (name.startsWith(QLatin1String("no-")) && given.contains(name) && given.contains(name.mid(3)))
            usageError(tr("--%1 and --%2 contradict each other.").arg(name.mid(3), name), command);
    }
    m_mutates = verb.mutates;
    Invocation invocation(*this, verb, parser, command);
    verb.run(*this, invocation);
}

WorkspaceSpec CliApp::workspaceSpec()
{
    if (m_workspace.isEmpty())
        return WorkspaceSpec::defaultWorkspace();
    Result<WorkspaceSpec> parsed = WorkspaceSpec::parse(m_workspace);
    if (!parsed.ok())
        failWith(ExitUsage, parsed.error().message(), QStringLiteral("usage"));
    // Arguments are visible to every user of the machine (ps) and stay in the shell's history.
    if (parsed->kind == WorkspaceSpec::Kind::Postgres && !parsed->password.isEmpty())
        failWith(ExitUsage,
                 tr("A password in a postgres:// URL on the command line shows in the process list and the "
                    "shell history, so it is not accepted. Leave it out of the URL (%1) and give it through "
                    "PGPASSWORD or a ~/.pgpass file, which the PostgreSQL client library reads.")
                     .arg(parsed->displayLocation()),
                 QStringLiteral("usage"));
    if (parsed->weakerThanVerifyFull() && !std::exchange(m_warnedTls, true))
        m_out.writeErr(tr("warning: %1").arg(parsed->tlsWarning()) + QLatin1Char('\n'));
    return parsed.value();
}

bool CliApp::runOnMainThread(const std::function<void(security::CredentialResolver &)> &call)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return false;
    QMetaObject::invokeMethod(
        app,
        [this, &call] {
            if (!m_credentials) {
                m_keychain = std::make_unique<security::Keychain>();
                m_credentials = std::make_unique<security::CredentialResolver>(m_keychain.get());
            }
            call(*m_credentials);
        },
        Qt::BlockingQueuedConnection);
    return true;
}

WorkspaceSpec CliApp::withCredentials(const WorkspaceSpec &spec)
{
    const Result<WorkspaceSpec> resolved = withKeychain<WorkspaceSpec>(
        [&spec](security::CredentialResolver &credentials) { return credentials.resolve(spec); });
    if (!resolved.ok())
        fail(resolved.error());
    return resolved.value();
}

Backend &CliApp::backend()
{
    if (m_backend)
        return *m_backend;
    WorkspaceSpec spec = workspaceSpec();
    if (spec.isRemote())
        spec = withCredentials(spec);
    return openBackend(spec);
}

Backend &CliApp::openBackend(const WorkspaceSpec &requested)
{
    WorkspaceSpec spec = requested;
    if (spec.kind == WorkspaceSpec::Kind::Postgres && spec.password.isEmpty())
        spec.password = environment("GATEHOUSE_PG_PASSWORD"); // empty: libpq falls back to PGPASSWORD
    if (spec.kind == WorkspaceSpec::Kind::Sqlite && !m_mutates && !m_workspace.isEmpty() &&
        !QFileInfo::exists(spec.path))
        failWith(ExitNotFound,
                 tr("The workspace %1 does not exist. Check the path; a workspace is created by the first "
                    "command that changes something (for example \"tenant create\").")
                     .arg(spec.path),
                 QStringLiteral("not_found"));
    m_backend = createBackend(spec);
    // The journal key lives in the keychain; a command that changes something makes one on first use.
    QFuture<JournalSeal> seal;
    if (runOnMainThread([&](security::CredentialResolver &credentials) {
            seal = credentials.journalSeal(spec, m_mutates);
        })) {
        seal.waitForFinished();
        m_backend->sealJournal(seal.result());
    }
    if (!m_operator.isEmpty()) {
        // Only a label next to the operator the workspace establishes (refused on PostgreSQL).
        if (const Result<Done> declared = m_backend->declareOperator(m_operator); !declared.ok())
            fail(declared.error());
    }
    Future<Done> opened = m_backend->open();
    opened.waitForFinished();
    if (const Result<Done> result = opened.result(); !result.ok()) {
        const Error &error = result.error();
        if (spec.kind == WorkspaceSpec::Kind::Postgres && spec.password.isEmpty() &&
            qgetenv("PGPASSWORD").isEmpty() && error.detail().contains(QLatin1String("password")))
            fail(
                Error(error.code(),
                      error.message() + QLatin1Char(' ') +
                          tr("No password was given: set GATEHOUSE_PG_PASSWORD (or PGPASSWORD) if the server "
                             "needs one."),
                      error.detail(), error.fields()));
        fail(error);
    }
    // Every command acts through access control, as the operator the workspace establishes (or,
    // with --as, as the previewed operator — the changes remain the established one's).
    const policy::OperatorIdentity established = await(m_backend->access().whoami());
    QList<policy::OperatorAccount> operators;
    if (!m_previewAs.isEmpty())
        operators = await(m_backend->access().operators());
    const Result<policy::OperatorIdentity> identity =
        policy::identityFor(established, m_previewAs, operators);
    if (!identity.ok())
        fail(identity.error());
    m_identity = identity.value();
    policy::ControlledBackend controlled = policy::withAccessControl(std::move(m_backend), m_identity);
    m_backend = std::move(controlled.backend);
    return *m_backend;
}

QString CliApp::tenantId()
{
    QString requested = m_tenant;
    if (requested.isEmpty())
        requested = environment("GATEHOUSE_TENANT").trimmed();
    return tenantId(requested);
}

QString CliApp::tenantId(const QString &requested)
{
    const QList<Tenant> tenants = await(backend().tenants().list());
    QStringList known;
    for (const Tenant &t : tenants)
        known.append(t.id + QStringLiteral(" \"") + t.name + QLatin1Char('"'));
    if (known.size() > 10)
        known = known.mid(0, 10) << tr("%n more", nullptr, int(tenants.size() - 10));
    const QString knownText = known.isEmpty() ? tr("none yet; create one with \"tenant create NAME\"")
                                              : known.join(QStringLiteral(", "));
    if (requested.isEmpty()) {
        if (tenants.size() == 1)
            return tenants.first().id;
        usageError(tr("Pass --tenant ID (tenants: %1).").arg(knownText));
    }
    for (const Tenant &t : tenants) {
        if (t.id == requested)
            return t.id;
    }
    QList<Tenant> byName;
    for (const Tenant &t : tenants) {
        if (t.name == requested)
            byName.append(t);
    }
    if (byName.size() == 1)
        return byName.first().id;
    if (byName.size() > 1)
        usageError(tr("Several tenants are named \"%1\"; pass --tenant with an id (tenants: %2).")
                       .arg(requested, knownText));
    failWith(ExitNotFound, tr("Tenant \"%1\" does not exist (tenants: %2).").arg(requested, knownText),
             QStringLiteral("not_found"));
}

// --- errors -----------------------------------------------------------------------------------

void CliApp::fail(const Error &error)
{
    m_out.printError(error);
    throw CliExit{exitCodeFor(error.code())};
}

void CliApp::failWith(int code, const QString &message, const QString &codeName)
{
    m_out.printError(codeName, message);
    throw CliExit{code};
}

void CliApp::usageError(const QString &message, const QString &command)
{
    const QString hint = programName + (command.isEmpty() ? QString() : QLatin1Char(' ') + command) +
                         QStringLiteral(" --help");
    failWith(ExitUsage, message + QLatin1Char('\n') + tr("Run \"%1\" for usage.").arg(hint),
             QStringLiteral("usage"));
}

QString CliApp::suggestion(const QString &typed, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(typed, candidate);
        if (distance < bestDistance || (best.isEmpty() && typed.size() >= 2 && candidate.startsWith(typed))) {
            best = candidate;
            bestDistance = std::min(distance, bestDistance);
        }
    }
    return best.isEmpty() ? QString() : QLatin1Char(' ') + tr("Did you mean \"%1\"?").arg(best);
}

QString CliApp::reason(Invocation &in)
{
    const QString text = in.value(QStringLiteral("reason")).trimmed();
    if (!in.isSet(QStringLiteral("reason")) || text.isEmpty())
        usageError(
            tr("%1 needs --reason TEXT: say why; the reason is recorded in the journal.").arg(in.command()),
            in.command());
    return text;
}

} // namespace gatehouse::cli
