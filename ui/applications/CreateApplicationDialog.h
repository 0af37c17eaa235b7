#pragma once

#include "common/FormDialog.h"
#include "model/Application.h"

#include <QHash>

class QButtonGroup;
class QLineEdit;

namespace gatehouse::ui {

/// "Create application": pick one of the six types (each with a line on what it is for), a
/// name and a description. Submitted through submitDialog() (see FormDialog).
class CreateApplicationDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit CreateApplicationDialog(QWidget *parent);

    Application draft() const;
    void setType(ApplicationType type);

protected:
    void validate() override;

private:
    QButtonGroup *m_types;
    QHash<int, ApplicationType> m_typeOfButton;
    QLineEdit *m_name;
    QLineEdit *m_description;
    bool m_nameTouched = false;
};

} // namespace gatehouse::ui
