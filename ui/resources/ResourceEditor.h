#pragma once

#include "common/FieldErrors.h"
#include "model/Resource.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gatehouse::ui {

class ScopesPanel;
class Workspace;

/// The selected API resource: name, indicator (fixed after creation), access-token lifetime,
/// default flag, and its permissions underneath. Validates as the person types; Save is
/// disabled while invalid, unchanged or saving.
class ResourceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setResource(const Resource &resource, bool reloadScopes = true);
    const Resource &resource() const { return m_resource; }
    bool hasResource() const { return !m_resource.id.isEmpty(); }
    Resource edited() const;
    bool isDirty() const;
    int scopeCount() const { return m_scopeCount; }
    ScopesPanel *scopes() const { return m_scopes; }

    void save();
    void revert();

signals:
    void saved(const gatehouse::Resource &resource);
    void deleteRequested();

private:
    void validate();
    void updateButtons();

    Workspace *m_workspace;
    Resource m_resource;
    bool m_saving = false;
    bool m_valid = true;
    bool m_loading = false;
    int m_scopeCount = 0;
    FieldErrors m_errors;
    QLabel *m_title;
    QLabel *m_defaultBadge;
    QLineEdit *m_name;
    QLineEdit *m_indicator;
    QSpinBox *m_ttl;
    QCheckBox *m_default;
    QLabel *m_created;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QLabel *m_status;
    ScopesPanel *m_scopes;
};

} // namespace gatehouse::ui
