#pragma once

#include "common/Page.h"

#include <QJsonObject>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace gatehouse::explain {
struct AccessExplanation;
}

namespace gatehouse::ui {

/// "What happens when alice@acme.com signs in?" Runs the core access explainer
/// (explain/AccessExplainer.h) on the current tenant without blocking and shows its answer:
/// where sign-in goes (an SSO connector, or password / verification code), the user's status
/// (a suspended user cannot sign in), the organizations the person will belong to (how, with
/// which roles, what MFA means there), the tenant's MFA policy and the notes explaining each
/// rule. "Copy as JSON" copies the same answer the CLI prints (`explain --json`).
///
/// Object names: "explainerPage", "explainerEmailEdit", "explainerAutoRadio",
/// "explainerNewRadio", "explainerExistingRadio", "explainerConnectorCombo",
/// "explainerRunButton", "explainerCopyJsonButton", "explainerResult", "explainerSignInLabel",
/// "explainerUserLabel", "explainerOrganizationsTable", "explainerMfaLabel",
/// "explainerNotesList", "explainerErrorLabel".
class AccessExplainerPage : public Page
{
    Q_OBJECT
public:
    explicit AccessExplainerPage(Workspace *workspace, QWidget *parent = nullptr);

    void activate() override;
    void focusSearch() override;
    bool isLoading() const override { return m_running || m_loadingConnectors; }

    /// Runs the explainer for what the form says.
    void explain();
    /// The last answer as JSON (empty before the first one).
    const QJsonObject &answer() const { return m_answer; }

private:
    QWidget *createResultPane();
    void loadConnectors();
    void showAnswer(const explain::AccessExplanation &answer);
    void showError(const QString &text);
    void updateButtons();

    QLineEdit *m_email;
    QRadioButton *m_auto;
    QRadioButton *m_new;
    QRadioButton *m_existing;
    QComboBox *m_connector;
    QPushButton *m_run;
    QPushButton *m_copy;
    QWidget *m_result;
    QLabel *m_signIn;
    QLabel *m_user;
    QTableWidget *m_organizations;
    QLabel *m_organizationsEmpty;
    QLabel *m_mfa;
    QListWidget *m_notes;
    QLabel *m_error;
    QLabel *m_hint;
    QJsonObject m_answer;
    bool m_running = false;
    bool m_loadingConnectors = false;
    int m_generation = 0;
};

} // namespace gatehouse::ui
