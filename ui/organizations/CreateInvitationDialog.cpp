#include "organizations/CreateInvitationDialog.h"

#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/Style.h"
#include "model/OrganizationValidation.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr qint64 dayMs = qint64(24) * 60 * 60 * 1000;
}

CreateInvitationDialog::CreateInvitationDialog(const Organization &organization,
                                               const QList<OrganizationRole> &userRoles, bool reasonRequired,
                                               QWidget *parent)
    : FormDialog(QStringLiteral("createInvitationDialog"), tr("Invite to %1").arg(organization.name), 500,
                 tr("Create invitation"), QStringLiteral("createInvitationButton"), parent)
    , m_organization(organization)
    , m_email(new QLineEdit)
    , m_roles(new QListWidget)
    , m_days(new QSpinBox)
    , m_reason(new QLineEdit)
    , m_reasonRequired(reasonRequired)
    , m_expiry(style::subtitleLabel({}))
    , m_error(FieldErrors::createLabel(QStringLiteral("invitationError")))
{
    m_email->setObjectName(QStringLiteral("invitationEmailEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_roles->setObjectName(QStringLiteral("invitationRolesList"));
    m_roles->setMaximumHeight(130);
    for (const OrganizationRole &role : userRoles) {
        auto *item = new QListWidgetItem(
            role.description.isEmpty() ? role.name : role.name + QStringLiteral("  —  ") + role.description);
        item->setData(Qt::UserRole, role.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        m_roles->addItem(item);
    }
    m_days->setObjectName(QStringLiteral("invitationDaysSpin"));
    m_days->setRange(1, 365);
    m_days->setValue(int(defaultInvitationLifetimeMs / dayMs));
    m_days->setSuffix(tr(" days"));
    m_expiry->setObjectName(QStringLiteral("invitationExpiryLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Email"), m_email);
    auto *roles = new QVBoxLayout;
    roles->addWidget(m_roles);
    if (userRoles.isEmpty()) {
        m_roles->hide();
        roles->addWidget(style::subtitleLabel(tr("The organization template has no user roles yet.")));
    }
    form->addRow(tr("&Roles"), roles);
    form->addRow(tr("E&xpires in"), m_days);
    form->addRow(QString(), m_expiry);
    m_reason->setObjectName(QStringLiteral("invitationReasonEdit"));
    m_reason->setMaxLength(1000);
    m_reason->setPlaceholderText(reasonRequired ? tr("Required: e.g. Support ticket 4821")
                                                : tr("Optional: recorded in the journal"));
    form->addRow(tr("Rea&son"), m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &CreateInvitationDialog::validate);

    connect(m_email, &QLineEdit::textChanged, this, &CreateInvitationDialog::validate);
    connect(m_days, &QSpinBox::valueChanged, this, &CreateInvitationDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(style::subtitleLabel(tr("The invitee joins \"%1\" with these roles when they accept. "
                                              "Gatehouse records the invitation; your "
                                              "application sends the email.")
                                               .arg(organization.name)));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons());
    validate();
}

OrganizationInvitation CreateInvitationDialog::draft() const
{
    OrganizationInvitation invitation;
    invitation.organizationId = m_organization.id;
    invitation.invitee = m_email->text().trimmed();
    invitation.expiresAt = QDateTime::currentMSecsSinceEpoch() + qint64(m_days->value()) * dayMs;
    for (int i = 0; i < m_roles->count(); ++i) {
        const QListWidgetItem *item = m_roles->item(i);
        if (item->checkState() == Qt::Checked) {
            OrganizationRole role;
            role.id = item->data(Qt::UserRole).toString();
            role.name = item->text();
            invitation.roles.append(role);
        }
    }
    return invitation;
}

QString CreateInvitationDialog::reason() const
{
    return m_reason->text().trimmed();
}

void CreateInvitationDialog::showError(const Error &error)
{
    QStringList lines;
    for (const FieldError &field : error.fields())
        lines.append(field.message);
    m_error->setText(lines.isEmpty() ? error.message() : lines.join(QLatin1Char('\n')));
    m_error->setVisible(true);
}

void CreateInvitationDialog::validate()
{
    const QString email = m_email->text().trimmed();
    const QString problem = email.isEmpty() ? QString() : validation::inviteeProblem(email);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    const qint64 expires = QDateTime::currentMSecsSinceEpoch() + qint64(m_days->value()) * dayMs;
    m_expiry->setText(tr("Valid until %1").arg(Format::dateTime(expires)));
    setAcceptable(!email.isEmpty() && problem.isEmpty() &&
                  (!m_reasonRequired || !m_reason->text().trimmed().isEmpty()));
}

} // namespace gatehouse::ui
