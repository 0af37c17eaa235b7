#include "common/Page.h"

namespace gatehouse::ui {

Page::Page(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{}

} // namespace gatehouse::ui
