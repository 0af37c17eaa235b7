#pragma once

#include "common/FormDialog.h"
#include "model/Resource.h"

class QLineEdit;

namespace gatehouse::ui {

/// "Create API resource": a name and the indicator (an absolute URI, fixed afterwards).
/// Submitted through submitDialog() (see FormDialog).
class CreateResourceDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit CreateResourceDialog(QWidget *parent);

    Resource draft() const;

protected:
    void validate() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_indicator;
    bool m_touched = false;
};

} // namespace gatehouse::ui
