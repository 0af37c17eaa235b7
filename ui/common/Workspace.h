#pragma once

#include "backend/Backend.h"
#include "backend/Change.h"
#include "backend/Operation.h"
#include "policy/Access.h"

#include <QObject>
#include <functional>
#include <memory>
#include <type_traits>

class QAction;
class QWidget;

namespace gatehouse {
class ChangeFeed;
namespace policy {
class AccessControl;
}
} // namespace gatehouse

namespace gatehouse::ui {

/// The open workspace as the GUI sees it: the Backend, the tenant the person is working in,
/// and how many requests are in flight (for the busy indicator).
///
/// Thread rule: create, use and destroy on the UI thread. Pages hold a pointer to it and are
/// destroyed before it (MainWindow replaces pages and Workspace together), so continuations that
/// name a page as context never outlive the backend they came from.
class Workspace : public QObject
{
    Q_OBJECT
public:
    /// Takes an opened backend. Every call through backend() is checked for `identity` (the
    /// operator as the workspace established it, or previewed) by the core's access control;
    /// every mutation that succeeds is announced by changed(). Without an identity the backend's
    /// operator acts as its owner (a workspace file's OS account).
    explicit Workspace(std::unique_ptr<Backend> backend, QObject *parent = nullptr);
    Workspace(std::unique_ptr<Backend> backend, policy::OperatorIdentity identity, QObject *parent = nullptr);
    ~Workspace() override;

    /// Who acts, and the checks made for them (for showing, hiding and explaining actions).
    const policy::OperatorIdentity &identity() const;
    policy::AccessControl &access() const { return *m_access; }
    /// Whether the operator may make `operation` in the current tenant at all (see
    /// AccessControl::mayAtAll); whyNot() says why not, for a tooltip.
    bool may(Operation operation) const;
    QString whyNot(Operation operation) const;
    /// Whether the operator must give a reason for `operation` (support staff's narrow actions).
    bool reasonRequired(Operation operation) const;
    /// Enables `widget` when `enabled` and the operator may make `operation`; its tooltip is
    /// `tooltip`, or why the operator may not.
    void allow(QWidget *widget, Operation operation, bool enabled, const QString &tooltip) const;
    void allow(QAction *action, Operation operation, bool enabled, const QString &tooltip) const;

    Backend &backend() { return *m_backend; }
    QString location() const { return m_backend->location(); }

    const QList<Tenant> &tenants() const { return m_tenants; }
    /// Replaces the known tenants (after a reload). The current tenant is set separately.
    void setTenants(const QList<Tenant> &tenants);
    const Tenant &tenant() const { return m_tenant; }
    bool hasTenant() const { return !m_tenant.id.isEmpty(); }
    bool isProduction() const { return hasTenant() && m_tenant.tag == TenantTag::Production; }
    void setTenant(const Tenant &tenant);

    bool isBusy() const { return m_inFlight > 0; }

    /// The name of the Logto connection this workspace is (empty for local workspaces).
    const QString &connectionName() const { return m_connectionName; }
    void setConnectionName(const QString &name) { m_connectionName = name; }
    /// How confirmations name what a destructive action hits: the tenant's name, and for a Logto
    /// connection also the connection's name ("Acme production: default on auth.acme.example").
    QString productionName() const
    {
        return m_connectionName.isEmpty() ? m_tenant.name
                                          : m_connectionName + QStringLiteral(": ") + m_tenant.name;
    }

    /// Asks before a destructive action (MessageBox::confirmDestructive()), with the production
    /// warning when the current tenant is a production one. True when the person confirmed.
    bool confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                            const QString &actionText) const;

    /// Counts `future` as in flight until it finishes and returns a future with the same result
    /// that finishes on the UI thread; attach the caller's continuation to the returned future.
    template <typename T>
    Future<T> track(Future<T> future)
    {
        changeInFlight(+1);
        return future.then(this, [this](Result<T> result) {
            changeInFlight(-1);
            return result;
        });
    }

    /// What run() does after a failure was shown (or instead, when there was no failure text).
    using OnFailure = std::function<void(const Error &error)>;
    /// Asked by run() when the outcome arrives; false drops it unseen (a newer request replaced
    /// this one, or the object it was for is no longer shown).
    using StillWanted = std::function<bool()>;

    /// The common way a page starts a backend call: track()s `future` and, back on the UI thread
    /// while `context` lives, calls `onValue(value)` on success (or `onValue()` when it takes no
    /// argument); on failure shows `failureText` and the error in a message box over `context`
    /// (none when `failureText` is empty) and then calls `onFailure`. With `stillWanted`, an
    /// outcome it rejects is dropped: no call, no message.
    ///
    /// Call from the UI thread only.
    template <typename T, typename OnValue>
    void run(Future<T> future, QWidget *context, const QString &failureText, OnValue onValue,
             OnFailure onFailure = {}, StillWanted stillWanted = {})
    {
        track(std::move(future))
            .then(context,
                  [this, context, failureText, onValue = std::move(onValue), onFailure = std::move(onFailure),
                   stillWanted = std::move(stillWanted)](Result<T> result) mutable {
                      if (stillWanted && !stillWanted())
                          return;
                      if (!result.ok()) {
                          reportFailure(context, failureText, result.error());
                          if (onFailure)
                              onFailure(result.error());
                      } else if constexpr (std::is_invocable_v<OnValue &, const T &>) {
                          onValue(result.value());
                      } else {
                          onValue();
                      }
                  });
    }

    /// Shows `failureText` and `error` in a message box over `context` (what run() does on a
    /// failure); nothing when `failureText` is empty.
    static void reportFailure(QWidget *context, const QString &failureText, const Error &error);

signals:
    /// The current tenant changed (or was renamed); pages reload.
    void tenantChanged(const gatehouse::Tenant &tenant);
    void tenantsChanged();
    void busyChanged(bool busy);
    /// A mutation succeeded (through any page, dialog or tab). Emitted on the UI thread after the
    /// mutation's own continuation; pages showing dependent state reload it.
    void changed(const gatehouse::Change &change);
    /// What the operator may do was read anew (an organization admin's grants): views enabling
    /// actions by may() refresh them.
    void accessChanged();

private:
    void install(std::unique_ptr<Backend> backend, policy::OperatorIdentity identity);
    void changeInFlight(int delta);

    std::shared_ptr<ChangeFeed> m_changes;
    std::shared_ptr<policy::AccessControl> m_access;
    /// The opened backend behind access control, behind a decorator feeding m_changes.
    std::unique_ptr<Backend> m_backend;
    QList<Tenant> m_tenants;
    Tenant m_tenant;
    QString m_connectionName;
    int m_inFlight = 0;
};

} // namespace gatehouse::ui
