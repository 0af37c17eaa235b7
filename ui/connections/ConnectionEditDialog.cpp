#include "connections/ConnectionEditDialog.h"

#include "common/FieldErrors.h"
#include "common/Style.h"
#include "connections/ConnectionManager.h"
#include "connections/ConnectionText.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gatehouse::ui {

ConnectionEditDialog::ConnectionEditDialog(ConnectionManager *manager,
                                           const std::optional<SavedConnection> &existing, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_existing(existing)
    , m_previousAccount(existing ? existing->account() : QString())
    , m_notice(style::subtitleLabel({}))
    , m_name(new QLineEdit)
    , m_endpoint(new QLineEdit)
    , m_tenant(new QLineEdit)
    , m_clientId(new QLineEdit)
    , m_secret(new QLineEdit)
    , m_secretHint(style::subtitleLabel({}))
    , m_caFile(new QLineEdit)
    , m_caBrowse(new QPushButton(tr("&Browse…")))
    , m_production(new QRadioButton(tr("&Production")))
    , m_development(new QRadioButton(tr("&Development")))
    , m_error(FieldErrors::createLabel(QStringLiteral("connectionError")))
    , m_testResult(new QLabel)
    , m_test(new QPushButton(tr("&Test")))
{
    setObjectName(QStringLiteral("connectionEditDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(existing ? tr("Edit connection") : tr("Add connection"));
    setMinimumWidth(560);

    m_notice->setObjectName(QStringLiteral("connectionNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_name->setObjectName(QStringLiteral("connectionNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Acme production"));
    m_endpoint->setObjectName(QStringLiteral("connectionEndpointEdit"));
    m_endpoint->setPlaceholderText(QStringLiteral("https://auth.example.com"));
    m_tenant->setObjectName(QStringLiteral("connectionTenantEdit"));
    m_tenant->setPlaceholderText(QStringLiteral("default"));
    m_tenant->setToolTip(tr("\"default\" on a self-hosted Logto server; the tenant id on Logto Cloud."));
    m_clientId->setObjectName(QStringLiteral("connectionClientIdEdit"));
    m_clientId->setPlaceholderText(tr("Machine-to-machine application id"));
    m_secret->setObjectName(QStringLiteral("connectionSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretHint->setObjectName(QStringLiteral("connectionSecretHint"));
    m_secretHint->setWordWrap(true);
    m_caFile->setObjectName(QStringLiteral("connectionCaFileEdit"));
    m_caFile->setPlaceholderText(tr("Optional: extra trusted certificates (PEM)"));
    m_caBrowse->setObjectName(QStringLiteral("connectionCaBrowseButton"));
    m_production->setObjectName(QStringLiteral("connectionProductionRadio"));
    m_development->setObjectName(QStringLiteral("connectionDevelopmentRadio"));
    m_testResult->setObjectName(QStringLiteral("connectionEditTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setVisible(false);
    m_test->setObjectName(QStringLiteral("connectionEditTestButton"));
    m_test->setToolTip(tr("Get a token with these values and read the applications once"));

    const SavedConnection initial = existing.value_or(SavedConnection());
    m_name->setText(initial.name);
    m_endpoint->setText(initial.endpoint);
    m_tenant->setText(initial.tenant);
    m_clientId->setText(initial.clientId);
    m_caFile->setText(initial.caFile);
    (initial.production ? m_production : m_development)->setChecked(true);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *tags = new QVBoxLayout;
    tags->setSpacing(2);
    tags->addWidget(m_production);
    tags->addWidget(style::subtitleLabel(
        tr("Serves real users: destructive actions name the connection and ask first.")));
    tags->addSpacing(4);
    tags->addWidget(m_development);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Endpoint"), m_endpoint);
    form->addRow(tr("T&enant"), m_tenant);
    form->addRow(tr("&Client id"), m_clientId);
    form->addRow(tr("Client &secret"), m_secret);
    form->addRow(QString(), m_secretHint);
    auto *caLabel = new QLabel(tr("CA f&ile"));
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Kind"), tags);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("connectionSaveButton"));
    style::makePrimary(m_save);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_save->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionEditDialog::runTest);
    connect(m_caBrowse, &QPushButton::clicked, this, &ConnectionEditDialog::browseCaFile);
    for (QLineEdit *edit : {m_name, m_endpoint, m_tenant, m_clientId, m_secret, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionEditDialog::validate);
    // Production or not decides whether plain http is allowed at all.
    connect(m_production, &QRadioButton::toggled, this, &ConnectionEditDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_testResult);
    layout->addWidget(buttons);
    setKeychainAvailable(false);
}

void ConnectionEditDialog::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    QString hint = available ? tr("Stored in the system keychain, never in Gatehouse's settings.")
                             : tr("No system keychain is available: the secret is kept for this session only "
                                  "and asked for again next time.");
    if (m_existing && !m_secretRequired)
        hint = tr("Leave empty to keep the secret you entered before.") + QLatin1Char(' ') + hint;
    m_secretHint->setText(hint);
    validate();
}

void ConnectionEditDialog::requireSecret()
{
    m_secretRequired = true;
    setKeychainAvailable(m_keychainAvailable);
}

void ConnectionEditDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_secret->setFocus();
}

SavedConnection ConnectionEditDialog::connection() const
{
    SavedConnection c;
    c.name = m_name->text().trimmed();
    c.endpoint = m_endpoint->text().trimmed();
    while (c.endpoint.endsWith(QLatin1Char('/')))
        c.endpoint.chop(1);
    c.tenant = m_tenant->text().trimmed().isEmpty() ? QStringLiteral("default") : m_tenant->text().trimmed();
    c.caFile = m_caFile->text().trimmed();
    c.production = m_production->isChecked();
    c.clientId = m_clientId->text().trimmed();
    return c;
}

QString ConnectionEditDialog::secret() const
{
    return m_secret->text();
}

WorkspaceSpec ConnectionEditDialog::spec() const
{
    const SavedConnection c = connection();
    Result<WorkspaceSpec> parsed = c.spec();
    WorkspaceSpec spec = parsed.ok() ? parsed.value() : WorkspaceSpec();
    spec.clientId = c.clientId;
    spec.clientSecret = secret();
    return spec;
}

bool ConnectionEditDialog::secretRequired() const
{
    // A changed address keeps the secret (it moves with the connection); a changed client id
    // needs the secret that belongs to it.
    return m_secretRequired || !m_existing || connection().clientId != m_existing->clientId;
}

void ConnectionEditDialog::validate()
{
    const SavedConnection c = connection();
    QString problem;
    const bool blankRequired = c.name.isEmpty() || c.endpoint.isEmpty() || c.clientId.isEmpty();
    static const QRegularExpression scheme(QStringLiteral("^(logto\\+)?https?://"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!c.endpoint.isEmpty() && !scheme.match(c.endpoint).hasMatch()) {
        problem =
            tr("The endpoint is https://HOST (for example https://auth.example.com), or http:// for a "
               "Development connection to a server on this machine (localhost, 127.0.0.1, [::1]); logto+ "
               "in front is accepted too.");
    } else if (!c.endpoint.isEmpty()) {
        const Result<WorkspaceSpec> parsed = c.spec();
        if (!parsed.ok())
            problem = parsed.error().message();
    }
    if (problem.isEmpty()) {
        for (const SavedConnection &other : connectionstore::all()) {
            if (other.account() == m_previousAccount)
                continue;
            if (!c.name.isEmpty() && other.name.compare(c.name, Qt::CaseInsensitive) == 0)
                problem = tr("A connection named \"%1\" already exists.").arg(other.name);
            else if (!c.endpoint.isEmpty() && other.account() == c.account())
                problem = tr("This server and tenant are already saved as \"%1\".").arg(other.name);
        }
    }
    if (problem.isEmpty() && !c.caFile.isEmpty() && !QFileInfo(c.caFile).isFile())
        problem = tr("There is no file at %1.").arg(c.caFile);
    if (problem.isEmpty() && secret().isEmpty() && secretRequired() && !blankRequired && m_existing &&
        !m_secretRequired)
        problem = tr("Enter the client secret again: the client id changed.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    const bool complete = !blankRequired && (!secret().isEmpty() || !secretRequired());
    m_save->setEnabled(problem.isEmpty() && complete);
    m_test->setEnabled(problem.isEmpty() && !blankRequired && (!secret().isEmpty() || !secretRequired()));
}

void ConnectionEditDialog::browseCaFile()
{
    const QString start = m_caFile->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                              : QFileInfo(m_caFile->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Trusted certificates"), start, tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void ConnectionEditDialog::runTest()
{
    const int generation = ++m_testGeneration;
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing…"));
    m_testResult->setVisible(true);
    const WorkspaceSpec typed = spec();
    auto show = [this, generation](bool ok, const QString &text) {
        if (generation != m_testGeneration)
            return;
        m_testResult->setText(text);
        m_testResult->setStyleSheet(ok ? QStringLiteral("color: #1e7a34;")
                                       : QStringLiteral("color: #b42318;"));
        validate();
    };
    // Without a typed secret, the one stored under the connection's previous address is used.
    WorkspaceSpec lookup = typed;
    if (typed.clientSecret.isEmpty() && m_existing) {
        const Result<WorkspaceSpec> previous = m_existing->spec();
        if (previous.ok())
            lookup = previous.value();
    }
    m_manager->credentials(lookup).then(this, [this, typed, show](Result<WorkspaceSpec> resolved) {
        if (!resolved.ok()) {
            show(false, ConnectionText::testFailed(resolved.error()));
            return;
        }
        WorkspaceSpec tested = typed;
        tested.clientSecret = resolved->clientSecret;
        m_manager->test(tested).then(this, [tested, show](Result<ConnectionReport> report) {
            show(report.ok(), report.ok() ? ConnectionText::testSucceeded(tested.endpoint, report.value())
                                          : ConnectionText::testFailed(report.error()));
        });
    });
}

} // namespace gatehouse::ui
