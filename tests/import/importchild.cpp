// Imports FILE into the first tenant of WORKSPACE (mode all|skip), printing "started" first.
// Meant to be killed mid-import by tst_importcrash.
#include "TestSupport.h"

#include <cstdio>

using namespace gatehouse;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    QString error;
    auto backend = test::openBackend(QString::fromLocal8Bit(argv[1]), &error);
    if (!backend) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto tenants = test::await(backend->tenants().list());
    if (!tenants.ok() || tenants->isEmpty())
        return 1;
    ImportOptions options;
    options.mode =
        qstrcmp(argv[3], "skip") == 0 ? ImportOptions::Mode::SkipInvalid : ImportOptions::Mode::AllOrNothing;
    std::puts("started");
    std::fflush(stdout);
    const auto report = test::await(
        backend->users().importUsers(tenants->first().id, QString::fromLocal8Bit(argv[2]), options, nullptr),
        600000);
    std::puts(report.ok() && report->committed ? "committed" : "not committed");
    return 0;
}
