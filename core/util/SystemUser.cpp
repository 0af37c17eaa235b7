#include "util/SystemUser.h"

#include <QtGlobal>
#include <pwd.h>
#include <unistd.h>

namespace gatehouse {

QString systemUserName()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString env = qEnvironmentVariable("USER");
    return env.isEmpty() ? QStringLiteral("uid:%1").arg(geteuid()) : env;
}

} // namespace gatehouse
