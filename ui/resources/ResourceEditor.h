#pragma once

#include "common/EditorWidget.h"
#include "model/Resource.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gatehouse::ui {

class ScopesPanel;

/// The selected API resource: name, indicator (fixed after creation), access-token lifetime,
/// default flag, and its permissions underneath. Validates as the person types; Save is
/// disabled while invalid, unchanged or saving.
class ResourceEditor : public EditorWidget
{
    Q_OBJECT
public:
    explicit ResourceEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setItem(const Resource &resource, bool reloadScopes = true);
    const Resource &resource() const { return m_resource; }
    Resource edited() const;
    /// Permissions of the shown resource, as listed.
    int scopeCount() const;
    ScopesPanel *scopes() const { return m_scopes; }

signals:
    void saved(const gatehouse::Resource &resource);

protected:
    bool hasItem() const override { return !m_resource.id.isEmpty(); }
    QString itemName() const override { return m_resource.name; }
    bool isModified() const override;
    QList<FieldError> problems() const override;
    void startSave() override;
    void reloadForm() override;

private:
    Resource m_resource;
    QLabel *m_defaultBadge;
    QLineEdit *m_name;
    QLineEdit *m_indicator;
    QSpinBox *m_ttl;
    QCheckBox *m_default;
    QLabel *m_created;
    ScopesPanel *m_scopes;
};

} // namespace gatehouse::ui
