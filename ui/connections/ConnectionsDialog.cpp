#include "connections/ConnectionsDialog.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "connections/ConnectionEditDialog.h"
#include "connections/ConnectionManager.h"
#include "connections/ConnectionText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int accountRole = Qt::UserRole + 1;
}

ConnectionsDialog::ConnectionsDialog(ConnectionManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_list(new QTreeWidget)
    , m_keychainNote(new QLabel)
    , m_result(new QLabel)
    , m_add(new QPushButton(tr("&Add…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_remove(new QPushButton(tr("&Remove…")))
    , m_test(new QPushButton(tr("&Test")))
    , m_connect(new QPushButton(tr("&Connect")))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Connections"));
    resize(760, 420);

    m_list->setObjectName(QStringLiteral("connectionsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Name"), tr("Endpoint"), tr("Tenant"), tr("Kind")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setColumnWidth(0, 200);
    m_keychainNote->setObjectName(QStringLiteral("connectionsKeychainLabel"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setStyleSheet(
        QStringLiteral("background: #fff4d6; color: #8a5a00; border: 1px solid #f0d58c; "
                       "border-radius: 6px; padding: 6px 8px;"));
    m_keychainNote->setText(
        tr("No system keychain is available: client secrets are kept for this session only "
           "and asked for again after Gatehouse restarts."));
    m_keychainNote->setVisible(false);
    m_result->setObjectName(QStringLiteral("connectionTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    m_add->setObjectName(QStringLiteral("connectionAddButton"));
    m_edit->setObjectName(QStringLiteral("connectionEditButton"));
    m_remove->setObjectName(QStringLiteral("connectionRemoveButton"));
    m_test->setObjectName(QStringLiteral("connectionTestButton"));
    m_test->setToolTip(tr("Get a token and read the applications once"));
    m_connect->setObjectName(QStringLiteral("connectionConnectButton"));
    style::makePrimary(m_connect);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove})
        side->addWidget(button);
    side->addSpacing(12);
    side->addWidget(m_test);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionsDialog::connectSelected);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsDialog::editConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeConnection);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ConnectionsDialog::connectSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        ++m_testGeneration;
        m_result->setVisible(false);
        updateButtons();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(style::subtitleLabel(
        tr("Logto servers managed through their Management API. Each connection is one tenant and uses a "
           "machine-to-machine application with the Management API role.")));
    layout->addWidget(m_keychainNote);
    layout->addLayout(body, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    reload();
    m_manager->probeKeychain([self = QPointer<ConnectionsDialog>(this)](bool works) {
        if (self)
            self->keychainAnswered(works);
    });
}

void ConnectionsDialog::keychainAnswered(bool works)
{
    m_keychainWorks = works;
    m_keychainNote->setVisible(!works);
}

void ConnectionsDialog::reload(const QString &selectAccount)
{
    const QString keep = selectAccount.isEmpty() && selected() ? selected()->account() : selectAccount;
    m_list->clear();
    for (const SavedConnection &c : connectionstore::all()) {
        auto *item =
            new QTreeWidgetItem(m_list, {c.name, c.endpoint, c.tenant, ConnectionText::tag(c.production)});
        item->setData(0, accountRole, c.account());
        item->setForeground(3, c.production ? style::danger : QColor(0x1d, 0x5b, 0xbf));
        item->setToolTip(1, c.address());
        if (c.account() == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void ConnectionsDialog::select(const QString &account)
{
    reload(account);
}

std::optional<SavedConnection> ConnectionsDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString account = item->data(0, accountRole).toString();
    for (const SavedConnection &c : connectionstore::all()) {
        if (c.account() == account)
            return c;
    }
    return std::nullopt;
}

void ConnectionsDialog::updateButtons()
{
    const bool has = m_list->currentItem() != nullptr;
    for (QPushButton *button : {m_edit, m_remove, m_test, m_connect})
        button->setEnabled(has);
}

void ConnectionsDialog::addConnection()
{
    auto *editor = new ConnectionEditDialog(m_manager, std::nullopt, this);
    editor->setKeychainAvailable(m_keychainWorks);
    connect(editor, &QDialog::accepted, this,
            [this, editor] { persist(editor->connection(), editor->secret(), QString()); });
    editor->open();
}

void ConnectionsDialog::editConnection()
{
    const std::optional<SavedConnection> connection = selected();
    if (!connection)
        return;
    auto *editor = new ConnectionEditDialog(m_manager, connection, this);
    editor->setKeychainAvailable(m_keychainWorks);
    connect(editor, &QDialog::accepted, this,
            [this, editor] { persist(editor->connection(), editor->secret(), editor->previousAccount()); });
    editor->open();
}

void ConnectionsDialog::persist(const SavedConnection &connection, const QString &secret,
                                const QString &previousAccount)
{
    m_manager->saveConnection(connection, secret, previousAccount)
        .then(this, [this, connection, secret](Result<bool> stored) {
            reload(connection.account());
            if (!stored.ok())
                showResult(false,
                           tr("The secret could not be stored in the system keychain; it is kept for this "
                              "session only.") +
                               QLatin1Char('\n') + stored.error().message());
            else if (!secret.isEmpty() && !stored.value())
                showResult(true, tr("Saved. The secret is kept for this session only."));
        });
}

void ConnectionsDialog::removeConnection()
{
    const std::optional<SavedConnection> connection = selected();
    if (!connection)
        return;
    const bool confirmed =
        MessageBox::confirmDestructive(this, tr("Remove connection"),
                                       tr("Remove the connection \"%1\" (%2, tenant %3)?\nIts client secret "
                                          "is removed from the system keychain "
                                          "too. Nothing changes on the server.")
                                           .arg(connection->name, connection->endpoint, connection->tenant),
                                       tr("Remove connection"), false);
    if (!confirmed)
        return;
    m_manager->removeConnection(*connection)
        .then(this, [this, name = connection->name](Result<Done> removed) {
            reload();
            if (!removed.ok())
                showResult(
                    false,
                    tr("\"%1\" was removed, but its secret could not be removed from the system keychain: "
                       "%2")
                        .arg(name, removed.error().message()));
        });
}

void ConnectionsDialog::testConnection()
{
    const std::optional<SavedConnection> connection = selected();
    if (!connection)
        return;
    const Result<WorkspaceSpec> spec = connection->spec();
    if (!spec.ok()) {
        showResult(false, ConnectionText::testFailed(spec.error()));
        return;
    }
    const int generation = ++m_testGeneration;
    m_test->setEnabled(false);
    showResult(true, tr("Testing \"%1\"…").arg(connection->name));
    m_result->setStyleSheet(QString());
    auto done = [this, generation](bool ok, const QString &text) {
        if (generation != m_testGeneration)
            return;
        showResult(ok, text);
        updateButtons();
    };
    m_manager->credentials(spec.value()).then(this, [this, done](Result<WorkspaceSpec> resolved) {
        if (!resolved.ok()) {
            const ErrorCode code = resolved.error().code();
            done(false,
                 code == ErrorCode::NotFound
                     ? tr("No client secret is saved for this connection. Choose Edit… and enter it.")
                 : code == ErrorCode::Unavailable
                     ? tr("No client secret is known for this connection in this session (no system keychain "
                          "is available). Choose Edit… and enter it.")
                     : ConnectionText::testFailed(resolved.error()));
            return;
        }
        m_manager->test(resolved.value())
            .then(this, [done, endpoint = resolved->endpoint](Result<ConnectionReport> report) {
                done(report.ok(), report.ok() ? ConnectionText::testSucceeded(endpoint, report.value())
                                              : ConnectionText::testFailed(report.error()));
            });
    });
}

void ConnectionsDialog::connectSelected()
{
    const std::optional<SavedConnection> connection = selected();
    if (!connection)
        return;
    const Result<WorkspaceSpec> spec = connection->spec();
    if (!spec.ok()) {
        showResult(false, spec.error().message());
        return;
    }
    emit connectRequested(spec.value());
    accept();
}

void ConnectionsDialog::showResult(bool ok, const QString &text)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1e7a34;") : QStringLiteral("color: #b42318;"));
    m_result->setVisible(true);
}

} // namespace gatehouse::ui
