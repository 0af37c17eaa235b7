#include "logs/EventNames.h"

#include "common/Workspace.h"
#include "users/UserText.h"

namespace gatehouse::ui {

EventNames::EventNames(Workspace *workspace, QWidget *parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

QString EventNames::labelled(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

void EventNames::resolve(const QList<LogEvent> &events, int maxUsers)
{
    if (!m_workspace->hasTenant())
        return;
    const QString tenant = m_workspace->tenant().id;
    if (tenant != m_tenant) {
        m_tenant = tenant;
        m_users.clear();
        m_applications.clear();
        m_applicationsAsked = false;
    }
    const auto stillHere = [this, tenant] {
        return m_workspace->hasTenant() && m_workspace->tenant().id == tenant;
    };
    bool applications = false;
    QStringList users;
    for (const LogEvent &e : events) {
        applications =
            applications || (!e.applicationId.isEmpty() && !m_applications.contains(e.applicationId));
        if (!e.userId.isEmpty() && !m_users.contains(e.userId) && users.size() < maxUsers) {
            m_users.insert(e.userId, QString()); // asked: not again
            users << e.userId;
        }
    }
    auto *context = static_cast<QWidget *>(parent());
    if (applications && !m_applicationsAsked) {
        m_applicationsAsked = true;
        m_workspace->run(
            m_workspace->backend().applications().list(tenant), context, QString(),
            [this](const QList<Application> &list) {
                for (const Application &a : list)
                    m_applications.insert(a.id, a.name);
                emit changed();
            },
            [](const Error &) {}, stillHere);
    }
    for (const QString &id : std::as_const(users))
        m_workspace->run(
            m_workspace->backend().users().get(tenant, id), context, QString(),
            [this](const User &user) {
                m_users.insert(user.id, UserText::displayName(user));
                emit changed();
            },
            [](const Error &) {}, stillHere);
}

} // namespace gatehouse::ui
