#include "resources/ResourceEditor.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "model/Application.h"
#include "model/Validation.h"
#include "resources/ScopesPanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace gatehouse::ui {

ResourceEditor::ResourceEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(style::titleLabel({}))
    , m_defaultBadge(new QLabel(tr("Default")))
    , m_name(new QLineEdit)
    , m_indicator(new QLineEdit)
    , m_ttl(new QSpinBox)
    , m_default(new QCheckBox(tr("Default API")))
    , m_created(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Re&vert")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_status(style::subtitleLabel({}))
    , m_scopes(new ScopesPanel(workspace))
{
    setObjectName(QStringLiteral("resourceEditor"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("resourceTitleLabel"));
    m_defaultBadge->setProperty("role", QLatin1String("badge"));
    m_defaultBadge->setStyleSheet(
        QStringLiteral("background: #e3f5e8; color: #1b7a3a; border: 1px solid #b5e0c2;"));
    m_name->setObjectName(QStringLiteral("resourceNameEdit"));
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
    m_save->setObjectName(QStringLiteral("resourceSaveButton"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("resourceRevertButton"));
    m_delete->setObjectName(QStringLiteral("resourceDeleteButton"));
    m_status->setObjectName(QStringLiteral("resourceStatusLabel"));
    style::makePrimary(m_save);
    style::makeDanger(m_delete);

    auto *nameError = FieldErrors::createLabel(QStringLiteral("resourceNameError"));
    auto *ttlError = FieldErrors::createLabel(QStringLiteral("accessTokenTtlError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("resourceOtherError"));
    m_errors.addField(QStringLiteral("name"), nameError);
    m_errors.addField(QStringLiteral("accessTokenTtl"), ttlError);
    m_errors.setFallback(otherError);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_defaultBadge, 0, Qt::AlignVCenter);
    header->addWidget(m_delete, 0, Qt::AlignVCenter);

    auto *settings = new QWidget;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(14);
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("Indicator"), m_indicator);
    form->addRow(tr("Access &token lifetime"), m_ttl);
    form->addRow(QString(), ttlError);
    form->addRow(QString(), m_default);
    form->addRow(tr("Created"), m_created);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 8);
    settingsLayout->addWidget(style::sectionLabel(tr("Settings")));
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(otherError);
    settingsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(settings);
    splitter->addWidget(m_scopes);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_name, &QLineEdit::textChanged, this, &ResourceEditor::validate);
    connect(m_ttl, &QSpinBox::valueChanged, this, &ResourceEditor::validate);
    connect(m_default, &QCheckBox::toggled, this, &ResourceEditor::validate);
    connect(m_save, &QPushButton::clicked, this, &ResourceEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ResourceEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, &ResourceEditor::deleteRequested);
    connect(m_scopes, &ScopesPanel::countChanged, this, [this](int count) { m_scopeCount = count; });
    updateButtons();
}

void ResourceEditor::setResource(const Resource &resource, bool reloadScopes)
{
    m_loading = true;
    m_resource = resource;
    m_title->setText(resource.name);
    m_defaultBadge->setVisible(resource.isDefault);
    m_name->setText(resource.name);
    m_indicator->setText(resource.indicator);
    m_indicator->setCursorPosition(0);
    m_ttl->setValue(resource.accessTokenTtl);
    m_default->setChecked(resource.isDefault);
    m_created->setText(Format::dateTime(resource.createdAt));
    m_created->setToolTip(Format::utc(resource.createdAt));
    m_status->clear();
    m_loading = false;
    m_scopes->setResource(resource, reloadScopes);
    validate();
}

Resource ResourceEditor::edited() const
{
    Resource r = m_resource;
    r.name = m_name->text();
    r.accessTokenTtl = m_ttl->value();
    r.isDefault = m_default->isChecked();
    return r;
}

bool ResourceEditor::isDirty() const
{
    if (!hasResource())
        return false;
    const Resource now = edited();
    return now.name != m_resource.name || now.accessTokenTtl != m_resource.accessTokenTtl ||
           now.isDefault != m_resource.isDefault;
}

void ResourceEditor::validate()
{
    if (m_loading)
        return;
    m_valid = m_errors.show(hasResource() ? validation::resource(edited()) : QList<FieldError>());
    updateButtons();
}

void ResourceEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty && m_valid && !m_saving);
    m_revert->setEnabled(dirty && !m_saving);
    m_delete->setEnabled(hasResource() && !m_saving);
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (dirty)
        m_status->setText(m_valid ? tr("Unsaved changes") : tr("Fix the marked fields to save"));
}

void ResourceEditor::revert()
{
    setResource(m_resource, false);
}

void ResourceEditor::save()
{
    if (!m_save->isEnabled())
        return;
    const Resource edited = this->edited();
    m_saving = true;
    updateButtons();
    m_workspace->track(m_workspace->backend().resources().update(m_workspace->tenant().id, edited))
        .then(this, [this, edited](Result<Resource> result) {
            m_saving = false;
            if (result.ok()) {
                if (result->id == m_resource.id)
                    setResource(result.value(), false);
                m_status->setText(tr("Saved"));
                emit saved(result.value());
                return;
            }
            const Error &error = result.error();
            if (error.code() == ErrorCode::Validation) {
                m_errors.show(error.fields());
            } else if (error.code() == ErrorCode::Conflict) {
                const auto answer =
                    MessageBox::question(this, tr("API resource changed elsewhere"),
                                         tr("\"%1\" was changed by someone else after you opened it. Reload "
                                            "it? Your edits will be "
                                            "discarded.")
                                             .arg(edited.name),
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                if (answer == QMessageBox::Yes) {
                    const QString id = edited.id;
                    m_workspace->track(m_workspace->backend().resources().get(m_workspace->tenant().id, id))
                        .then(this, [this, id](Result<Resource> fresh) {
                            if (!fresh.ok()) {
                                MessageBox::showError(this, tr("Could not reload the API resource."),
                                                      fresh.error());
                            } else if (m_resource.id == id) {
                                setResource(fresh.value(), false);
                                emit saved(fresh.value());
                            }
                        });
                }
            } else {
                MessageBox::showError(this, tr("Could not save \"%1\".").arg(edited.name), error);
            }
            updateButtons();
        });
}

} // namespace gatehouse::ui
