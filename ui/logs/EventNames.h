#pragma once

#include "model/LogEvent.h"

#include <QHash>
#include <QObject>
#include <QWidget>

namespace gatehouse::ui {

class Workspace;

/// The names of the users and applications authentication events refer to by id, looked up in
/// the background for the lists that show events (Logs area, an organization's activity): the
/// applications of the tenant once, each user once (a user deleted since keeps showing the id).
/// Forgets everything when the tenant changes. Thread rule: UI thread only.
class EventNames : public QObject
{
    Q_OBJECT
public:
    EventNames(Workspace *workspace, QWidget *parent);

    /// Looks up the names `events` refer to that were not asked for before (at most `maxUsers`
    /// new users per call); changed() follows as answers arrive.
    void resolve(const QList<LogEvent> &events, int maxUsers = 100);
    /// The user's display name, or empty while unknown.
    QString user(const QString &id) const { return m_users.value(id); }
    QString application(const QString &id) const { return m_applications.value(id); }
    /// "Ada Lovelace (u1abc…)", or the id alone while the name is unknown.
    static QString labelled(const QString &name, const QString &id);

signals:
    void changed();

private:
    Workspace *m_workspace;
    QString m_tenant;                       ///< the tenant the names belong to
    QHash<QString, QString> m_users;        ///< user id → display name ("" while asked, or unknown)
    QHash<QString, QString> m_applications; ///< application id → name
    bool m_applicationsAsked = false;
};

} // namespace gatehouse::ui
