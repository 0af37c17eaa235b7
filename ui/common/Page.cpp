#include "common/Page.h"

#include "common/Style.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace gatehouse::ui {

Page::Page(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{}

QVBoxLayout *Page::buildFrame(const QString &title, const QString &subtitle,
                              const QList<QWidget *> &headerButtons)
{
    m_titles = style::titleBlock(title, subtitle);
    auto *header = new QHBoxLayout;
    header->addLayout(m_titles, 1);
    for (QWidget *button : headerButtons)
        header->addWidget(button, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addLayout(header);
    return layout;
}

} // namespace gatehouse::ui
