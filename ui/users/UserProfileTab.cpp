#include "users/UserProfileTab.h"

#include "common/Style.h"
#include "model/UserValidation.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
const QString addressPrefix = QStringLiteral("profile.address.");
const QString profilePrefix = QStringLiteral("profile.");

/// Sets `key` to `value` in `object`; an empty value removes the key.
void setPath(QJsonObject &object, const QString &key, const QString &value)
{
    if (value.isEmpty())
        object.remove(key);
    else
        object.insert(key, value);
}
} // namespace

UserProfileTab::UserProfileTab(Workspace *workspace, QWidget *parent)
    : UserFormTab(workspace, tr("Could not save the user."), parent)
{
    setObjectName(QStringLiteral("userProfileTab"));
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(5);
    form->setHorizontalSpacing(14);
    form->setContentsMargins(4, 4, 12, 4);

    auto add = [this, form](const QString &field, const QString &objectName, const QString &label,
                            const QString &placeholder = QString()) {
        QLineEdit *edit = addLine(field, objectName, label, placeholder);
        auto *error = FieldErrors::createLabel(objectName + QStringLiteral("Error"));
        errors().addField(field, error);
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(edit);
        boxLayout->addWidget(error);
        form->addRow(label, box);
    };
    form->addRow(style::sectionLabel(tr("Sign-in identifiers")));
    add(QStringLiteral("username"), QStringLiteral("userUsernameEdit"), tr("&Username"));
    add(QStringLiteral("primaryEmail"), QStringLiteral("userEmailEdit"), tr("Primary &email"),
        tr("name@example.com"));
    add(QStringLiteral("primaryPhone"), QStringLiteral("userPhoneEdit"), tr("Primary &phone"),
        tr("+1 555 010 1234"));
    form->addRow(style::sectionLabel(tr("Profile")));
    add(QStringLiteral("name"), QStringLiteral("userNameEdit"), tr("&Name"));
    add(QStringLiteral("avatar"), QStringLiteral("userAvatarEdit"), tr("&Avatar URL"),
        QStringLiteral("https://example.com/avatar.png"));
    const QList<std::pair<QString, QString>> claims = {
        {QStringLiteral("givenName"), tr("Given name")},
        {QStringLiteral("familyName"), tr("Family name")},
        {QStringLiteral("middleName"), tr("Middle name")},
        {QStringLiteral("nickname"), tr("Nickname")},
        {QStringLiteral("preferredUsername"), tr("Preferred username")},
        {QStringLiteral("profile"), tr("Profile page")},
        {QStringLiteral("website"), tr("Website")},
        {QStringLiteral("gender"), tr("Gender")},
        {QStringLiteral("birthdate"), tr("Birthdate")},
        {QStringLiteral("zoneinfo"), tr("Time zone")},
        {QStringLiteral("locale"), tr("Locale")},
    };
    for (const auto &[claim, label] : claims) {
        QString placeholder;
        if (claim == QLatin1String("birthdate"))
            placeholder = QStringLiteral("1990-12-31");
        else if (claim == QLatin1String("zoneinfo"))
            placeholder = QStringLiteral("Europe/Paris");
        else if (claim == QLatin1String("locale"))
            placeholder = QStringLiteral("en-US");
        add(profilePrefix + claim, QStringLiteral("userProfileEdit_") + claim, label, placeholder);
    }
    form->addRow(style::sectionLabel(tr("Address")));
    const QList<std::pair<QString, QString>> address = {
        {QStringLiteral("formatted"), tr("Formatted")},    {QStringLiteral("streetAddress"), tr("Street")},
        {QStringLiteral("locality"), tr("City")},          {QStringLiteral("region"), tr("Region")},
        {QStringLiteral("postalCode"), tr("Postal code")}, {QStringLiteral("country"), tr("Country")},
    };
    for (const auto &[key, label] : address)
        add(addressPrefix + key, QStringLiteral("userAddressEdit_") + key, label);
    auto *otherError = FieldErrors::createLabel(QStringLiteral("userProfileError"));
    errors().setFallback(otherError);
    form->addRow(otherError);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(scroll, 1);
    layout->addLayout(createSaveBar(QStringLiteral("userProfile")));
    setOperations(Operation::UsersUpdate, std::nullopt);
    validate();
}

QLineEdit *UserProfileTab::addLine(const QString &field, const QString &objectName, const QString &label,
                                   const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_fields.insert(field, edit);
    connect(edit, &QLineEdit::textChanged, this, &UserProfileTab::validate);
    return edit;
}

void UserProfileTab::reloadForm()
{
    fill([this] {
        const QJsonObject address = user().profile.value(QStringLiteral("address")).toObject();
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            const QString &field = it.key();
            QString value;
            if (field == QLatin1String("username"))
                value = user().username;
            else if (field == QLatin1String("primaryEmail"))
                value = user().primaryEmail;
            else if (field == QLatin1String("primaryPhone"))
                value = user().primaryPhone;
            else if (field == QLatin1String("name"))
                value = user().name;
            else if (field == QLatin1String("avatar"))
                value = user().avatar;
            else if (field.startsWith(addressPrefix))
                value = address.value(field.mid(addressPrefix.size())).toString();
            else
                value = user().profile.value(field.mid(profilePrefix.size())).toString();
            it.value()->setText(value);
            it.value()->setCursorPosition(0);
            it.value()->setEnabled(!user().id.isEmpty());
        }
    });
}

User UserProfileTab::edited() const
{
    User result = user();
    QJsonObject address = result.profile.value(QStringLiteral("address")).toObject();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &field = it.key();
        const QString value = it.value()->text().trimmed();
        if (field == QLatin1String("username"))
            result.username = value;
        else if (field == QLatin1String("primaryEmail"))
            result.primaryEmail = value;
        else if (field == QLatin1String("primaryPhone"))
            result.primaryPhone = value;
        else if (field == QLatin1String("name"))
            result.name = value;
        else if (field == QLatin1String("avatar"))
            result.avatar = value;
        else if (field.startsWith(addressPrefix))
            setPath(address, field.mid(addressPrefix.size()), value);
        else
            setPath(result.profile, field.mid(profilePrefix.size()), value);
    }
    if (address.isEmpty())
        result.profile.remove(QStringLiteral("address"));
    else
        result.profile.insert(QStringLiteral("address"), address);
    return result;
}

bool UserProfileTab::isModified() const
{
    const User now = edited();
    return now.username != user().username || now.primaryEmail != user().primaryEmail ||
           now.primaryPhone != user().primaryPhone || now.name != user().name ||
           now.avatar != user().avatar || now.profile != user().profile;
}

QList<FieldError> UserProfileTab::problems() const
{
    return validation::user(edited());
}

} // namespace gatehouse::ui
