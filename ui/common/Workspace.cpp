#include "common/Workspace.h"

#include "backend/BackendDecorator.h"
#include "backend/ChangeFeed.h"
#include "common/MessageBox.h"

namespace gatehouse::ui {

Workspace::Workspace(std::unique_ptr<Backend> backend, QObject *parent)
    : QObject(parent)
    , m_changes(ChangeFeed::create())
    , m_backend(std::make_unique<BackendDecorator>(std::move(backend), m_changes))
{
    connect(m_changes.get(), &ChangeFeed::changed, this, &Workspace::changed);
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
