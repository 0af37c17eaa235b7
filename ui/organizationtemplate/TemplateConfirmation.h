#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace gatehouse::ui {

/// Every organization runs on the one template, so every template change is confirmed first
/// with how many organizations it reaches ("This changes the template of all 12
/// organizations."). The count is what the template page last loaded.
///
/// Thread rule: UI thread only (asks through MessageBox, which tests can answer).
class TemplateConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(TemplateConfirmation)

public:
    /// -1 = not known (yet).
    void setOrganizationCount(int count) { m_count = count; }
    int organizationCount() const { return m_count; }

    /// The sentence that names the reach: "This changes the template of all 12 organizations."
    QString reachText() const;
    /// Asks before `what` ("Grant 2 permissions to the role \"admin\"."); true to go ahead.
    /// Without any organization nothing is reached and nothing is asked.
    bool confirm(QWidget *parent, const QString &title, const QString &what) const;

private:
    int m_count = -1;
};

} // namespace gatehouse::ui
