#pragma once

#include "common/EditorWidget.h"
#include "model/Organization.h"
#include "model/SsoConnector.h"

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gatehouse::ui {

class Refresher;

/// The JIT tab: just-in-time provisioning of the organization. Email domains (new users who sign
/// up with a verified email of the domain join; not existing or admin-created users), SSO
/// connectors (new users and existing users at their first sign-in through the connector join)
/// and the default organization roles given on a JIT join. Domains are normalized as typed;
/// a public email provider's domain, and a domain an SSO connector claims (sign-in goes to SSO,
/// so email-domain JIT never fires for it), are accepted with a visible warning. Save writes the
/// three sets that changed. Loads when shown, and again after changes of the organization, the
/// connectors or the template while it has no unsaved edits.
///
/// Object names: "jitDomainInput", "jitDomainAddButton", "jitDomainsList",
/// "jitDomainRemoveButton", "jitDomainErrorLabel", "jitDomainWarningsLabel",
/// "jitConnectorsList", "jitRolesList", "jitSaveButton", "jitRevertButton", "jitStatusLabel".
class OrganizationJitTab : public EditorWidget
{
    Q_OBJECT
public:
    explicit OrganizationJitTab(Workspace *workspace, QWidget *parent = nullptr);

    void setOrganization(const Organization &organization);
    bool isLoading() const { return m_pending > 0 || m_saving > 0; }
    /// Adds what the domain input holds; false when it is not a valid domain.
    bool addDomain();
    /// The warnings shown under the domains (tests).
    QString warningText() const;

protected:
    bool hasItem() const override { return !m_organization.id.isEmpty(); }
    QString itemName() const override { return m_organization.name; }
    bool isModified() const override;
    void startSave() override;
    void reloadForm() override { present(); }
    void updateButtons() override;

private:
    void load();
    void finishOne();
    void present();
    void refreshDomains();
    QStringList checkedIds(QListWidget *list) const;

    Organization m_organization;
    OrganizationJit m_jit;
    QList<SsoConnector> m_connectors;
    QList<OrganizationRole> m_roles;
    QStringList m_domains;
    int m_generation = 0;
    int m_pending = 0;
    int m_saving = 0;
    bool m_showing = false;
    QLineEdit *m_domainInput;
    QPushButton *m_addDomain;
    QListWidget *m_domainList;
    QPushButton *m_removeDomain;
    QLabel *m_domainError;
    QLabel *m_warnings;
    QFrame *m_warningFrame;
    QListWidget *m_connectorList;
    QLabel *m_noConnectors;
    QListWidget *m_roleList;
    QLabel *m_noRoles;
    Refresher *m_refresher;
};

} // namespace gatehouse::ui
