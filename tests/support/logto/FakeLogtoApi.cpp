#include "FakeLogtoState.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <algorithm>

namespace gatehouse::test {

qint64 FakeLogto::State::nextTimestamp()
{
    clock = std::max(clock + 1, QDateTime::currentMSecsSinceEpoch());
    return clock;
}

FakeLogto::State &FakeLogto::state()
{
    if (!m_state)
        m_state = std::make_shared<State>();
    return *m_state;
}

void FakeLogto::installApi()
{
    State &data = state();
    installApplicationsApi(*this, data);
    installResourcesApi(*this, data);
    installRolesApi(*this, data);
    installUsersApi(*this, data);
    installOrganizationTemplateApi(*this, data);
    installOrganizationsApi(*this, data);
    installInvitationsApi(*this, data);
    installSsoApi(*this, data);
    installSignInExperienceApi(*this, data);
    installLogsApi(*this, data);
}

namespace fakelogto {

namespace {
/// `length` characters of [0-9a-z] (Logto's ids) or [0-9a-zA-Z] (its secrets), drawn here rather
/// than with the product's generator: the server shares no code with the client it tests.
QString randomText(int length, bool upperCase)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const quint32 size = upperCase ? 62 : 36;
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]));
    return out;
}
} // namespace

QString newId(int length)
{
    return randomText(length, false);
}

QString newSecret()
{
    return randomText(32, true);
}

QByteArray newToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return "fake." + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

HttpResponse notFound(const QString &id)
{
    return HttpResponse::error(404, QStringLiteral("entity.not_exists_with_id"),
                               QStringLiteral("The entity with id `%1` does not exist.").arg(id));
}

HttpResponse relationNotFound()
{
    return HttpResponse::error(404, QStringLiteral("entity.not_found"),
                               QStringLiteral("The resource does not exist."));
}

HttpResponse invalidInput(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("guard.invalid_input"),
                               QStringLiteral("The request input is invalid. ") + message);
}

std::optional<QJsonObject> bodyObject(const HttpRequest &request)
{
    const QJsonDocument doc = request.json();
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonArray inCreationOrder(const FakeLogto::State &state, const QMap<QString, QJsonObject> &objects)
{
    QList<std::pair<qint64, QJsonObject>> sorted;
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        const QJsonValue own = it.value().value(QLatin1String("createdAt"));
        const qint64 at =
            own.isDouble() ? static_cast<qint64>(own.toDouble()) : state.createdAt.value(it.key());
        sorted.append({at, it.value()});
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray out;
    for (const auto &entry : sorted)
        out.append(entry.second);
    return out;
}

QString boundedString(const QJsonObject &body, const char *key, int min, int max, bool required,
                      QString *error)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required)
            *error = QStringLiteral("`%1` is required.").arg(QLatin1String(key));
        return {};
    }
    if (!value.isString()) {
        *error = QStringLiteral("`%1` must be a string.").arg(QLatin1String(key));
        return {};
    }
    const QString text = value.toString();
    if (text.size() < min || text.size() > max)
        *error = QStringLiteral("`%1` must be %2 to %3 characters long.")
                     .arg(QLatin1String(key))
                     .arg(min)
                     .arg(max);
    return text;
}

} // namespace fakelogto
} // namespace gatehouse::test
