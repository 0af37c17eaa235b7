#include "applications/ApplicationSettingsForm.h"

#include "common/Format.h"
#include "common/Style.h"
#include "model/Validation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QFormLayout *newForm(QWidget *owner)
{
    auto *form = new QFormLayout(owner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(6);
    form->setHorizontalSpacing(14);
    return form;
}

/// A field with its error label under it.
QWidget *withError(QWidget *field, QLabel *error, QLabel *hint = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(error);
    return box;
}
} // namespace

ApplicationSettingsForm::ApplicationSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
    , m_type(new QLabel)
    , m_typeHint(style::subtitleLabel({}))
    , m_id(new QLineEdit)
    , m_created(new QLabel)
    , m_redirectUris(
          uriEdit(QStringLiteral("redirectUrisEdit"), QStringLiteral("https://app.example.com/callback")))
    , m_postLogoutUris(
          uriEdit(QStringLiteral("postLogoutRedirectUrisEdit"), QStringLiteral("https://app.example.com")))
    , m_corsOrigins(uriEdit(QStringLiteral("corsOriginsEdit"), QStringLiteral("https://app.example.com")))
    , m_idTokenTtl(new QSpinBox)
    , m_refreshTtlDays(new QSpinBox)
    , m_rotateRefresh(new QCheckBox(tr("Rotate refresh token on use")))
    , m_alwaysIssueRefresh(new QCheckBox(tr("Always issue refresh token")))
    , m_thirdParty(new QCheckBox(tr("Third-party app")))
    , m_noTokensHint(style::subtitleLabel({}))
{
    m_name->setObjectName(QStringLiteral("applicationNameEdit"));
    m_name->setMaxLength(limits::nameMax + 1);
    m_description->setObjectName(QStringLiteral("applicationDescriptionEdit"));
    m_description->setPlaceholderText(tr("Optional: what this application is for"));
    m_type->setObjectName(QStringLiteral("applicationTypeLabel"));
    m_id->setObjectName(QStringLiteral("applicationIdEdit"));
    m_id->setReadOnly(true);
    m_id->setFont(style::monospace());
    m_id->setFrame(false);
    m_id->setStyleSheet(QStringLiteral("background: transparent;"));
    m_idTokenTtl->setObjectName(QStringLiteral("idTokenTtlSpin"));
    m_idTokenTtl->setRange(limits::idTokenTtlMin, limits::idTokenTtlMax);
    m_idTokenTtl->setSingleStep(300);
    m_idTokenTtl->setSuffix(tr(" seconds"));
    m_refreshTtlDays->setObjectName(QStringLiteral("refreshTokenTtlSpin"));
    m_refreshTtlDays->setRange(limits::refreshTtlDaysMin, limits::refreshTtlDaysMax);
    m_refreshTtlDays->setSuffix(tr(" days"));
    m_rotateRefresh->setObjectName(QStringLiteral("rotateRefreshTokenCheck"));
    m_alwaysIssueRefresh->setObjectName(QStringLiteral("alwaysIssueRefreshTokenCheck"));
    m_thirdParty->setObjectName(QStringLiteral("thirdPartyCheck"));
    m_noTokensHint->setObjectName(QStringLiteral("noTokensHint"));

    auto *nameError = FieldErrors::createLabel(QStringLiteral("applicationNameError"));
    auto *descriptionError = FieldErrors::createLabel(QStringLiteral("applicationDescriptionError"));
    auto *redirectError = FieldErrors::createLabel(QStringLiteral("redirectUrisError"));
    auto *postLogoutError = FieldErrors::createLabel(QStringLiteral("postLogoutRedirectUrisError"));
    auto *corsError = FieldErrors::createLabel(QStringLiteral("corsOriginsError"));
    auto *tokenError = FieldErrors::createLabel(QStringLiteral("tokenSettingsError"));
    auto *thirdPartyError = FieldErrors::createLabel(QStringLiteral("thirdPartyError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("applicationOtherError"));
    m_errors.addField(QStringLiteral("name"), nameError);
    m_errors.addField(QStringLiteral("description"), descriptionError);
    m_errors.addField(QStringLiteral("redirectUris"), redirectError);
    m_errors.addField(QStringLiteral("postLogoutRedirectUris"), postLogoutError);
    m_errors.addField(QStringLiteral("corsAllowedOrigins"), corsError);
    m_errors.addField(QStringLiteral("idTokenTtl"), tokenError);
    m_errors.addField(QStringLiteral("refreshTokenTtlInDays"), tokenError);
    m_errors.addField(QStringLiteral("isThirdParty"), thirdPartyError);
    m_errors.setFallback(otherError);

    // One form for all sections, so every label lines up in one column.
    m_form = newForm(this);
    m_form->setContentsMargins(4, 4, 12, 4);
    m_form->addRow(style::sectionLabel(tr("General")));
    m_form->addRow(tr("&Name"), withError(m_name, nameError));
    m_form->addRow(tr("&Description"), withError(m_description, descriptionError));
    auto *typeBox = new QWidget;
    auto *typeLayout = new QVBoxLayout(typeBox);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->setSpacing(2);
    typeLayout->addWidget(m_type);
    typeLayout->addWidget(m_typeHint);
    m_form->addRow(tr("Type"), typeBox);
    m_form->addRow(tr("App ID"), m_id);
    m_form->addRow(tr("Created"), m_created);
    m_form->addRow(otherError);
    m_form->addRow(m_noTokensHint);

    auto *uriTitle = style::sectionLabel(tr("Sign-in redirects"));
    auto *redirectBox =
        withError(m_redirectUris, redirectError,
                  style::subtitleLabel(tr("One URI per line. Use https; plain http only for localhost.")));
    auto *postLogoutBox = withError(m_postLogoutUris, postLogoutError);
    auto *corsBox =
        withError(m_corsOrigins, corsError,
                  style::subtitleLabel(tr("Origins allowed to call the token endpoint from a browser.")));
    m_form->addRow(uriTitle);
    m_form->addRow(tr("&Redirect URIs"), redirectBox);
    m_form->addRow(tr("&Post sign-out\nredirect URIs"), postLogoutBox);
    m_form->addRow(tr("&CORS allowed\norigins"), corsBox);

    m_rotateRefresh->setToolTip(
        tr("Issue a new refresh token each time one is used; the old one stops working."));
    m_alwaysIssueRefresh->setToolTip(tr("Issue a refresh token even when the app does not ask for the "
                                        "offline_access scope."));
    m_thirdParty->setToolTip(
        tr("An app built by someone else: users see a consent screen before signing in."));
    auto *tokenTitle = style::sectionLabel(tr("Tokens"));
    auto *flags = new QWidget;
    auto *flagsLayout = new QVBoxLayout(flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    flagsLayout->setSpacing(4);
    flagsLayout->addWidget(m_rotateRefresh);
    flagsLayout->addWidget(m_alwaysIssueRefresh);
    flagsLayout->addWidget(m_thirdParty);
    flagsLayout->addWidget(thirdPartyError);
    flagsLayout->addWidget(tokenError);
    m_form->addRow(tokenTitle);
    m_form->addRow(tr("&ID token lifetime"), m_idTokenTtl);
    m_form->addRow(tr("Refresh &token lifetime"), m_refreshTtlDays);
    m_form->addRow(QString(), flags);
    m_signInRows = {uriTitle,   redirectBox,  postLogoutBox,    corsBox,
                    tokenTitle, m_idTokenTtl, m_refreshTtlDays, flags};

    for (QLineEdit *edit : {m_name, m_description})
        connect(edit, &QLineEdit::textChanged, this, &ApplicationSettingsForm::validate);
    for (QPlainTextEdit *edit : {m_redirectUris, m_postLogoutUris, m_corsOrigins})
        connect(edit, &QPlainTextEdit::textChanged, this, &ApplicationSettingsForm::validate);
    for (QSpinBox *spin : {m_idTokenTtl, m_refreshTtlDays})
        connect(spin, &QSpinBox::valueChanged, this, &ApplicationSettingsForm::validate);
    for (QCheckBox *check : {m_rotateRefresh, m_alwaysIssueRefresh, m_thirdParty})
        connect(check, &QCheckBox::toggled, this, &ApplicationSettingsForm::validate);
}

QPlainTextEdit *ApplicationSettingsForm::uriEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFixedHeight(fontMetrics().lineSpacing() * 3 + 14);
    return edit;
}

QStringList ApplicationSettingsForm::linesOf(const QPlainTextEdit *edit, QList<int> *lineNumbers)
{
    QStringList result;
    const QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        result.append(line);
        if (lineNumbers)
            lineNumbers->append(int(i) + 1);
    }
    return result;
}

void ApplicationSettingsForm::setLines(QPlainTextEdit *edit, const QStringList &lines)
{
    edit->setPlainText(lines.join(QLatin1Char('\n')));
}

void ApplicationSettingsForm::load(const Application &app, TenantTag tag)
{
    m_loading = true;
    m_app = app;
    m_tag = tag;
    m_name->setText(app.name);
    m_description->setText(app.description);
    m_type->setText(QStringLiteral("<b>") + Format::applicationType(app.type).toHtmlEscaped() +
                    QStringLiteral("</b>"));
    m_typeHint->setText(Format::applicationTypeHint(app.type));
    m_id->setText(app.id);
    m_id->setCursorPosition(0);
    m_created->setText(Format::dateTime(app.createdAt));
    m_created->setToolTip(Format::utc(app.createdAt));
    setLines(m_redirectUris, app.redirectUris);
    setLines(m_postLogoutUris, app.postLogoutRedirectUris);
    setLines(m_corsOrigins, app.corsAllowedOrigins);
    m_idTokenTtl->setValue(app.idTokenTtl);
    m_refreshTtlDays->setValue(app.refreshTokenTtlInDays);
    m_rotateRefresh->setChecked(app.rotateRefreshToken);
    m_alwaysIssueRefresh->setChecked(app.alwaysIssueRefreshToken);
    m_thirdParty->setChecked(app.isThirdParty);

    const bool signsIn = applicationTypeUsesRedirects(app.type);
    for (QWidget *row : std::as_const(m_signInRows))
        m_form->setRowVisible(row, signsIn);
    m_form->setRowVisible(m_noTokensHint, !signsIn);
    switch (app.type) {
    case ApplicationType::MachineToMachine:
        m_noTokensHint->setText(tr("Machine-to-machine apps get access tokens with their client credentials "
                                   "(App ID and a secret); they have no redirect URIs, ID or refresh tokens. "
                                   "Their permissions come from the roles on the Roles tab."));
        break;
    case ApplicationType::Protected:
        m_noTokensHint->setText(
            tr("Protected apps are served behind sign-in as they are; Gatehouse keeps their "
               "secrets. They have no redirect URIs of their own."));
        break;
    case ApplicationType::SAML:
        m_noTokensHint->setText(
            tr("SAML apps sign users in with SAML 2.0 assertions, not with OpenID Connect "
               "tokens."));
        break;
    default:
        break;
    }
    m_loading = false;
    validate();
}

Application ApplicationSettingsForm::edited() const
{
    Application app = m_app;
    app.name = m_name->text();
    app.description = m_description->text();
    if (applicationTypeUsesRedirects(app.type)) {
        app.redirectUris = linesOf(m_redirectUris);
        app.postLogoutRedirectUris = linesOf(m_postLogoutUris);
        app.corsAllowedOrigins = linesOf(m_corsOrigins);
        app.idTokenTtl = m_idTokenTtl->value();
        app.refreshTokenTtlInDays = m_refreshTtlDays->value();
        app.rotateRefreshToken = m_rotateRefresh->isChecked();
        app.alwaysIssueRefreshToken = m_alwaysIssueRefresh->isChecked();
        app.isThirdParty = m_thirdParty->isChecked();
    }
    return app;
}

bool ApplicationSettingsForm::isDirty() const
{
    const Application now = edited();
    return now.name != m_app.name || now.description != m_app.description ||
           now.redirectUris != m_app.redirectUris ||
           now.postLogoutRedirectUris != m_app.postLogoutRedirectUris ||
           now.corsAllowedOrigins != m_app.corsAllowedOrigins || now.idTokenTtl != m_app.idTokenTtl ||
           now.refreshTokenTtlInDays != m_app.refreshTokenTtlInDays ||
           now.rotateRefreshToken != m_app.rotateRefreshToken ||
           now.alwaysIssueRefreshToken != m_app.alwaysIssueRefreshToken ||
           now.isThirdParty != m_app.isThirdParty;
}

void ApplicationSettingsForm::validate()
{
    if (m_loading)
        return;
    QList<int> redirectLines;
    QList<int> postLogoutLines;
    QList<int> corsLines;
    linesOf(m_redirectUris, &redirectLines);
    linesOf(m_postLogoutUris, &postLogoutLines);
    linesOf(m_corsOrigins, &corsLines);
    m_errors.setLineMap(QStringLiteral("redirectUris"), redirectLines);
    m_errors.setLineMap(QStringLiteral("postLogoutRedirectUris"), postLogoutLines);
    m_errors.setLineMap(QStringLiteral("corsAllowedOrigins"), corsLines);
    m_valid = m_errors.show(validation::application(edited(), m_tag));
    emit changed();
}

void ApplicationSettingsForm::showErrors(const QList<FieldError> &errors)
{
    m_errors.show(errors);
}

} // namespace gatehouse::ui
