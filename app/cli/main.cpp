// gatehouse-cli: the headless entry. Links gatehouse-core only (no Qt Gui or Widgets).
#include "CliApp.h"
#include "security/Random.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>
#include <memory>

int main(int argc, char *argv[])
{
    // Keep the raw bytes: CliApp decodes them as strict UTF-8 and rejects broken arguments
    // instead of storing replacement characters.
    QList<QByteArray> rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QByteArray(argv[i]));

    QCoreApplication app(argc, argv);
    // The same names as the GUI, so WorkspaceSpec::defaultWorkspace() is the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    // The keychain's diagnostics are for the GUI's log; the CLI reports keychain problems as
    // errors. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.keychain.info=false"));

    // The command blocks on backend futures, so it runs on its own thread while this thread runs
    // the event loop (see CliApp). The exit code comes back as a queued call, which is delivered
    // only once exec() is running, so an early finish cannot be lost.
    gatehouse::cli::CliApp cli(std::move(rawArguments));
    std::unique_ptr<QThread> command(QThread::create([&cli] {
        const int code = cli.run();
        // What OpenSSL keeps for this thread (the command parses certificates, hashes and draws
        // random bytes) is freed here: the thread's own exit can run after wait() returned,
        // racing OpenSSL's clean-up at process exit.
        gatehouse::security::releaseThreadCryptoState();
        QMetaObject::invokeMethod(
            qApp, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    }));
    command->setObjectName(QStringLiteral("gatehouse-cli-command"));
    command->start();
    const int code = QCoreApplication::exec();
    command->wait();
    return code;
}
