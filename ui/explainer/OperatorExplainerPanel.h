#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace gatehouse::explain {
struct OperatorExplanation;
}

namespace gatehouse::ui {

class Workspace;

/// "What can operator P do in organization X, and why?" Runs the core's operator explainer
/// (explain/OperatorExplainer.h) for the operator and organization picked: every
/// organization-level action with yes or no and the reason — the console role that holds it
/// tenant-wide, or the organization role and permission that lend it — and the guard rails that
/// apply. The same answer as `gatehouse-cli operator explain --json`.
///
/// Object names: "operatorExplainerPanel", "operatorExplainerOperatorCombo",
/// "operatorExplainerOrganizationCombo", "operatorExplainerRunButton",
/// "operatorExplainerSummaryLabel", "operatorExplainerTable", "operatorExplainerNotesList",
/// "operatorExplainerErrorLabel".
class OperatorExplainerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OperatorExplainerPanel(Workspace *workspace, QWidget *parent = nullptr);

    /// Reads the operators and organizations of the current tenant; clears the last answer.
    void load();
    void explain();
    bool isLoading() const { return m_loading > 0 || m_running; }
    /// The last answer as JSON (empty before the first one).
    const QJsonObject &answer() const { return m_answer; }

signals:
    /// An answer arrived or was cleared.
    void answerChanged();

private:
    void show(const explain::OperatorExplanation &answer);
    void showError(const QString &text);
    void updateButtons();

    Workspace *m_workspace;
    QComboBox *m_operator;
    QComboBox *m_organization;
    QPushButton *m_run;
    QLabel *m_summary;
    QTableWidget *m_table;
    QListWidget *m_notes;
    QLabel *m_error;
    QJsonObject m_answer;
    int m_loading = 0;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace gatehouse::ui
