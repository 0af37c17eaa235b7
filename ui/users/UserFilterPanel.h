#pragma once

#include "model/Role.h"
#include "model/User.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QPushButton;

namespace gatehouse::ui {

class DateFilterEdit;

/// The user list's filters, in a compact panel under the search box: status (any / active /
/// suspended), password (any / with / without), MFA (any / with / without), a user role, and
/// created and last sign-in date ranges (inclusive days, local time). Emits changed() on every
/// change; the page applies the filters to its UserQuery at once.
class UserFilterPanel : public QFrame
{
    Q_OBJECT
public:
    explicit UserFilterPanel(QWidget *parent = nullptr);

    /// Writes the filter fields of `query` (search and sort are left alone).
    void applyTo(UserQuery *query) const;
    /// How many filters are set (for the "Filters (2)" button).
    int activeCount() const;
    /// The tenant's user roles for the role filter; keeps the chosen role when it still exists.
    void setRoles(const QList<Role> &roles);
    void clear();
    /// What the backend can filter by (Capabilities::userFilters / userRoleFilter): the other
    /// controls are disabled and a line says why.
    void setCapabilities(bool filters, bool roleFilter);

    QComboBox *statusCombo() const { return m_status; }
    QComboBox *mfaCombo() const { return m_mfa; }
    QComboBox *roleCombo() const { return m_role; }

signals:
    void changed();

private:
    /// "Any", then the true and false choices (false first unless `yesFirst`).
    QComboBox *triState(const QString &objectName, const QString &any, const QString &yes, const QString &no,
                        bool yesFirst = true);
    static std::optional<bool> valueOf(const QComboBox *combo);

    QComboBox *m_status;
    QComboBox *m_password;
    QComboBox *m_mfa;
    QComboBox *m_role;
    DateFilterEdit *m_createdFrom;
    DateFilterEdit *m_createdTo;
    DateFilterEdit *m_signInFrom;
    DateFilterEdit *m_signInTo;
    QPushButton *m_clear;
    QLabel *m_unavailable;
    bool m_clearing = false;
};

} // namespace gatehouse::ui
