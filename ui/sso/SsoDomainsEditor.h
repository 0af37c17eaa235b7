#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gatehouse::ui {

/// The email domains an SSO connector claims: a list with an input that normalizes as typed
/// ("@ACME.com" → "acme.com", international names to punycode) and refuses what is not a domain.
/// Public email providers (gmail.com, …) are accepted with a visible warning.
///
/// Object names: "ssoDomainInput", "ssoDomainAddButton", "ssoDomainsList",
/// "ssoDomainRemoveButton", "ssoDomainPreviewLabel", "ssoPublicDomainWarning"; errorLabel() is
/// "ssoDomainsError" (for FieldErrors, field "domains").
class SsoDomainsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SsoDomainsEditor(QWidget *parent = nullptr);

    void setDomains(const QStringList &domains);
    /// The listed domains, normalized, in order.
    QStringList domains() const { return m_domains; }
    /// Adds what the input holds (if it is a valid domain); returns false when it was refused.
    bool addFromInput();
    QLabel *errorLabel() const { return m_error; }
    QLineEdit *input() const { return m_input; }

signals:
    void changed();

private:
    void refresh();
    void updatePreview();

    QStringList m_domains;
    QLineEdit *m_input;
    QPushButton *m_add;
    QListWidget *m_list;
    QPushButton *m_remove;
    QLabel *m_preview;
    QLabel *m_warning;
    QLabel *m_error;
};

} // namespace gatehouse::ui
