#pragma once

#include "common/ListPage.h"
#include "model/SsoConnector.h"

namespace gatehouse::ui {

class SsoConnectorEditor;

/// Enterprise SSO connectors of the current tenant: name, provider, claimed email domains and
/// whether the configuration is complete; the selected one in SsoConnectorEditor.
///
/// Object names: "ssoPage", list names from MasterDetailPage with prefix "sso" ("ssoTable",
/// "ssoCreateButton", …).
class SsoConnectorsPage : public ListPage<SsoConnector, SsoConnectorEditor>
{
    Q_OBJECT
public:
    explicit SsoConnectorsPage(Workspace *workspace, QWidget *parent = nullptr);

    void createNew() override;

protected:
    /// Looks up the organizations whose JIT uses `connector` first, to name them.
    void confirmDelete(const SsoConnector &connector) override;

private:
    /// Asks (naming the organizations whose JIT uses `connector`) and deletes.
    void ask(const SsoConnector &connector, const QStringList &jitOrganizations, bool known);
};

} // namespace gatehouse::ui
