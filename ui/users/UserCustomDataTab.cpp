#include "users/UserCustomDataTab.h"

#include "common/MessageBox.h"
#include "common/Style.h"
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
    : UserFormTab(workspace, tr("Could not save the custom data."), parent)
    , m_editor(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_format(new QPushButton(tr("&Format")))
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

    QHBoxLayout *buttons = createSaveBar(QStringLiteral("userCustomData"));
    setOperations(Operation::UsersUpdate, std::nullopt);
    buttons->insertWidget(1, m_format);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(style::subtitleLabel(
        tr("Any JSON object your applications keep about this user (plan, preferences, external ids).")));
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &UserCustomDataTab::validate);
    connect(m_format, &QPushButton::clicked, this, [this] {
        if (isValid())
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

void UserCustomDataTab::reloadForm()
{
    fill([this] {
        m_editor->setPlainText(
            user().customData.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(user().customData).toJson(QJsonDocument::Indented)));
        m_editor->setReadOnly(user().id.isEmpty());
    });
}

bool UserCustomDataTab::isModified() const
{
    QJsonObject object;
    QString problem;
    if (!parseObject(m_editor->toPlainText(), &object, &problem))
        return true;
    return object != user().customData;
}

QList<FieldError> UserCustomDataTab::problems() const
{
    QString problem;
    if (parseObject(m_editor->toPlainText(), &m_parsed, &problem)) {
        User candidate = user();
        candidate.customData = m_parsed;
        for (const FieldError &error : validation::user(candidate)) {
            if (error.field == QLatin1String("customData"))
                problem = tr("Custom data %1").arg(error.message);
        }
    }
    m_problemText = problem;
    return problem.isEmpty() ? QList<FieldError>()
                             : QList<FieldError>{{QStringLiteral("customData"), problem}};
}

void UserCustomDataTab::updateButtons()
{
    EditorWidget::updateButtons();
    const bool valid = isValid();
    m_problem->setText(valid ? tr("Valid JSON object") : m_problemText);
    m_problem->setStyleSheet(valid ? QStringLiteral("color: #1e7a3a;") : QStringLiteral("color: #b42318;"));
    m_problem->setVisible(hasItem());
    m_format->setEnabled(hasItem() && valid);
    if (isDirty() && !valid && !isSaving())
        statusLabel()->setText(tr("Fix the JSON to save"));
}

bool UserCustomDataTab::showSaveErrors(const Error &error)
{
    if (error.code() != ErrorCode::Validation)
        return false;
    MessageBox::showError(this, tr("The custom data was not saved."), error);
    return true;
}

void UserCustomDataTab::startSave()
{
    User edited = user();
    edited.customData = m_parsed;
    saveUser(edited);
}

} // namespace gatehouse::ui
