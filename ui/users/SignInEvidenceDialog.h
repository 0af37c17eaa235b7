#pragma once

#include "model/LogEvent.h"
#include "model/User.h"

#include <QDialog>

namespace gatehouse::ui {

class AccessExplainerPage;
class Workspace;

/// "A customer says they can't sign in", on one screen: the selected authentication event (what
/// happened, when, from where, the error and everything it recorded) beside the access explainer
/// run for the user's email (where sign-in goes, whether the user is suspended, which
/// organizations require what, the MFA policy) — the evidence and the rule side by side.
class SignInEvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    SignInEvidenceDialog(Workspace *workspace, const User &user, const LogEvent &event,
                         QWidget *parent = nullptr);

    AccessExplainerPage *explainer() const { return m_explainer; }

private:
    AccessExplainerPage *m_explainer;
};

} // namespace gatehouse::ui
