#include "users/UserCustomDataTab.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "model/UserValidation.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

UserCustomDataTab::UserCustomDataTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_editor(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_format(new QPushButton(tr("&Format")))
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Re&vert")))
    , m_status(style::subtitleLabel({}))
{
    setObjectName(QStringLiteral("userCustomDataTab"));
    m_editor->setObjectName(QStringLiteral("userCustomDataEdit"));
    m_editor->setFont(style::monospace());
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    m_editor->setPlaceholderText(QStringLiteral("{ \"plan\": \"pro\" }"));
    m_problem->setObjectName(QStringLiteral("userCustomDataProblemLabel"));
    m_problem->setWordWrap(true);
    m_format->setObjectName(QStringLiteral("userCustomDataFormatButton"));
    m_format->setToolTip(tr("Indent the JSON"));
    m_save->setObjectName(QStringLiteral("userCustomDataSaveButton"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("userCustomDataRevertButton"));
    m_status->setObjectName(QStringLiteral("userCustomDataStatusLabel"));
    style::makePrimary(m_save);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_format);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(style::subtitleLabel(
        tr("Any JSON object your applications keep about this user (plan, preferences, external ids).")));
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &UserCustomDataTab::validate);
    connect(m_save, &QPushButton::clicked, this, &UserCustomDataTab::save);
    connect(m_revert, &QPushButton::clicked, this, &UserCustomDataTab::revert);
    connect(m_format, &QPushButton::clicked, this, [this] {
        if (m_valid)
            m_editor->setPlainText(
                QString::fromUtf8(QJsonDocument(m_parsed).toJson(QJsonDocument::Indented)));
    });
    validate();
}

bool UserCustomDataTab::parseObject(const QString &text, QJsonObject *object, QString *problem)
{
    if (text.trimmed().isEmpty()) {
        *object = {};
        return true;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = utf8.left(error.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        *problem = tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
        return false;
    }
    if (!document.isObject()) {
        *problem = tr("Must be a JSON object, e.g. { \"plan\": \"pro\" }");
        return false;
    }
    *object = document.object();
    return true;
}

void UserCustomDataTab::setUser(const User &user)
{
    const bool keepEdits = isDirty() && user.id == m_user.id;
    m_user = user;
    if (keepEdits)
        validate();
    else
        load();
}

void UserCustomDataTab::load()
{
    m_loading = true;
    m_editor->setPlainText(
        m_user.customData.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(m_user.customData).toJson(QJsonDocument::Indented)));
    m_editor->setReadOnly(m_user.id.isEmpty());
    m_loading = false;
    m_status->clear();
    validate();
}

bool UserCustomDataTab::isDirty() const
{
    if (m_user.id.isEmpty())
        return false;
    QJsonObject object;
    QString problem;
    if (!parseObject(m_editor->toPlainText(), &object, &problem))
        return true;
    return object != m_user.customData;
}

void UserCustomDataTab::validate()
{
    if (m_loading)
        return;
    QString problem;
    m_valid = parseObject(m_editor->toPlainText(), &m_parsed, &problem);
    if (m_valid) {
        User candidate = m_user;
        candidate.customData = m_parsed;
        for (const FieldError &error : validation::user(candidate)) {
            if (error.field == QLatin1String("customData")) {
                problem = tr("Custom data %1").arg(error.message);
                m_valid = false;
            }
        }
    }
    m_problem->setText(m_valid ? tr("Valid JSON object") : problem);
    m_problem->setStyleSheet(m_valid ? QStringLiteral("color: #1e7a3a;") : QStringLiteral("color: #b42318;"));
    m_problem->setVisible(!m_user.id.isEmpty());
    const bool hasUser = !m_user.id.isEmpty();
    const bool dirty = isDirty();
    m_save->setEnabled(hasUser && dirty && m_valid && !m_saving);
    m_revert->setEnabled(hasUser && dirty && !m_saving);
    m_format->setEnabled(hasUser && m_valid);
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (dirty)
        m_status->setText(m_valid ? tr("Unsaved changes") : tr("Fix the JSON to save"));
}

void UserCustomDataTab::revert()
{
    load();
}

void UserCustomDataTab::save()
{
    if (!m_save->isEnabled())
        return;
    User user = m_user;
    user.customData = m_parsed;
    m_saving = true;
    validate();
    m_workspace->track(m_workspace->backend().users().update(m_workspace->tenant().id, user))
        .then(this, [this](Result<User> result) {
            m_saving = false;
            if (result.ok()) {
                if (result->id == m_user.id) {
                    m_user = result.value();
                    load();
                    m_status->setText(tr("Saved"));
                }
                emit saved(result.value());
                return;
            }
            const Error &error = result.error();
            if (error.code() == ErrorCode::Conflict) {
                const auto answer = MessageBox::question(
                    this, tr("User changed elsewhere"),
                    tr("This user was changed by someone else after you opened it. Reload it? Your edits "
                       "on this tab will be discarded."),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                if (answer == QMessageBox::Yes) {
                    load();
                    emit reloadRequested();
                }
            } else if (error.code() == ErrorCode::Validation) {
                m_status->setText(tr("Not saved"));
                MessageBox::showError(this, tr("The custom data was not saved."), error);
            } else {
                MessageBox::showError(this, tr("Could not save the custom data."), error);
            }
            validate();
        });
}

} // namespace gatehouse::ui
