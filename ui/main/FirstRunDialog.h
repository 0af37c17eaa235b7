#pragma once

#include <QDialog>

namespace gatehouse::ui {

/// Shown when Gatehouse starts for the first time: open a demo workspace to look around, or
/// start with an empty one. Open with open(); read choice() after accepted().
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Demo, Empty };

    explicit FirstRunDialog(QWidget *parent);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Demo;
};

} // namespace gatehouse::ui
