#include "organizationtemplate/TemplateConfirmation.h"

#include "common/MessageBox.h"

namespace gatehouse::ui {

QString TemplateConfirmation::reachText() const
{
    if (m_count < 0)
        return tr("This changes the template of every organization of the tenant.");
    if (m_count == 0)
        return tr("No organization uses the template yet.");
    if (m_count == 1)
        return tr("This changes the template of the tenant's 1 organization.");
    return tr("This changes the template of all %1 organizations.").arg(m_count);
}

bool TemplateConfirmation::confirm(QWidget *parent, const QString &title, const QString &what) const
{
    if (m_count == 0)
        return true;
    const QString text = what + QStringLiteral("\n\n") + reachText() + QLatin1Char(' ') +
                         tr("Members and applications of each of them get (or lose) what the change grants.");
    return MessageBox::question(parent, title, text, QMessageBox::Apply | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Apply;
}

} // namespace gatehouse::ui
