#include "resources/ResourceEditor.h"

#include "common/Format.h"
#include "common/Style.h"
#include "model/Application.h"
#include "model/Validation.h"
#include "resources/ScopesPanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace gatehouse::ui {

ResourceEditor::ResourceEditor(Workspace *workspace, QWidget *parent)
    : EditorWidget(workspace,
                   {tr("API resource changed elsewhere"), tr("Could not reload the API resource."), QString(),
                    QString()},
                   parent)
    , m_defaultBadge(new QLabel(tr("Default")))
    , m_indicator(new QLineEdit)
    , m_ttl(new QSpinBox)
    , m_default(new QCheckBox(tr("Default API")))
    , m_created(new QLabel)
    , m_scopes(new ScopesPanel(workspace))
{
    setObjectName(QStringLiteral("resourceEditor"));
    m_defaultBadge->setProperty("role", QLatin1String("badge"));
    m_defaultBadge->setStyleSheet(
        QStringLiteral("background: #e3f5e8; color: #1b7a3a; border: 1px solid #b5e0c2;"));
    m_indicator->setObjectName(QStringLiteral("resourceIndicatorEdit"));
    m_indicator->setReadOnly(true);
    m_indicator->setFont(style::monospace());
    m_indicator->setToolTip(tr("The indicator identifies the API in token requests (RFC 8707) and cannot be "
                               "changed after creation."));
    m_ttl->setObjectName(QStringLiteral("accessTokenTtlSpin"));
    m_ttl->setRange(limits::accessTokenTtlMin, limits::accessTokenTtlMax);
    m_ttl->setSingleStep(300);
    m_ttl->setSuffix(tr(" seconds"));
    m_default->setObjectName(QStringLiteral("resourceDefaultCheck"));
    m_default->setToolTip(
        tr("Access tokens requested without a resource parameter are issued for the default "
           "API. A tenant has at most one."));

    auto *ttlError = FieldErrors::createLabel(QStringLiteral("accessTokenTtlError"));
    errors().addField(QStringLiteral("accessTokenTtl"), ttlError);

    auto *settings = new QWidget;
    QFormLayout *form = style::formLayout();
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("resourceName"));
    form->addRow(tr("Indicator"), m_indicator);
    form->addRow(tr("Access &token lifetime"), m_ttl);
    form->addRow(QString(), ttlError);
    form->addRow(QString(), m_default);
    form->addRow(tr("Created"), m_created);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 8);
    settingsLayout->addWidget(style::sectionLabel(tr("Settings")));
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(errors().createFallback(QStringLiteral("resourceOtherError")));
    settingsLayout->addLayout(createSaveBar(QStringLiteral("resource")));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(settings);
    splitter->addWidget(m_scopes);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(createHeader(QStringLiteral("resource"), {m_defaultBadge}));
    setOperations(Operation::ResourcesUpdate, Operation::ResourcesRemove);
    layout->addWidget(splitter, 1);

    connect(m_ttl, &QSpinBox::valueChanged, this, &ResourceEditor::validate);
    connect(m_default, &QCheckBox::toggled, this, &ResourceEditor::validate);
    updateButtons();
}

void ResourceEditor::setItem(const Resource &resource, bool reloadScopes)
{
    m_resource = resource;
    fill([&] {
        titleLabel()->setText(resource.name);
        m_defaultBadge->setVisible(resource.isDefault);
        m_name->setText(resource.name);
        m_indicator->setText(resource.indicator);
        m_indicator->setCursorPosition(0);
        m_ttl->setValue(resource.accessTokenTtl);
        m_default->setChecked(resource.isDefault);
        m_created->setText(Format::dateTime(resource.createdAt));
        m_created->setToolTip(Format::utc(resource.createdAt));
        m_scopes->setSubject(resource, reloadScopes);
    });
}

Resource ResourceEditor::edited() const
{
    Resource r = m_resource;
    r.name = m_name->text();
    r.accessTokenTtl = m_ttl->value();
    r.isDefault = m_default->isChecked();
    return r;
}

int ResourceEditor::scopeCount() const
{
    return m_scopes->count();
}

bool ResourceEditor::isModified() const
{
    const Resource now = edited();
    return now.name != m_resource.name || now.accessTokenTtl != m_resource.accessTokenTtl ||
           now.isDefault != m_resource.isDefault;
}

QList<FieldError> ResourceEditor::problems() const
{
    return validation::resource(edited());
}

void ResourceEditor::reloadForm()
{
    setItem(m_resource, false);
}

void ResourceEditor::startSave()
{
    const Resource resource = edited();
    saveThrough<Resource>(workspace()->backend().resources(), resource, resource.name,
                          [this](const Resource &stored) {
                              if (stored.id == m_resource.id)
                                  setItem(stored, false);
                              emit saved(stored);
                          });
}

} // namespace gatehouse::ui
