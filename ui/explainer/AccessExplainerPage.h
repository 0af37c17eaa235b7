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
class QTabWidget;

namespace gatehouse::explain {
struct AccessExplanation;
}

namespace gatehouse::ui {

class OperatorExplainerPanel;

/// "What happens when alice@acme.com signs in?" Runs the core access explainer
/// (explain/AccessExplainer.h) on the current tenant without blocking and shows its answer:
/// where sign-in goes (an SSO connector, or password / verification code), the user's status
/// (a suspended user cannot sign in), the organizations the person will belong to (how, with
/// which roles, what MFA means there), the tenant's MFA policy and the notes explaining each
/// rule. A second tab answers "what can operator P do in organization X, and why"
/// (OperatorExplainerPanel). "Copy as JSON" copies the current tab's answer as the CLI prints it
/// (`explain --json`, `operator explain --json`).
///
/// Object names: "explainerPage", "explainerEmailEdit", "explainerAutoRadio",
/// "explainerNewRadio", "explainerExistingRadio", "explainerConnectorCombo",
/// "explainerRunButton", "explainerCopyJsonButton", "explainerResult", "explainerSignInLabel",
/// "explainerUserLabel", "explainerOrganizationsTable", "explainerMfaLabel",
/// "explainerNotesList", "explainerErrorLabel", "explainerTabs", "explainerSignInTab".
class AccessExplainerPage : public Page
{
    Q_OBJECT
public:
    explicit AccessExplainerPage(Workspace *workspace, QWidget *parent = nullptr);

    void activate() override;
    void focusSearch() override;
    bool isLoading() const override;

    /// Runs the explainer for what the form says.
    void explain();
    /// Fills the form for `email` (whoever has it, routed by its domain) and runs it.
    void explainEmail(const QString &email);
    /// The last answer as JSON (empty before the first one).
    const QJsonObject &answer() const { return m_answer; }
    /// "What can operator P do in organization X" (the second tab).
    OperatorExplainerPanel *operators() const { return m_operators; }
    QTabWidget *tabs() const { return m_tabs; }

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
    QTabWidget *m_tabs;
    OperatorExplainerPanel *m_operators;
    QJsonObject m_answer;
    bool m_running = false;
    bool m_loadingConnectors = false;
    int m_generation = 0;          ///< answers of the explainer
    int m_connectorGeneration = 0; ///< the connector list
};

} // namespace gatehouse::ui
