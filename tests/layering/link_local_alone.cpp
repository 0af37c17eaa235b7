// Links gatehouse-local and nothing of the remote backend: if the local backend referred to any
// remote symbol, this program would not link. It also runs: a workspace opens and lists tenants.

#include "local/LocalBackend.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    gatehouse::WorkspaceSpec spec;
    spec.kind = gatehouse::WorkspaceSpec::Kind::Sqlite;
    spec.path = dir.filePath(QStringLiteral("alone.sqlite"));
    gatehouse::local::LocalBackend backend(spec);
    auto opened = backend.open();
    opened.waitForFinished();
    if (!opened.result().ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.result().error().toString()));
        return 1;
    }
    auto tenants = backend.tenants().list();
    tenants.waitForFinished();
    return tenants.result().ok() && tenants.result().value().isEmpty() ? 0 : 1;
}
