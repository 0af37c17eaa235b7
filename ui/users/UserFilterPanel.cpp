#include "users/UserFilterPanel.h"

#include "common/Style.h"
#include "users/DateFilterEdit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace gatehouse::ui {

UserFilterPanel::UserFilterPanel(QWidget *parent)
    : QFrame(parent)
    , m_status(triState(QStringLiteral("userStatusFilter"), tr("Any status"), tr("Suspended"), tr("Active"),
                        false))
    , m_password(triState(QStringLiteral("userPasswordFilter"), tr("Any"), tr("With password"),
                          tr("Without password")))
    , m_mfa(triState(QStringLiteral("userMfaFilter"), tr("Any"), tr("With MFA"), tr("Without MFA")))
    , m_role(new QComboBox)
    , m_createdFrom(new DateFilterEdit(QStringLiteral("userCreatedFromFilter")))
    , m_createdTo(new DateFilterEdit(QStringLiteral("userCreatedToFilter")))
    , m_signInFrom(new DateFilterEdit(QStringLiteral("userLastSignInFromFilter")))
    , m_signInTo(new DateFilterEdit(QStringLiteral("userLastSignInToFilter")))
    , m_clear(new QPushButton(tr("Clear filters")))
    , m_unavailable(new QLabel)
{
    setObjectName(QStringLiteral("userFilterPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QFrame#userFilterPanel { background: #f7f7fa; border: 1px solid #e2e2ea; "
                                 "border-radius: 6px; }"));
    m_role->setObjectName(QStringLiteral("userRoleFilter"));
    m_role->addItem(tr("Any role"), QString());
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clear->setObjectName(QStringLiteral("userClearFiltersButton"));
    m_clear->setFlat(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    auto label = [](const QString &text) {
        auto *l = new QLabel(text);
        l->setProperty("role", QLatin1String("hint"));
        return l;
    };
    auto range = [](DateFilterEdit *from, DateFilterEdit *to) {
        auto *box = new QWidget;
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        row->addWidget(from, 1);
        row->addWidget(new QLabel(QStringLiteral("–")));
        row->addWidget(to, 1);
        return box;
    };
    grid->addWidget(label(tr("Status")), 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(label(tr("Password")), 0, 2);
    grid->addWidget(m_password, 0, 3);
    grid->addWidget(label(tr("MFA")), 1, 0);
    grid->addWidget(m_mfa, 1, 1);
    grid->addWidget(label(tr("Role")), 1, 2);
    grid->addWidget(m_role, 1, 3);
    grid->addWidget(label(tr("Created")), 2, 0);
    grid->addWidget(range(m_createdFrom, m_createdTo), 2, 1, 1, 3);
    grid->addWidget(label(tr("Last sign-in")), 3, 0);
    grid->addWidget(range(m_signInFrom, m_signInTo), 3, 1, 1, 3);
    grid->addWidget(m_clear, 4, 3, Qt::AlignRight);
    m_unavailable->setObjectName(QStringLiteral("userFiltersUnavailableLabel"));
    m_unavailable->setProperty("role", QLatin1String("hint"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setVisible(false);
    grid->addWidget(m_unavailable, 5, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    for (QComboBox *combo : {m_status, m_password, m_mfa, m_role}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_clearing)
                emit changed();
        });
    }
    for (DateFilterEdit *edit : {m_createdFrom, m_createdTo, m_signInFrom, m_signInTo}) {
        connect(edit, &DateFilterEdit::changed, this, [this] {
            if (!m_clearing)
                emit changed();
        });
    }
    connect(m_clear, &QPushButton::clicked, this, &UserFilterPanel::clear);
}

QComboBox *UserFilterPanel::triState(const QString &objectName, const QString &any, const QString &yes,
                                     const QString &no, bool yesFirst)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(any);
    if (yesFirst)
        combo->addItem(yes, true);
    combo->addItem(no, false);
    if (!yesFirst)
        combo->addItem(yes, true);
    return combo;
}

std::optional<bool> UserFilterPanel::valueOf(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toBool();
}

void UserFilterPanel::applyTo(UserQuery *query) const
{
    query->suspended = valueOf(m_status);
    query->hasPassword = valueOf(m_password);
    query->hasMfa = valueOf(m_mfa);
    query->roleId = m_role->currentData().toString();
    query->createdFrom = m_createdFrom->startOfDayMs();
    query->createdTo = m_createdTo->startOfDayMs(true);
    query->lastSignInFrom = m_signInFrom->startOfDayMs();
    query->lastSignInTo = m_signInTo->startOfDayMs(true);
}

int UserFilterPanel::activeCount() const
{
    int count = 0;
    for (const QComboBox *combo : {m_status, m_password, m_mfa, m_role})
        count += combo->currentIndex() > 0 ? 1 : 0;
    for (const DateFilterEdit *edit : {m_createdFrom, m_createdTo, m_signInFrom, m_signInTo})
        count += edit->date() ? 1 : 0;
    return count;
}

void UserFilterPanel::setRoles(const QList<Role> &roles)
{
    const QString chosen = m_role->currentData().toString();
    m_clearing = true;
    m_role->clear();
    m_role->addItem(tr("Any role"), QString());
    for (const Role &role : roles) {
        if (role.type == RoleType::User)
            m_role->addItem(role.name, role.id);
    }
    const int index = m_role->findData(chosen);
    m_role->setCurrentIndex(qMax(0, index));
    m_clearing = false;
    if (!chosen.isEmpty() && index < 0)
        emit changed();
}

void UserFilterPanel::setCapabilities(bool filters, bool roleFilter)
{
    const QString why = tr("This connection's server cannot filter users by status, password, MFA or dates.");
    const QList<QWidget *> others = {m_status,    m_password,   m_mfa,     m_createdFrom,
                                     m_createdTo, m_signInFrom, m_signInTo};
    for (QWidget *widget : others) {
        widget->setEnabled(filters);
        widget->setToolTip(filters ? QString() : why);
    }
    m_role->setEnabled(roleFilter);
    m_role->setToolTip(roleFilter ? QString() : tr("This connection's server cannot filter users by role."));
    QString text;
    if (!filters)
        text = why + QLatin1Char(' ') +
               (roleFilter ? tr("Search and the role filter work.") : tr("Search works."));
    else if (!roleFilter)
        text = m_role->toolTip();
    m_unavailable->setText(text);
    m_unavailable->setVisible(!text.isEmpty());
}

void UserFilterPanel::clear()
{
    m_clearing = true;
    for (QComboBox *combo : {m_status, m_password, m_mfa, m_role})
        combo->setCurrentIndex(0);
    for (DateFilterEdit *edit : {m_createdFrom, m_createdTo, m_signInFrom, m_signInTo})
        edit->clear();
    m_clearing = false;
    emit changed();
}

} // namespace gatehouse::ui
