#include "applications/ApplicationEditor.h"

#include "applications/ApplicationRolesTab.h"
#include "applications/ApplicationSecretsTab.h"
#include "applications/ApplicationSettingsForm.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

ApplicationEditor::ApplicationEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(style::titleLabel({}))
    , m_typeBadge(new QLabel)
    , m_tabs(new QTabWidget)
    , m_form(new ApplicationSettingsForm)
    , m_secrets(new ApplicationSecretsTab(workspace))
    , m_roles(new ApplicationRolesTab(workspace))
    , m_settingsTab(new QWidget)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Re&vert")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_status(style::subtitleLabel({}))
{
    setObjectName(QStringLiteral("applicationEditor"));
    m_title->setObjectName(QStringLiteral("applicationTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_typeBadge->setObjectName(QStringLiteral("applicationTypeBadge"));
    m_typeBadge->setProperty("role", QLatin1String("badge"));
    m_typeBadge->setStyleSheet(
        QStringLiteral("background: #efeafe; color: #4520c9; border: 1px solid #d6cbfb;"));
    m_tabs->setObjectName(QStringLiteral("applicationTabs"));
    m_save->setObjectName(QStringLiteral("applicationSaveButton"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("applicationRevertButton"));
    m_delete->setObjectName(QStringLiteral("applicationDeleteButton"));
    m_delete->setToolTip(tr("Delete this application (Del in the list)"));
    m_status->setObjectName(QStringLiteral("applicationStatusLabel"));
    style::makePrimary(m_save);
    style::makeDanger(m_delete);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_typeBadge, 0, Qt::AlignVCenter);
    header->addWidget(m_delete, 0, Qt::AlignVCenter);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *settingsLayout = new QVBoxLayout(m_settingsTab);
    settingsLayout->setContentsMargins(8, 8, 8, 8);
    settingsLayout->addWidget(scroll, 1);
    settingsLayout->addLayout(buttons);

    m_tabs->addTab(m_settingsTab, tr("Settings"));
    m_tabs->addTab(m_secrets, tr("Secrets"));
    m_tabs->addTab(m_roles, tr("Roles"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &ApplicationSettingsForm::changed, this, &ApplicationEditor::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &ApplicationEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ApplicationEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, &ApplicationEditor::deleteRequested);
    updateButtons();
}

void ApplicationEditor::setApplication(const Application &app)
{
    m_app = app;
    m_title->setText(app.name);
    m_typeBadge->setText(Format::applicationType(app.type));
    m_form->load(app, m_workspace->tenant().tag);
    const bool secrets = applicationTypeHasSecrets(app.type);
    const bool roles = app.type == ApplicationType::MachineToMachine;
    m_tabs->setTabVisible(m_tabs->indexOf(m_secrets), secrets);
    m_tabs->setTabVisible(m_tabs->indexOf(m_roles), roles);
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentWidget(m_settingsTab);
    m_secrets->setApplication(secrets ? app : Application());
    m_roles->setApplication(roles ? app : Application());
    m_status->clear();
    updateButtons();
}

void ApplicationEditor::clear()
{
    setApplication(Application());
}

bool ApplicationEditor::isDirty() const
{
    return hasApplication() && m_form->isDirty();
}

void ApplicationEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty && m_form->isValid() && !m_saving);
    m_revert->setEnabled(dirty && !m_saving);
    m_delete->setEnabled(hasApplication() && !m_saving);
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (dirty)
        m_status->setText(m_form->isValid() ? tr("Unsaved changes") : tr("Fix the marked fields to save"));
}

void ApplicationEditor::revert()
{
    m_form->load(m_app, m_workspace->tenant().tag);
    m_status->clear();
    updateButtons();
}

void ApplicationEditor::save()
{
    if (!m_save->isEnabled())
        return;
    const Application edited = m_form->edited();
    m_saving = true;
    updateButtons();
    const QString tenantId = m_workspace->tenant().id;
    m_workspace->track(m_workspace->backend().applications().update(tenantId, edited))
        .then(this, [this, edited](Result<Application> result) {
            m_saving = false;
            if (result.ok()) {
                if (result->id == m_app.id)
                    setApplication(result.value());
                m_status->setText(tr("Saved"));
                emit saved(result.value());
                return;
            }
            const Error &error = result.error();
            if (error.code() == ErrorCode::Validation) {
                m_form->showErrors(error.fields());
                m_status->setText(tr("Not saved: fix the marked fields"));
            } else if (error.code() == ErrorCode::Conflict) {
                const auto answer = MessageBox::question(
                    this, tr("Application changed elsewhere"),
                    tr("\"%1\" was changed by someone else after you opened it. Reload it? Your edits in "
                       "this form will be discarded.")
                        .arg(edited.name),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                if (answer == QMessageBox::Yes)
                    reload();
            } else {
                MessageBox::showError(this, tr("Could not save \"%1\".").arg(edited.name), error);
            }
            updateButtons();
        });
}

void ApplicationEditor::reload()
{
    const QString id = m_app.id;
    m_workspace->track(m_workspace->backend().applications().get(m_workspace->tenant().id, id))
        .then(this, [this, id](Result<Application> result) {
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not reload the application."), result.error());
                return;
            }
            if (m_app.id == id) {
                setApplication(result.value());
                emit saved(result.value());
            }
        });
}

} // namespace gatehouse::ui
