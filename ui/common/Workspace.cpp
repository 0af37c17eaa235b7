#include "common/Workspace.h"

#include "backend/BackendDecorator.h"
#include "backend/ChangeFeed.h"
#include "common/MessageBox.h"
#include "policy/AccessControl.h"
#include "policy/Requirements.h"

#include <QAction>
#include <QWidget>

namespace gatehouse::ui {

namespace {
policy::OperatorIdentity ownerOf(const Backend &backend)
{
    policy::OperatorIdentity identity;
    identity.account.name = backend.operatorName();
    identity.account.role = policy::ConsoleRole::Owner;
    return identity;
}
} // namespace

Workspace::Workspace(std::unique_ptr<Backend> backend, QObject *parent)
    : QObject(parent)
    , m_changes(ChangeFeed::create())
{
    policy::OperatorIdentity identity = ownerOf(*backend);
    install(std::move(backend), std::move(identity));
}

Workspace::Workspace(std::unique_ptr<Backend> backend, policy::OperatorIdentity identity, QObject *parent)
    : QObject(parent)
    , m_changes(ChangeFeed::create())
{
    install(std::move(backend), std::move(identity));
}

void Workspace::install(std::unique_ptr<Backend> backend, policy::OperatorIdentity identity)
{
    policy::ControlledBackend controlled = policy::withAccessControl(std::move(backend), std::move(identity));
    m_access = controlled.control;
    m_backend = std::make_unique<BackendDecorator>(std::move(controlled.backend), m_changes);
    connect(m_changes.get(), &ChangeFeed::changed, this, &Workspace::changed);
}

const policy::OperatorIdentity &Workspace::identity() const
{
    return m_access->identity();
}

bool Workspace::may(Operation operation) const
{
    return m_access->mayAtAll(operation, m_tenant.id);
}

QString Workspace::whyNot(Operation operation) const
{
    return m_access->whyNot(operation, m_tenant.id);
}

Workspace::~Workspace()
{
    // Destroying the backend finishes its queued work; continuations queued to this object are
    // discarded with it.
    m_backend.reset();
}

void Workspace::setTenants(const QList<Tenant> &tenants)
{
    m_tenants = tenants;
    emit tenantsChanged();
}

void Workspace::setTenant(const Tenant &tenant)
{
    m_tenant = tenant;
    emit tenantChanged(m_tenant);
}

bool Workspace::reasonRequired(Operation operation) const
{
    return identity().account.role == policy::ConsoleRole::Support &&
           policy::requirementOf(operation).supportGivesReason;
}

void Workspace::allow(QWidget *widget, Operation operation, bool enabled, const QString &tooltip) const
{
    const QString why = whyNot(operation);
    widget->setEnabled(enabled && why.isEmpty());
    widget->setToolTip(why.isEmpty() ? tooltip : why);
}

void Workspace::allow(QAction *action, Operation operation, bool enabled, const QString &tooltip) const
{
    const QString why = whyNot(operation);
    action->setEnabled(enabled && why.isEmpty());
    action->setToolTip(why.isEmpty() ? tooltip : why);
}

bool Workspace::confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                   const QString &actionText) const
{
    return MessageBox::confirmDestructive(parent, title, text, actionText, isProduction(), productionName());
}

void Workspace::reportFailure(QWidget *context, const QString &failureText, const Error &error)
{
    if (!failureText.isEmpty())
        MessageBox::showError(context, failureText, error);
}

void Workspace::changeInFlight(int delta)
{
    const bool wasBusy = isBusy();
    m_inFlight += delta;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

} // namespace gatehouse::ui
