#include "remote/RemoteCommon.h"

#include "journal/JournalChain.h"
#include "remote/RemoteBackend.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>
#include <QtEndian>

namespace gatehouse::remote {

TenantTag requireTenant(const RemoteBackend &backend, const QString &tenantId)
{
    if (!backend.isOpen())
        throw Failure{Error(ErrorCode::Unavailable, rtr("The connection to the Logto server is not open."))};
    if (tenantId != backend.tenantId())
        throw Failure{Error::notFound(rtr("Tenant"), tenantId)};
    return backend.spec().production ? TenantTag::Production : TenantTag::Development;
}

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QJsonObject getObject(RemoteSession &session, const QString &path, const Error &notFound)
{
    if (path.endsWith(QLatin1Char('/'))) // an empty id would address the list instead
        throw Failure{notFound};
    const Response response = session.send(Request::get(path), {404});
    if (response.status == 404)
        throw Failure{notFound};
    return response.object();
}

void deleteObject(RemoteSession &session, const QString &path, const Error &notFound)
{
    if (path.endsWith(QLatin1Char('/')))
        throw Failure{notFound};
    const Response response = session.send(Request::del(path), {404});
    if (response.status == 404 && response.afterUncertainAttempt) {
        // An earlier attempt reached the server and its answer was lost: that attempt deleted it.
        session.setJournalNote(
            QCoreApplication::translate("gatehouse::remote", "gone (confirmed after retry)"));
        return;
    }
    if (response.status == 404)
        throw Failure{notFound};
}

qint64 contentVersion(const QJsonObject &content)
{
    const QByteArray digest =
        QCryptographicHash::hash(journalchain::canonicalJson(content), QCryptographicHash::Sha256);
    const quint64 bits = qFromBigEndian<quint64>(digest.constData()) & 0x7fffffffffffffffULL;
    return bits == 0 ? 1 : static_cast<qint64>(bits);
}

} // namespace gatehouse::remote
