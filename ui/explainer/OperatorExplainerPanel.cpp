#include "explainer/OperatorExplainerPanel.h"

#include "common/Style.h"
#include "common/Workspace.h"
#include "common/WrappingLabel.h"
#include "explain/OperatorExplainer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace gatehouse::ui {

OperatorExplainerPanel::OperatorExplainerPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_operator(new QComboBox)
    , m_organization(new QComboBox)
    , m_run(new QPushButton(tr("E&xplain")))
    , m_summary(new WrappingLabel)
    , m_table(new QTableWidget(0, 3))
    , m_notes(new QListWidget)
    , m_error(new WrappingLabel)
{
    setObjectName(QStringLiteral("operatorExplainerPanel"));
    m_operator->setObjectName(QStringLiteral("operatorExplainerOperatorCombo"));
    m_operator->setMinimumContentsLength(24);
    m_organization->setObjectName(QStringLiteral("operatorExplainerOrganizationCombo"));
    m_organization->setMinimumContentsLength(24);
    m_run->setObjectName(QStringLiteral("operatorExplainerRunButton"));
    style::makePrimary(m_run);
    m_summary->setObjectName(QStringLiteral("operatorExplainerSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("operatorExplainerErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);

    m_table->setObjectName(QStringLiteral("operatorExplainerTable"));
    m_table->setHorizontalHeaderLabels({tr("In the organization, may they…"), tr("Answer"), tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_notes->setObjectName(QStringLiteral("operatorExplainerNotesList"));
    m_notes->setWordWrap(true);
    m_notes->setMaximumHeight(120);

    auto *form = style::formLayout();
    form->addRow(tr("&Operator"), m_operator);
    auto *organizationRow = new QHBoxLayout;
    organizationRow->addWidget(m_organization, 1);
    organizationRow->addWidget(m_run);
    auto *organizationLabel = new QLabel(tr("In o&rganization"));
    organizationLabel->setBuddy(m_organization);
    form->addRow(organizationLabel, organizationRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new WrappingLabel(
        tr("What an operator of this workspace may do inside one organization, and why: the console "
           "role that holds an ability everywhere, or the organization role and permission that lend "
           "it to an organization admin. Nothing is changed.")));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(style::sectionLabel(tr("Rules that also apply")));
    layout->addWidget(m_notes);

    connect(m_run, &QPushButton::clicked, this, &OperatorExplainerPanel::explain);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &OperatorExplainerPanel::updateButtons);
    connect(m_organization, &QComboBox::currentIndexChanged, this, &OperatorExplainerPanel::updateButtons);
    updateButtons();
}

void OperatorExplainerPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void OperatorExplainerPanel::updateButtons()
{
    m_run->setEnabled(!m_running && m_loading == 0 && m_operator->currentIndex() >= 0 &&
                      m_organization->currentIndex() >= 0);
}

void OperatorExplainerPanel::load()
{
    const int generation = ++m_generation;
    m_answer = {};
    m_summary->clear();
    m_table->setRowCount(0);
    m_notes->clear();
    showError({});
    emit answerChanged();
    const QString keepOperator = m_operator->currentText();
    const QString keepOrganization = m_organization->currentData().toString();
    m_operator->clear();
    m_organization->clear();
    m_loading = 0;
    if (!m_workspace->hasTenant()) {
        updateButtons();
        return;
    }
    if (!m_workspace->backend().capabilities().accessControl) {
        showError(tr("A Logto connection has no operators: its machine-to-machine credentials act as an "
                     "administrator, so only owners and developers use it."));
        updateButtons();
        return;
    }
    Backend &backend = m_workspace->backend();
    const auto current = [this, generation] {
        return generation == m_generation;
    };
    const auto done = [this] {
        --m_loading;
        updateButtons();
    };
    m_loading = 2;
    m_workspace->run(
        backend.access().operators(), this, QString(),
        [this, keepOperator, done](const QList<policy::OperatorAccount> &operators) {
            for (const policy::OperatorAccount &a : operators)
                m_operator->addItem(tr("%1 (%2)").arg(a.name, policy::consoleRoleTitle(a.role)), a.name);
            m_operator->setCurrentIndex(std::max(m_operator->findData(keepOperator), 0));
            if (operators.isEmpty())
                showError(tr("This workspace has no operators besides its owner yet. Add them with "
                             "\"gatehouse-cli operator add\"."));
            done();
        },
        [this, done](const Error &error) {
            showError(tr("Could not list the operators: %1").arg(error.message()));
            done();
        },
        current);
    m_workspace->run(
        backend.organizations().list(m_workspace->tenant().id, QString()), this, QString(),
        [this, keepOrganization, done](QList<Organization> organizations) {
            std::sort(organizations.begin(), organizations.end(),
                      [](const Organization &a, const Organization &b) {
                          return a.name.localeAwareCompare(b.name) < 0;
                      });
            for (const Organization &o : organizations)
                m_organization->addItem(o.name, o.id);
            m_organization->setCurrentIndex(std::max(m_organization->findData(keepOrganization), 0));
            done();
        },
        [this, done](const Error &error) {
            showError(tr("Could not list the organizations: %1").arg(error.message()));
            done();
        },
        current);
    updateButtons();
}

void OperatorExplainerPanel::explain()
{
    if (!m_run->isEnabled())
        return;
    const int generation = ++m_generation;
    m_running = true;
    showError({});
    updateButtons();
    m_workspace->run(
        explain::explainOperator(m_workspace->backend(), m_workspace->tenant().id,
                                 m_operator->currentData().toString(),
                                 m_organization->currentData().toString()),
        this, QString(),
        [this](const explain::OperatorExplanation &answer) {
            m_running = false;
            show(answer);
            updateButtons();
        },
        [this](const Error &error) {
            m_running = false;
            showError(tr("Could not explain: %1").arg(error.message()));
            updateButtons();
        },
        [this, generation] { return generation == m_generation; });
}

void OperatorExplainerPanel::show(const explain::OperatorExplanation &e)
{
    m_answer = e.toJson();
    int allowed = 0;
    for (const explain::AbilityAnswer &a : e.abilities)
        allowed += a.allowed ? 1 : 0;
    QString who =
        tr("%1 (%2) in %3").arg(e.operatorName, policy::consoleRoleTitle(e.role), e.organizationName);
    if (e.role == policy::ConsoleRole::OrganizationAdmin)
        who += e.memberRoles.isEmpty()
                   ? tr(": not a member with a role")
                   : tr(": member with the roles %1").arg(e.memberRoles.join(QStringLiteral(", ")));
    m_summary->setText(
        who + QStringLiteral(". ") +
        tr("May do %1 of %2 organization-level actions.").arg(allowed).arg(e.abilities.size()));
    m_table->setRowCount(int(e.abilities.size()));
    for (int row = 0; row < e.abilities.size(); ++row) {
        const explain::AbilityAnswer &a = e.abilities.at(row);
        auto *what = new QTableWidgetItem(policy::abilityDescription(a.ability));
        what->setToolTip(policy::abilityName(a.ability));
        what->setData(Qt::UserRole, policy::abilityName(a.ability));
        m_table->setItem(row, 0, what);
        auto *answer = new QTableWidgetItem(a.allowed ? tr("Yes") : tr("No"));
        answer->setForeground(a.allowed ? QColor(0x05, 0x7a, 0x55) : QColor(0xb4, 0x23, 0x18));
        m_table->setItem(row, 1, answer);
        auto *why = new QTableWidgetItem(a.why);
        why->setToolTip(a.why);
        m_table->setItem(row, 2, why);
    }
    m_table->resizeRowsToContents();
    m_notes->clear();
    m_notes->addItems(e.notes);
    emit answerChanged();
}

} // namespace gatehouse::ui
