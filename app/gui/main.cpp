// gatehouse: the desktop GUI. Everything lives in gatehouse-ui; this file only parses the
// command line and starts the main window.

#include "common/MessageBox.h"
#include "common/Style.h"
#include "main/MainWindow.h"
#include "main/ScreenshotRunner.h"
#include "main/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace gatehouse::ui;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(GATEHOUSE_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Gatehouse — admin console for Logto-style identity platforms"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
        QStringLiteral("Open the workspace at PATH, a postgres:// URL or a logto+https:// connection."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Use the language CODE (e.g. de) instead of the system's."),
        QStringLiteral("CODE"));
    QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                         QStringLiteral("Save screenshots of every area to DIR and exit."),
                                         QStringLiteral("DIR"));
    screenshotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(workspaceOption);
    parser.addOption(langOption);
    parser.addOption(screenshotsOption);
    parser.process(app);

    installTranslations(parser.value(langOption));
    QApplication::setStyle(QStringLiteral("Fusion"));
    app.setStyleSheet(gatehouse::ui::style::applicationStyleSheet());

    MainWindow window;
    window.resize(1280, 800);
    window.show();

    if (parser.isSet(screenshotsOption)) {
        if (!parser.isSet(workspaceOption)) {
            QTextStream(stderr) << "--screenshots needs --workspace\n";
            return 2;
        }
        // Unattended: a message box would wait forever, so every question takes its default.
        MessageBox::setNonInteractive(true);
        auto *runner = new ScreenshotRunner(&window, parser.value(screenshotsOption));
        QObject::connect(runner, &ScreenshotRunner::finished, &app, [](bool ok, const QString &message) {
            QTextStream(ok ? stdout : stderr) << message << '\n';
            for (const QString &text : MessageBox::shownTexts())
                QTextStream(stderr) << "message: " << text << '\n';
            QCoreApplication::exit(ok ? 0 : 1);
        });
        runner->start();
    }
    window.start(parser.value(workspaceOption));
    return app.exec();
}
