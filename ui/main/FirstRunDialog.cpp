#include "main/FirstRunDialog.h"

#include "common/Style.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gatehouse::ui {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Welcome to Gatehouse"));
    setMinimumWidth(520);

    auto *logo = new QLabel;
    logo->setPixmap(style::icon(QStringLiteral("gatehouse")).pixmap(56, 56));
    auto *title = style::titleLabel(tr("Welcome to Gatehouse"));
    auto *text =
        style::subtitleLabel(tr("Gatehouse manages the applications, APIs and roles of your identity "
                                "platform. Every change is recorded in a tamper-evident journal."));
    auto *demo =
        new QCommandLinkButton(tr("Open the demo workspace"),
                               tr("Two Acme tenants (production and development) with an application of "
                                  "every type, APIs, permissions and roles to explore."));
    demo->setObjectName(QStringLiteral("firstRunDemoButton"));
    auto *empty = new QCommandLinkButton(tr("Start with an empty workspace"),
                                         tr("Create your first tenant and register your own applications."));
    empty->setObjectName(QStringLiteral("firstRunEmptyButton"));
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(empty, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Empty;
        accept();
    });

    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(text);
    header->addLayout(titles, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(demo);
    layout->addWidget(empty);
}

} // namespace gatehouse::ui
