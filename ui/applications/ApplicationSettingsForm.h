#pragma once

#include "common/FieldErrors.h"
#include "model/Application.h"
#include "model/Tenant.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gatehouse::ui {

/// The settings of one application as a form: general fields, URI lists (one per line), token
/// lifetimes and flags. Validates as the person types (validation::application) and shows each
/// problem under its field.
class ApplicationSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationSettingsForm(QWidget *parent = nullptr);

    /// Loads `app` for editing in a tenant with `tag` (production is stricter about http).
    void load(const Application &app, TenantTag tag);
    /// The loaded application with the form's values applied.
    Application edited() const;
    bool isDirty() const;
    bool isValid() const { return m_valid; }
    /// Shows problems reported by the backend (Error::fields()).
    void showErrors(const QList<FieldError> &errors);
    FieldErrors &errors() { return m_errors; }

signals:
    /// Something was edited; isDirty()/isValid() may have changed.
    void changed();

private:
    void validate();
    static QStringList linesOf(const QPlainTextEdit *edit, QList<int> *lineNumbers = nullptr);
    static void setLines(QPlainTextEdit *edit, const QStringList &lines);
    QPlainTextEdit *uriEdit(const QString &objectName, const QString &placeholder);

    Application m_app;
    TenantTag m_tag = TenantTag::Development;
    bool m_valid = true;
    bool m_loading = false;
    FieldErrors m_errors;
    QFormLayout *m_form = nullptr;
    QList<QWidget *> m_signInRows;

    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_type;
    QLabel *m_typeHint;
    QLineEdit *m_id;
    QLabel *m_created;
    QPlainTextEdit *m_redirectUris;
    QPlainTextEdit *m_postLogoutUris;
    QPlainTextEdit *m_corsOrigins;
    QSpinBox *m_idTokenTtl;
    QSpinBox *m_refreshTtlDays;
    QCheckBox *m_rotateRefresh;
    QCheckBox *m_alwaysIssueRefresh;
    QCheckBox *m_thirdParty;
    QLabel *m_noTokensHint;
};

} // namespace gatehouse::ui
