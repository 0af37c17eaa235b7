#include "explainer/AccessExplainerPage.h"

#include "common/Style.h"
#include "common/Workspace.h"
#include "common/WrappingLabel.h"
#include "explain/AccessExplainer.h"
#include "explainer/OperatorExplainerPanel.h"
#include "model/EmailDomains.h"
#include "signin/SignInText.h"
#include "sso/SsoText.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace gatehouse::ui {

namespace {
QString viaText(explain::MembershipVia via)
{
    switch (via) {
    case explain::MembershipVia::Existing:
        return AccessExplainerPage::tr("Already a member");
    case explain::MembershipVia::EmailDomain:
        return AccessExplainerPage::tr("Just in time: email domain");
    case explain::MembershipVia::SsoConnector:
        return AccessExplainerPage::tr("Just in time: SSO connector");
    }
    return {};
}

QString mfaText(const explain::ExplainedOrganization &o)
{
    switch (o.mfa) {
    case explain::MfaOutcome::NotRequired:
        return AccessExplainerPage::tr("Not required");
    case explain::MfaOutcome::Satisfied:
        return AccessExplainerPage::tr("Required: already set up");
    case explain::MfaOutcome::Prompted:
        return AccessExplainerPage::tr("Required: asked to set up MFA at sign-in");
    case explain::MfaOutcome::Blocked:
        return AccessExplainerPage::tr("Required: no organization token until MFA is set up");
    }
    return {};
}
} // namespace

AccessExplainerPage::AccessExplainerPage(Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_email(new QLineEdit)
    , m_auto(new QRadioButton(tr("&Look it up")))
    , m_new(new QRadioButton(tr("&New person (signs up)")))
    , m_existing(new QRadioButton(tr("E&xisting user")))
    , m_connector(new QComboBox)
    , m_run(new QPushButton(tr("&Explain")))
    , m_copy(new QPushButton(tr("&Copy as JSON")))
    , m_result(nullptr)
    , m_signIn(new WrappingLabel)
    , m_user(new WrappingLabel)
    , m_organizations(new QTableWidget(0, 4))
    , m_organizationsEmpty(style::subtitleLabel({}))
    , m_mfa(new WrappingLabel)
    , m_notes(new QListWidget)
    , m_error(new WrappingLabel)
    , m_hint(style::subtitleLabel({}))
    , m_tabs(new QTabWidget)
    , m_operators(new OperatorExplainerPanel(workspace))
{
    setObjectName(QStringLiteral("explainerPage"));
    m_email->setObjectName(QStringLiteral("explainerEmailEdit"));
    m_email->setPlaceholderText(tr("alice@acme.com"));
    m_email->setClearButtonEnabled(true);
    m_auto->setObjectName(QStringLiteral("explainerAutoRadio"));
    m_auto->setToolTip(tr("An existing user if one has this email, otherwise a new person."));
    m_new->setObjectName(QStringLiteral("explainerNewRadio"));
    m_existing->setObjectName(QStringLiteral("explainerExistingRadio"));
    m_auto->setChecked(true);
    auto *kinds = new QButtonGroup(this);
    for (QRadioButton *radio : {m_auto, m_new, m_existing})
        kinds->addButton(radio);
    m_connector->setObjectName(QStringLiteral("explainerConnectorCombo"));
    m_connector->setMinimumContentsLength(24);
    m_run->setObjectName(QStringLiteral("explainerRunButton"));
    style::makePrimary(m_run);
    m_copy->setObjectName(QStringLiteral("explainerCopyJsonButton"));
    m_error->setObjectName(QStringLiteral("explainerErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_auto);
    kindRow->addWidget(m_new);
    kindRow->addWidget(m_existing);
    kindRow->addStretch(1);
    auto *emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_run);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    auto *emailLabel = new QLabel(tr("E&mail"));
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, emailRow);
    form->addRow(new QLabel(tr("Person")), kindRow);
    form->addRow(tr("Sign in &through"), m_connector);

    QVBoxLayout *layout =
        buildFrame(tr("Access explainer"),
                   tr("What happens when someone signs in: SSO routing, organizations joined "
                      "just in time with their roles, MFA and suspension, from the same rules "
                      "sign-in uses. And what an operator may do in an organization, and why."),
                   {m_copy});
    auto *signIn = new QWidget;
    signIn->setObjectName(QStringLiteral("explainerSignInTab"));
    auto *signInLayout = new QVBoxLayout(signIn);
    signInLayout->addLayout(form);
    signInLayout->addWidget(m_error);
    m_hint->setObjectName(QStringLiteral("explainerHintLabel"));
    m_hint->setText(
        tr("Type an email address and press Explain. Try one at a domain an SSO connector claims, or "
           "one that an organization's just-in-time provisioning names. Nothing is changed: the "
           "explainer only reads."));
    signInLayout->addWidget(m_hint);
    signInLayout->addWidget(createResultPane(), 1);
    m_tabs->setObjectName(QStringLiteral("explainerTabs"));
    m_tabs->addTab(signIn, tr("Signing in"));
    m_tabs->addTab(m_operators, tr("Operators in an organization"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AccessExplainerPage::updateButtons);
    connect(m_operators, &OperatorExplainerPanel::answerChanged, this, &AccessExplainerPage::updateButtons);

    connect(m_run, &QPushButton::clicked, this, &AccessExplainerPage::explain);
    connect(m_email, &QLineEdit::returnPressed, this, &AccessExplainerPage::explain);
    connect(m_email, &QLineEdit::textChanged, this, &AccessExplainerPage::updateButtons);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QJsonObject &answer = m_tabs->currentWidget() == m_operators ? m_operators->answer() : m_answer;
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented)));
    });
    updateButtons();
}

QWidget *AccessExplainerPage::createResultPane()
{
    m_signIn->setObjectName(QStringLiteral("explainerSignInLabel"));
    m_user->setObjectName(QStringLiteral("explainerUserLabel"));
    m_mfa->setObjectName(QStringLiteral("explainerMfaLabel"));
    for (QLabel *label : {m_signIn, m_user, m_mfa}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_organizations->setObjectName(QStringLiteral("explainerOrganizationsTable"));
    m_organizations->setHorizontalHeaderLabels({tr("Organization"), tr("Joins"), tr("Roles"), tr("MFA")});
    m_organizations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_organizations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_organizations->setAlternatingRowColors(true);
    m_organizations->setShowGrid(false);
    m_organizations->setWordWrap(false);
    m_organizations->verticalHeader()->setVisible(false);
    m_organizations->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_organizations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_organizations->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_organizations->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_organizations->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_organizationsEmpty->setObjectName(QStringLiteral("explainerOrganizationsEmpty"));
    m_notes->setObjectName(QStringLiteral("explainerNotesList"));
    m_notes->setWordWrap(true);
    m_notes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_notes->setMinimumHeight(110);

    m_result = new QWidget;
    m_result->setObjectName(QStringLiteral("explainerResult"));
    auto *layout = new QVBoxLayout(m_result);
    layout->setContentsMargins(0, 0, 12, 0);
    layout->addWidget(style::sectionLabel(tr("Sign-in")));
    layout->addWidget(m_signIn);
    layout->addWidget(m_user);
    layout->addWidget(style::sectionLabel(tr("Organizations after sign-in")));
    layout->addWidget(m_organizations);
    layout->addWidget(m_organizationsEmpty);
    layout->addWidget(style::sectionLabel(tr("Multi-factor authentication")));
    layout->addWidget(m_mfa);
    layout->addWidget(style::sectionLabel(tr("Why")));
    layout->addWidget(m_notes, 1);
    m_result->setVisible(false);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_result);
    return scroll;
}

void AccessExplainerPage::activate()
{
    ++m_generation; // an answer still on its way is for a page that has moved on
    m_running = false;
    m_answer = {};
    m_result->setVisible(false);
    m_hint->setVisible(true);
    m_error->setVisible(false);
    loadConnectors();
    m_operators->load();
    updateButtons();
    if (!m_loadingConnectors)
        emit loaded();
}

bool AccessExplainerPage::isLoading() const
{
    return m_running || m_loadingConnectors || m_operators->isLoading();
}

void AccessExplainerPage::focusSearch()
{
    m_email->setFocus(Qt::ShortcutFocusReason);
    m_email->selectAll();
}

void AccessExplainerPage::loadConnectors()
{
    const QString keep = m_connector->currentData().toString();
    m_connector->clear();
    m_connector->addItem(tr("Wherever sign-in routes the email"), QString());
    if (!workspace()->hasTenant())
        return;
    const int generation = ++m_connectorGeneration;
    m_loadingConnectors = true;
    const auto done = [this] {
        m_loadingConnectors = false;
        updateButtons();
        emit loaded();
    };
    workspace()->run(
        workspace()->backend().ssoConnectors().list(workspace()->tenant().id), this, QString(),
        [this, keep, done](const QList<SsoConnector> &connectors) {
            for (const SsoConnector &c : connectors)
                m_connector->addItem(
                    tr("SSO connector %1 (%2)").arg(c.connectorName, SsoText::providerLabel(c.providerName)),
                    c.id);
            const int index = m_connector->findData(keep);
            m_connector->setCurrentIndex(index < 0 ? 0 : index);
            done();
        },
        [this, done](const Error &error) {
            showError(tr("Could not list the SSO connectors: %1").arg(error.message()));
            done();
        },
        [this, generation] { return generation == m_connectorGeneration; });
}

void AccessExplainerPage::updateButtons()
{
    const bool ready = workspace()->hasTenant() && !m_running;
    m_run->setEnabled(ready && !m_email->text().trimmed().isEmpty());
    m_copy->setEnabled(m_tabs->currentWidget() == m_operators ? !m_operators->answer().isEmpty()
                                                              : !m_answer.isEmpty());
    m_email->setEnabled(workspace()->hasTenant());
}

void AccessExplainerPage::explain()
{
    if (!m_run->isEnabled())
        return;
    const QString email = m_email->text().trimmed();
    if (emaildomains::ofEmail(email).isEmpty()) {
        showError(tr("%1 is not an email address with a valid domain.").arg(email));
        return;
    }
    explain::AccessRequest request;
    request.email = email;
    request.person = m_new->isChecked()        ? explain::Person::New
                     : m_existing->isChecked() ? explain::Person::Existing
                                               : explain::Person::Auto;
    request.viaSsoConnectorId = m_connector->currentData().toString();
    m_running = true;
    m_error->setVisible(false);
    updateButtons();
    const int generation = ++m_generation;
    const auto done = [this] {
        m_running = false;
        updateButtons();
        emit loaded();
    };
    workspace()->run(
        explain::explainAccess(workspace()->backend(), workspace()->tenant().id, request), this, QString(),
        [this, done](const explain::AccessExplanation &answer) {
            showAnswer(answer);
            done();
        },
        [this, done](const Error &error) {
            m_answer = {};
            m_result->setVisible(false);
            showError(error.message());
            done();
        },
        [this, generation] { return generation == m_generation; });
}

void AccessExplainerPage::explainEmail(const QString &email)
{
    m_tabs->setCurrentIndex(0);
    m_email->setText(email);
    m_auto->setChecked(true);
    m_connector->setCurrentIndex(0);
    explain();
}

void AccessExplainerPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

void AccessExplainerPage::showAnswer(const explain::AccessExplanation &answer)
{
    m_answer = answer.toJson();
    const QString email = answer.email;

    // Where sign-in goes.
    QString signIn;
    if (!answer.canSignIn)
        signIn = tr("%1 cannot sign in.").arg(email);
    else if (answer.ssoConnector && !answer.passwordSignInPossible)
        signIn =
            tr("%1 signs in through the SSO connector %2. A password or verification code cannot be used for "
               "this email.")
                .arg(email, answer.ssoConnector->name);
    else if (answer.ssoConnector)
        signIn = tr("%1 signs in through the SSO connector %2.").arg(email, answer.ssoConnector->name);
    else
        signIn = tr("%1 signs in with a password or a verification code: no SSO connector takes this email.")
                     .arg(email);
    m_signIn->setText(signIn);
    m_signIn->setStyleSheet(answer.canSignIn ? QString()
                                             : QStringLiteral("color: #b42318; font-weight: bold;"));

    // Who the person is.
    QString who;
    if (answer.user && answer.user->isSuspended)
        who =
            tr("User %1 has this email and is suspended: they cannot sign in until the suspension is lifted.")
                .arg(answer.user->id);
    else if (answer.user && answer.treatedAsNew)
        who =
            tr("Explained as a new person signing up, although user %1 has this email.").arg(answer.user->id);
    else if (answer.user)
        who = tr("Existing user %1.").arg(answer.user->id);
    else if (answer.treatedAsNew)
        who = tr("New person: no user has this email yet.");
    else
        who = tr(
            "Explained as an existing account (for example one an administrator created); no user has this "
            "email yet.");
    m_user->setText(who);
    m_user->setStyleSheet(answer.user && answer.user->isSuspended
                              ? QStringLiteral("color: #b42318; font-weight: bold;")
                              : QString());

    m_organizations->setRowCount(int(answer.organizations.size()));
    for (int row = 0; row < answer.organizations.size(); ++row) {
        const explain::ExplainedOrganization &o = answer.organizations[row];
        const QStringList cells = {o.name, viaText(o.via),
                                   o.roles.isEmpty() ? tr("—") : o.roles.join(QStringLiteral(", ")),
                                   mfaText(o)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == 0 ? o.id : cells[column]);
            if (column == 3 && o.mfa == explain::MfaOutcome::Blocked)
                item->setForeground(QColor(0xb4, 0x23, 0x18));
            m_organizations->setItem(row, column, item);
        }
    }
    // As tall as its rows (up to eight; more scroll), so the notes stay in view.
    const int shownRows = std::min(int(answer.organizations.size()), 8);
    m_organizations->setFixedHeight(m_organizations->horizontalHeader()->sizeHint().height() +
                                    m_organizations->verticalHeader()->defaultSectionSize() * shownRows +
                                    2 * m_organizations->frameWidth() + 2);
    m_organizations->setVisible(!answer.organizations.isEmpty());
    m_organizationsEmpty->setText(answer.canSignIn
                                      ? tr("No organization: the person will not be a member of any.")
                                      : tr("No organization: the person cannot sign in."));
    m_organizationsEmpty->setVisible(answer.organizations.isEmpty());

    QStringList factors;
    for (const MfaFactor f : answer.signIn.mfaFactors)
        factors.append(SignInText::factorLabel(f));
    QStringList mfa;
    mfa.append(tr("Tenant policy: %1 — %2")
                   .arg(SignInText::policyLabel(answer.signIn.mfaPolicy),
                        SignInText::policyHint(answer.signIn.mfaPolicy)));
    mfa.append(factors.isEmpty() ? tr("Factors: none enabled.")
                                 : tr("Factors: %1.").arg(factors.join(QStringLiteral(", "))));
    mfa.append(tr("Organizations that require MFA: %1.")
                   .arg(SignInText::organizationPolicyLabel(answer.signIn.organizationRequiredMfaPolicy)));
    if (answer.user)
        mfa.append(answer.userHasMfa ? tr("The user has MFA set up.") : tr("The user has no MFA set up."));
    m_mfa->setText(mfa.join(QLatin1Char('\n')));

    m_notes->clear();
    for (const QString &note : answer.noteTexts())
        m_notes->addItem(QStringLiteral("• ") + note);
    m_result->setVisible(true);
    m_hint->setVisible(false);
}

} // namespace gatehouse::ui
