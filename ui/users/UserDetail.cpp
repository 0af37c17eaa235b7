#include "users/UserDetail.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Refresher.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "logs/SignInSummary.h"
#include "model/LogKeys.h"
#include "users/UserActions.h"
#include "users/UserActivityTab.h"
#include "users/UserCustomDataTab.h"
#include "users/UserIdentitiesTab.h"
#include "users/UserMfaTab.h"
#include "users/UserOrganizationsTab.h"
#include "users/UserProfileTab.h"
#include "users/UserRolesTab.h"
#include "users/UserSignInsTab.h"
#include "users/UserText.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QLabel *badge(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    return label;
}

void setTime(QLabel *label, std::optional<qint64> ms, const QString &never)
{
    label->setText(ms && *ms > 0 ? Format::dateTime(*ms) : never);
    label->setToolTip(ms && *ms > 0 ? Format::utc(*ms) : QString());
}
} // namespace

UserDetail::UserDetail(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actions(new UserActions(workspace, this))
    , m_avatar(new QLabel)
    , m_title(style::titleLabel({}))
    , m_subtitle(style::subtitleLabel({}))
    , m_suspendedBadge(badge(QStringLiteral("userSuspendedBadge")))
    , m_passwordBadge(badge(QStringLiteral("userPasswordBadge")))
    , m_mfaBadge(badge(QStringLiteral("userMfaBadge")))
    , m_expiredBadge(badge(QStringLiteral("userPasswordExpiredBadge")))
    , m_id(new QLabel)
    , m_copyId(new QToolButton)
    , m_created(style::subtitleLabel({}))
    , m_updated(style::subtitleLabel({}))
    , m_lastSignIn(style::subtitleLabel({}))
    , m_suspend(new QPushButton)
    , m_setPassword(new QPushButton(tr("Set password…")))
    , m_requireChange(new QPushButton)
    , m_delete(new QPushButton(tr("Delete…")))
    , m_tabs(new QTabWidget)
    , m_profile(new UserProfileTab(workspace))
    , m_customData(new UserCustomDataTab(workspace))
    , m_identities(new UserIdentitiesTab)
    , m_roles(new UserRolesTab(workspace))
    , m_mfa(new UserMfaTab(workspace))
    , m_organizations(new UserOrganizationsTab(workspace))
    , m_signIns(new UserSignInsTab(workspace))
    , m_activity(new UserActivityTab(workspace))
    , m_refresher(new Refresher(this, [this] { reload(); }))
{
    setObjectName(QStringLiteral("userDetail"));
    m_avatar->setObjectName(QStringLiteral("userAvatarLabel"));
    m_avatar->setFixedSize(46, 46);
    m_avatar->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("userTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(QStringLiteral("userSubtitleLabel"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(false);
    UserText::makeBadge(m_suspendedBadge, UserText::Tone::Danger);
    UserText::makeBadge(m_expiredBadge, UserText::Tone::Warning);
    m_suspendedBadge->setText(tr("Suspended"));
    m_expiredBadge->setText(tr("Password change required"));
    m_id->setObjectName(QStringLiteral("userIdLabel"));
    m_id->setFont(style::monospace());
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyId->setObjectName(QStringLiteral("userCopyIdButton"));
    m_copyId->setText(tr("Copy"));
    m_copyId->setToolTip(tr("Copy the user ID"));
    m_created->setObjectName(QStringLiteral("userCreatedLabel"));
    m_updated->setObjectName(QStringLiteral("userUpdatedLabel"));
    m_lastSignIn->setObjectName(QStringLiteral("userLastSignInLabel"));
    m_suspend->setObjectName(QStringLiteral("userSuspendButton"));
    m_setPassword->setObjectName(QStringLiteral("userSetPasswordButton"));
    m_requireChange->setObjectName(QStringLiteral("userRequirePasswordChangeButton"));
    m_delete->setObjectName(QStringLiteral("userDeleteButton"));
    m_delete->setToolTip(tr("Delete this user (Del in the list)"));
    style::makeDanger(m_delete);
    m_tabs->setObjectName(QStringLiteral("userTabs"));

    auto *badges = new QHBoxLayout;
    badges->setSpacing(6);
    for (QLabel *label : {m_suspendedBadge, m_passwordBadge, m_mfaBadge, m_expiredBadge})
        badges->addWidget(label);
    badges->addStretch(1);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(3);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addLayout(badges);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    auto *idRow = new QHBoxLayout;
    idRow->setSpacing(6);
    idRow->addWidget(style::subtitleLabel(tr("ID")));
    idRow->addWidget(m_id);
    idRow->addWidget(m_copyId);
    idRow->addStretch(1);
    // Caption over value, three columns: compact, and each value has its own UTC tooltip.
    auto *times = new QGridLayout;
    times->setHorizontalSpacing(18);
    times->setVerticalSpacing(0);
    const QList<std::pair<QString, QLabel *>> captions = {
        {tr("Created"), m_created}, {tr("Updated"), m_updated}, {tr("Last sign-in"), m_lastSignIn}};
    for (int column = 0; column < captions.size(); ++column) {
        auto *caption = new QLabel(captions[column].first);
        caption->setProperty("role", QLatin1String("hint"));
        QFont small = caption->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        caption->setFont(small);
        captions[column].second->setWordWrap(false);
        times->addWidget(caption, 0, column);
        times->addWidget(captions[column].second, 1, column);
    }
    times->setColumnStretch(captions.size(), 1);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    actions->addWidget(m_suspend);
    actions->addWidget(m_setPassword);
    actions->addWidget(m_requireChange);
    actions->addStretch(1);
    actions->addWidget(m_delete);

    m_tabs->addTab(m_profile, tr("Profile"));
    m_tabs->addTab(m_customData, tr("Custom data"));
    m_tabs->addTab(m_identities, tr("Identities"));
    m_tabs->addTab(m_roles, tr("Roles"));
    m_tabs->addTab(m_organizations, tr("Organizations"));
    m_tabs->addTab(m_mfa, tr("MFA"));
    // What happened to the account (authentication events), then what was changed about it.
    m_tabs->addTab(m_signIns, tr("Activity"));
    m_tabs->addTab(m_activity, tr("Changes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addLayout(idRow);
    layout->addLayout(times);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    connect(m_copyId, &QToolButton::clicked, this, [this] {
        if (hasUser())
            QGuiApplication::clipboard()->setText(m_user.id);
    });
    connect(m_suspend, &QPushButton::clicked, this, [this] { m_actions->toggleSuspended(m_user); });
    connect(m_setPassword, &QPushButton::clicked, this, [this] { m_actions->setPassword(m_user); });
    connect(m_requireChange, &QPushButton::clicked, this,
            [this] { m_actions->togglePasswordExpired(m_user); });
    connect(m_delete, &QPushButton::clicked, this, &UserDetail::deleteUser);
    connect(m_actions, &UserActions::userChanged, this, &UserDetail::changed);
    connect(m_actions, &UserActions::userDeleted, this, &UserDetail::userDeleted);
    connect(m_profile, &UserProfileTab::saved, this, &UserDetail::changed);
    connect(m_customData, &UserCustomDataTab::saved, this, &UserDetail::changed);
    connect(m_profile, &UserProfileTab::reloadRequested, this, &UserDetail::reload);
    connect(m_customData, &UserCustomDataTab::reloadRequested, this, &UserDetail::reload);
    // A change of the user made elsewhere shows in the header; the editable tabs keep unsaved
    // edits (see apply()).
    m_refresher->follow(workspace, [this](const Change &change) {
        return hasUser() && change.area == ChangeArea::Users && change.id == m_user.id &&
               change.tenantId == m_workspace->tenant().id;
    });
    apply(User());
}

void UserDetail::showUser(const User &user)
{
    if (user.id != m_user.id || user.version > m_user.version)
        apply(user);
    reload();
}

void UserDetail::clear()
{
    ++m_generation;
    m_fetching = false;
    apply(User());
}

void UserDetail::reload()
{
    m_refresher->clearStale();
    const int generation = ++m_generation;
    if (!hasUser())
        return;
    const QString id = m_user.id;
    m_fetching = true;
    m_workspace->run(
        m_workspace->backend().users().get(m_workspace->tenant().id, id), this, QString(),
        [this](const User &user) {
            m_fetching = false;
            apply(user, false);
        },
        [this, id](const Error &error) {
            m_fetching = false;
            if (error.code() != ErrorCode::NotFound) {
                MessageBox::showError(this, tr("Could not load the user."), error);
                return;
            }
            apply(User());
            emit userDeleted(id);
        },
        [this, generation] { return generation == m_generation; });
}

void UserDetail::changed(const User &user)
{
    if (user.id == m_user.id)
        apply(user);
}

void UserDetail::apply(const User &user, bool refreshLists)
{
    const bool otherUser = user.id != m_user.id;
    m_user = user;
    updateHeader();
    m_profile->setUser(user);
    m_customData->setUser(user);
    m_identities->setUser(user);
    if (otherUser) {
        m_archivedSignIn.reset();
        loadArchivedSignIn();
    }
    if (refreshLists || otherUser) {
        m_roles->setSubject(user);
        m_mfa->setSubject(user);
        m_organizations->setSubject(user);
        m_signIns->setSubject(user);
        m_activity->setSubject(user);
    }
}

void UserDetail::updateHeader()
{
    const bool has = hasUser();
    static const QList<QColor> colours = {QColor(0x5d, 0x34, 0xf2), QColor(0x1d, 0x5b, 0xbf),
                                          QColor(0x1e, 0x7a, 0x3a), QColor(0xb4, 0x5a, 0x00),
                                          QColor(0x9c, 0x27, 0x8f), QColor(0x00, 0x7a, 0x87)};
    const QColor colour = colours.at(int(qHash(m_user.id) % quint64(colours.size())));
    m_avatar->setText(has ? UserText::initials(m_user) : QString());
    m_avatar->setStyleSheet(
        QStringLiteral("background: %1; color: white; border-radius: 23px; font-weight: bold; "
                       "font-size: 13pt;")
            .arg(colour.name()));
    m_avatar->setToolTip(m_user.avatar);
    m_title->setText(has ? UserText::displayName(m_user) : QString());
    QStringList identifiers;
    for (const QString &value : {m_user.username, m_user.primaryEmail, m_user.primaryPhone}) {
        if (!value.isEmpty() && value != m_title->text())
            identifiers << value;
    }
    m_subtitle->setText(identifiers.join(QStringLiteral("  ·  ")));

    m_suspendedBadge->setVisible(has && m_user.isSuspended);
    m_expiredBadge->setVisible(has && m_user.passwordExpired);
    m_passwordBadge->setVisible(has);
    m_mfaBadge->setVisible(has);
    m_passwordBadge->setText(m_user.hasPassword() ? tr("Password set") : tr("No password"));
    m_passwordBadge->setToolTip(m_user.hasPassword() ? tr("Algorithm: %1").arg(m_user.passwordAlgorithm)
                                                     : tr("Signs in without a password"));
    UserText::makeBadge(m_passwordBadge,
                        m_user.hasPassword() ? UserText::Tone::Neutral : UserText::Tone::Warning);
    m_mfaBadge->setText(m_user.mfaCount == 0   ? tr("No MFA")
                        : m_user.mfaCount == 1 ? tr("MFA: 1 factor")
                                               : tr("MFA: %1 factors").arg(m_user.mfaCount));
    UserText::makeBadge(m_mfaBadge, m_user.mfaCount > 0 ? UserText::Tone::Success : UserText::Tone::Neutral);

    m_id->setText(m_user.id);
    m_copyId->setEnabled(has);
    setTime(m_created, m_user.createdAt, QStringLiteral("—"));
    setTime(m_updated, m_user.updatedAt, QStringLiteral("—"));
    setTime(m_lastSignIn, m_user.lastSignInAt, has ? tr("Never") : QString());
    if (has && m_archivedSignIn && m_archivedSignIn->createdAt > m_user.lastSignInAt.value_or(0)) {
        const LogEvent &e = *m_archivedSignIn;
        m_lastSignIn->setText(Format::dateTime(e.createdAt));
        QString where = browserOf(e.userAgent);
        where = e.ip.isEmpty() ? where : where.isEmpty() ? e.ip : QStringLiteral("%1 (%2)").arg(e.ip, where);
        m_lastSignIn->setToolTip(tr("%1\nFrom the event archive: %2%3")
                                     .arg(Format::utc(e.createdAt), logkeys::describe(e),
                                          where.isEmpty() ? QString() : tr(", from %1").arg(where)));
    }

    m_suspend->setText(m_user.isSuspended ? tr("Unsuspend…") : tr("Suspend…"));
    m_requireChange->setText(m_user.passwordExpired ? tr("Stop requiring password change…")
                                                    : tr("Require password change…"));
    m_workspace->allow(m_suspend, Operation::UsersSetSuspended, has, QString());
    m_workspace->allow(m_setPassword, Operation::UsersSetPassword, has, QString());
    m_workspace->allow(m_delete, Operation::UsersRemove, has, QString());
    m_workspace->allow(m_requireChange, Operation::UsersSetPasswordExpired,
                       has && (m_user.hasPassword() || m_user.passwordExpired),
                       m_user.hasPassword() ? QString() : tr("The user has no password"));
    if (!m_workspace->backend().capabilities().passwordExpiry) {
        m_requireChange->setEnabled(false);
        m_requireChange->setToolTip(tr("This connection's server cannot require a password change."));
    }
}

void UserDetail::loadArchivedSignIn()
{
    const int generation = ++m_signInGeneration;
    if (!hasUser() || !m_workspace->hasTenant() || !m_workspace->backend().capabilities().logArchive ||
        !m_workspace->may(Operation::LogsPage))
        return;
    // A completed sign-in is what the Activity tab's summary counts (SignInSummary.h): the
    // newest of each kind, then the newer of the two.
    const QString userId = m_user.id;
    for (const char *key : {"Interaction.SignIn.Submit", "ExchangeTokenBy.AuthorizationCode"}) {
        LogQuery query;
        query.userId = userId;
        query.key = QLatin1String(key);
        query.result = LogResult::Success;
        m_workspace->run(
            m_workspace->backend().logs().page(m_workspace->tenant().id, query, {}, 1), this, QString(),
            [this](const LogPage &page) {
                if (page.events.isEmpty())
                    return;
                if (!m_archivedSignIn || page.events.first().createdAt > m_archivedSignIn->createdAt)
                    m_archivedSignIn = page.events.first();
                updateHeader();
            },
            [](const Error &) {},
            [this, generation, userId] { return generation == m_signInGeneration && m_user.id == userId; });
    }
}

bool UserDetail::isDirty() const
{
    return m_profile->isDirty() || m_customData->isDirty();
}

bool UserDetail::isLoading() const
{
    return m_fetching || m_roles->isLoading() || m_organizations->isLoading() || m_mfa->isLoading() ||
           m_signIns->isLoading() || m_activity->isLoading();
}

void UserDetail::save()
{
    if (m_tabs->currentWidget() == m_customData)
        m_customData->save();
    else
        m_profile->save();
}

void UserDetail::deleteUser()
{
    if (hasUser())
        m_actions->remove(m_user);
}

} // namespace gatehouse::ui
