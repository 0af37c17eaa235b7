#include "applications/ApplicationEditor.h"

#include "applications/ApplicationRolesTab.h"
#include "applications/ApplicationSecretsTab.h"
#include "applications/ApplicationSettingsForm.h"
#include "common/Format.h"
#include "common/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

ApplicationEditor::ApplicationEditor(Workspace *workspace, QWidget *parent)
    : EditorWidget(workspace,
                   {tr("Application changed elsewhere"), tr("Could not reload the application."),
                    tr("\"%1\" was changed by someone else after you opened it. Reload it? Your edits in "
                       "this form will be discarded."),
                    QString()},
                   parent)
    , m_typeBadge(style::kindBadge())
    , m_tabs(new QTabWidget)
    , m_form(new ApplicationSettingsForm)
    , m_secrets(new ApplicationSecretsTab(workspace))
    , m_roles(new ApplicationRolesTab(workspace))
    , m_settingsTab(new QWidget)
{
    setObjectName(QStringLiteral("applicationEditor"));
    m_typeBadge->setObjectName(QStringLiteral("applicationTypeBadge"));
    m_tabs->setObjectName(QStringLiteral("applicationTabs"));

    QHBoxLayout *header = createHeader(QStringLiteral("application"), {m_typeBadge});
    deleteButton()->setToolTip(tr("Delete this application (Del in the list)"));

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *settingsLayout = new QVBoxLayout(m_settingsTab);
    settingsLayout->setContentsMargins(8, 8, 8, 8);
    settingsLayout->addWidget(scroll, 1);
    settingsLayout->addLayout(createSaveBar(QStringLiteral("application")));
    setOperations(Operation::ApplicationsUpdate, Operation::ApplicationsRemove);

    m_tabs->addTab(m_settingsTab, tr("Settings"));
    m_tabs->addTab(m_secrets, tr("Secrets"));
    m_tabs->addTab(m_roles, tr("Roles"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &ApplicationSettingsForm::changed, this, &ApplicationEditor::validate);
    updateButtons();
}

void ApplicationEditor::setItem(const Application &app)
{
    m_app = app;
    titleLabel()->setText(app.name);
    m_typeBadge->setText(Format::applicationType(app.type));
    m_form->load(app, workspace()->tenant().tag);
    const bool secrets = applicationTypeHasSecrets(app.type);
    const bool roles = app.type == ApplicationType::MachineToMachine;
    m_tabs->setTabVisible(m_tabs->indexOf(m_secrets), secrets);
    m_tabs->setTabVisible(m_tabs->indexOf(m_roles), roles);
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentWidget(m_settingsTab);
    m_secrets->setSubject(secrets ? app : Application());
    m_roles->setSubject(roles ? app : Application());
    statusLabel()->clear();
    validate();
}

bool ApplicationEditor::isModified() const
{
    return m_form->isDirty();
}

bool ApplicationEditor::isValid() const
{
    return m_form->isValid();
}

void ApplicationEditor::reloadForm()
{
    m_form->load(m_app, workspace()->tenant().tag);
    statusLabel()->clear();
    validate();
}

bool ApplicationEditor::showSaveErrors(const Error &error)
{
    if (error.code() != ErrorCode::Validation)
        return false;
    m_form->showErrors(error.fields());
    return true;
}

void ApplicationEditor::startSave()
{
    const Application app = m_form->edited();
    saveThrough<Application>(workspace()->backend().applications(), app, app.name,
                             [this](const Application &stored) {
                                 if (stored.id == m_app.id)
                                     setItem(stored);
                                 emit saved(stored);
                             });
}

} // namespace gatehouse::ui
