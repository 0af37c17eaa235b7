#pragma once

#include "common/RelatedList.h"
#include "model/User.h"

namespace gatehouse::ui {

/// The MFA tab: the user's verification factors (type, name, created, last used). "Remove…"
/// asks for a reason (recorded in the journal) before removing the selected factor — e.g. when
/// the user lost their authenticator. Loads when shown.
class UserMfaTab : public RelatedList<MfaVerification, User>
{
    Q_OBJECT
public:
    explicit UserMfaTab(Workspace *workspace, QWidget *parent = nullptr);

    void removeSelected();

protected:
    bool concerns(const Change &change) const override;
    void listLoaded() override;
};

} // namespace gatehouse::ui
