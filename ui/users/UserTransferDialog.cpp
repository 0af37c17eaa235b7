#include "users/UserTransferDialog.h"

#include "common/Style.h"
#include "common/Workspace.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>

namespace gatehouse::ui {

UserTransferDialog::UserTransferDialog(Workspace *workspace, const QString &prefix, const QString &startText,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tenantId(workspace->tenant().id)
    , m_buttons(new QDialogButtonBox)
    , m_timer(new QTimer(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(prefix + QStringLiteral("CancelButton"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(prefix + QStringLiteral("CloseButton"));
    m_start = m_buttons->addButton(startText, QDialogButtonBox::AcceptRole);
    m_start->setObjectName(prefix + QStringLiteral("StartButton"));
    style::makePrimary(m_start);
    connect(m_start, &QPushButton::clicked, this, &UserTransferDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &UserTransferDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &UserTransferDialog::poll);
}

UserTransferDialog::~UserTransferDialog()
{
    if (m_control)
        m_control->cancel();
}

void UserTransferDialog::start()
{
    if (!m_start->isEnabled() || m_running)
        return;
    startTransfer();
}

std::shared_ptr<ImportControl> UserTransferDialog::beginRun()
{
    m_control = std::make_shared<ImportControl>();
    m_running = true;
    m_timer->start();
    return m_control;
}

void UserTransferDialog::endRun()
{
    m_timer->stop();
    poll();
    m_running = false;
    m_finished = true;
    m_control.reset();
}

void UserTransferDialog::poll()
{
    if (m_control)
        showProgress(m_control->progress());
}

void UserTransferDialog::reject()
{
    if (m_running) {
        if (m_control)
            m_control->cancel();
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void UserTransferDialog::updateButtons()
{
    m_cancel->setVisible(!m_finished);
    if (!m_running) {
        m_cancel->setEnabled(true);
        m_cancel->setText(tr("Cancel"));
    }
    m_close->setVisible(m_finished);
}

} // namespace gatehouse::ui
