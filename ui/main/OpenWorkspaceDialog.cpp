#include "main/OpenWorkspaceDialog.h"

#include "common/FieldErrors.h"
#include "common/Style.h"
#include "connections/ConnectionStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gatehouse::ui {

OpenWorkspaceDialog::OpenWorkspaceDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_sqlite(new QRadioButton(tr("&SQLite file on this computer")))
    , m_postgres(new QRadioButton(tr("Postgre&SQL server (shared with your team)")))
    , m_logto(new QRadioButton(tr("&Logto server (a saved connection)")))
    , m_connection(new QComboBox)
    , m_connections(new QPushButton(tr("Co&nnections…")))
    , m_path(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_url(new QLineEdit)
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember password in the system keychain")))
    , m_error(FieldErrors::createLabel(QStringLiteral("workspaceError")))
    , m_tlsWarning(new QLabel)
{
    setObjectName(QStringLiteral("openWorkspaceDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(mode == Mode::New ? tr("New workspace") : tr("Open workspace"));
    setMinimumWidth(560);

    m_sqlite->setObjectName(QStringLiteral("workspaceSqliteRadio"));
    m_postgres->setObjectName(QStringLiteral("workspacePostgresRadio"));
    m_path->setObjectName(QStringLiteral("workspacePathEdit"));
    m_path->setPlaceholderText(mode == Mode::New ? tr("Where to create the workspace file")
                                                 : tr("An existing workspace file"));
    m_url->setObjectName(QStringLiteral("workspaceUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgres://gatehouse@db.example.com:5432/gatehouse"));
    m_password->setObjectName(QStringLiteral("workspacePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Database password"));
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setEnabled(false);
    m_remember->setToolTip(tr("No system keychain answered; the password is kept for this session only."));
    m_sqlite->setChecked(true);
    m_logto->setObjectName(QStringLiteral("workspaceLogtoRadio"));
    m_connection->setObjectName(QStringLiteral("workspaceConnectionCombo"));
    m_connections->setObjectName(QStringLiteral("workspaceConnectionsButton"));
    m_connections->setToolTip(tr("Add, edit, test or remove Logto connections"));
    for (const SavedConnection &c : connectionstore::all())
        m_connection->addItem(c.name + QStringLiteral(" — ") + c.endpoint + QStringLiteral(" (") + c.tenant +
                                  QLatin1Char(')'),
                              c.address());
    if (mode == Mode::New) {
        // A connection is not created here: the Logto server already holds its tenant.
        m_logto->hide();
        m_connection->hide();
        m_connections->hide();
    }

    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, 22);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_sqlite, 0, 0, 1, 3);
    grid->addWidget(m_path, 1, 1);
    grid->addWidget(m_browse, 1, 2);
    grid->addItem(new QSpacerItem(0, 8), 2, 0);
    grid->addWidget(m_postgres, 3, 0, 1, 3);
    grid->addWidget(m_url, 4, 1, 1, 2);
    grid->addWidget(m_password, 5, 1, 1, 2);
    grid->addWidget(m_remember, 6, 1, 1, 2);
    grid->addWidget(style::subtitleLabel(tr("Without the keychain the password is asked once per session and "
                                            "never written to disk.")),
                    7, 1, 1, 2);
    grid->addItem(new QSpacerItem(0, 8), 8, 0);
    grid->addWidget(m_logto, 9, 0, 1, 3);
    grid->addWidget(m_connection, 10, 1);
    grid->addWidget(m_connections, 10, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept =
        buttons->addButton(mode == Mode::New ? tr("Create") : tr("Open"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("workspaceAcceptButton"));
    style::makePrimary(m_accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_accept->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &OpenWorkspaceDialog::browse);
    connect(m_connections, &QPushButton::clicked, this, &OpenWorkspaceDialog::connectionsRequested);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &OpenWorkspaceDialog::validate);
    for (QRadioButton *radio : {m_sqlite, m_postgres, m_logto})
        connect(radio, &QRadioButton::toggled, this, &OpenWorkspaceDialog::validate);
    for (QLineEdit *edit : {m_path, m_url, m_password})
        connect(edit, &QLineEdit::textChanged, this, &OpenWorkspaceDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    m_tlsWarning->setObjectName(QStringLiteral("workspaceTlsWarning"));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(
        QStringLiteral("background: #fff4d6; color: #7a4b00; border: 1px solid #f0d48a; "
                       "border-radius: 6px; padding: 6px 8px;"));
    layout->addWidget(m_error);
    layout->addWidget(m_tlsWarning);
    layout->addWidget(buttons);
    validate();
}

void OpenWorkspaceDialog::setPostgresUrl(const QString &url)
{
    m_postgres->setChecked(true);
    m_url->setText(url);
    m_password->setFocus();
}

void OpenWorkspaceDialog::setSqlitePath(const QString &path)
{
    m_sqlite->setChecked(true);
    m_path->setText(path);
}

void OpenWorkspaceDialog::setKeychainAvailable(bool available)
{
    m_remember->setEnabled(available);
    m_remember->setToolTip(available
                               ? tr("Stored under the workspace's address in the system keychain.")
                               : tr("No system keychain answered; the password is kept for this session "
                                    "only."));
    validate();
}

void OpenWorkspaceDialog::browse()
{
    const QString start = m_path->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path->text()).absolutePath();
    const QString filter = tr("Gatehouse workspaces (*.sqlite *.db);;All files (*)");
    const QString path = m_mode == Mode::New
                             ? QFileDialog::getSaveFileName(this, tr("New workspace"), start, filter)
                             : QFileDialog::getOpenFileName(this, tr("Open workspace"), start, filter);
    if (!path.isEmpty())
        setSqlitePath(path);
}

WorkspaceSpec OpenWorkspaceDialog::spec() const
{
    if (m_sqlite->isChecked()) {
        WorkspaceSpec spec;
        spec.kind = WorkspaceSpec::Kind::Sqlite;
        spec.path = m_path->text().trimmed();
        return spec;
    }
    Result<WorkspaceSpec> parsed = WorkspaceSpec::parse(
        m_logto->isChecked() ? m_connection->currentData().toString() : m_url->text().trimmed());
    WorkspaceSpec spec = parsed.ok() ? parsed.value() : WorkspaceSpec();
    if (m_logto->isChecked())
        return spec;
    if (!m_password->text().isEmpty())
        spec.password = m_password->text();
    return spec;
}

bool OpenWorkspaceDialog::rememberPassword() const
{
    return m_postgres->isChecked() && m_remember->isEnabled() && m_remember->isChecked();
}

void OpenWorkspaceDialog::validate()
{
    const bool sqlite = m_sqlite->isChecked();
    const bool logto = m_logto->isChecked();
    m_path->setEnabled(sqlite);
    m_browse->setEnabled(sqlite);
    m_url->setEnabled(m_postgres->isChecked());
    m_password->setEnabled(m_postgres->isChecked());
    m_connection->setEnabled(logto && m_connection->count() > 0);
    QString problem;
    QString warning;
    if (logto) {
        if (m_connection->count() == 0)
            problem = tr("No connections are saved yet: choose Connections… to add one.");
    } else if (sqlite) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            problem = QStringLiteral(" ");
        else if (m_mode == Mode::Open && !QFileInfo::exists(path))
            problem = tr("There is no file at %1.").arg(path);
    } else {
        const QString url = m_url->text().trimmed();
        if (url.isEmpty()) {
            problem = QStringLiteral(" ");
        } else {
            Result<WorkspaceSpec> parsed = WorkspaceSpec::parse(url);
            if (!parsed.ok())
                problem = parsed.error().message();
            else if (parsed->kind != WorkspaceSpec::Kind::Postgres)
                problem = tr("Enter a postgres:// URL.");
            else
                warning = parsed->tlsWarning();
        }
    }
    m_tlsWarning->setText(warning);
    m_tlsWarning->setVisible(!warning.isEmpty());
    m_error->setText(problem.trimmed());
    m_error->setVisible(!problem.trimmed().isEmpty());
    m_accept->setEnabled(problem.isEmpty());
}

} // namespace gatehouse::ui
