#include "common/EditorWidget.h"

#include "common/MessageBox.h"
#include "common/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace gatehouse::ui {

EditorWidget::EditorWidget(Workspace *workspace, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_texts(texts)
{
    connect(workspace, &Workspace::accessChanged, this, &EditorWidget::updateButtons);
}

bool EditorWidget::isDirty() const
{
    return hasItem() && isModified();
}

bool EditorWidget::confirmDiscard()
{
    return !isDirty() || MessageBox::discardChangesOf(this, itemName());
}

void EditorWidget::save()
{
    if (m_save && m_save->isEnabled())
        startSave();
}

void EditorWidget::revert()
{
    reloadForm();
}

bool EditorWidget::showSaveErrors(const Error &error)
{
    if (error.code() != ErrorCode::Validation)
        return false;
    m_errors.show(error.fields());
    return true;
}

bool EditorWidget::showRefusal(const Error &error, const QString &field)
{
    const std::optional<QList<FieldError>> problems = FieldErrors::refusal(error, field);
    if (problems)
        m_errors.show(*problems);
    return problems.has_value();
}

namespace {
/// `text` with %1 replaced by `name`, when it has a %1.
QString naming(const QString &text, const QString &name)
{
    return text.contains(QLatin1String("%1")) ? text.arg(name) : text;
}
} // namespace

bool EditorWidget::handleSaveFailure(const Error &error, const QString &name)
{
    if (error.code() != ErrorCode::Conflict) {
        m_refused = showSaveErrors(error);
        if (!m_refused)
            MessageBox::showError(
                this,
                naming(m_texts.saveFailed.isEmpty() ? tr("Could not save \"%1\".") : m_texts.saveFailed,
                       name),
                error);
        return false;
    }
    const QString question = naming(
        m_texts.changedQuestion.isEmpty()
            ? tr("\"%1\" was changed by someone else after you opened it. Reload it? Your edits will be "
                 "discarded.")
            : m_texts.changedQuestion,
        name);
    return MessageBox::question(this, m_texts.changedTitle, question, QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::Yes) == QMessageBox::Yes;
}

void EditorWidget::reloadAfterConflict(const std::function<void()> &fetch)
{
    if (fetch) {
        fetch();
        return;
    }
    reloadForm();
    emit reloadRequested();
}

QLineEdit *EditorWidget::addField(QFormLayout *form, const QString &label, const QString &field,
                                  const QString &name)
{
    QLineEdit *edit = m_errors.addLine(form, label, field, name);
    connect(edit, &QLineEdit::textChanged, this, &EditorWidget::validate);
    return edit;
}

void EditorWidget::markSaving(bool saving)
{
    m_saving = saving;
    if (!saving && !isDirty() && m_status)
        m_status->setText(tr("Saved"));
    updateButtons();
}

void EditorWidget::fill(const std::function<void()> &fill)
{
    m_filling = true;
    fill();
    if (m_status)
        m_status->clear();
    m_filling = false;
    validate();
}

void EditorWidget::validate()
{
    if (m_filling)
        return;
    m_refused = false;
    m_valid = m_errors.show(hasItem() ? problems() : QList<FieldError>());
    updateButtons();
}

void EditorWidget::updateButtons()
{
    const bool dirty = isDirty();
    const bool valid = isValid();
    if (m_save) {
        const bool enabled = dirty && valid && !m_saving && !m_refused;
        if (m_saveOperation)
            m_workspace->allow(m_save, *m_saveOperation, enabled, tr("Save changes (Ctrl+S)"));
        else
            m_save->setEnabled(enabled);
        m_revert->setEnabled(dirty && !m_saving);
    }
    if (m_delete) {
        const bool enabled = hasItem() && !m_saving;
        if (m_deleteOperation)
            m_workspace->allow(m_delete, *m_deleteOperation, enabled, QString());
        else
            m_delete->setEnabled(enabled);
    }
    if (!m_status)
        return;
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (m_refused)
        m_status->setText(tr("Not saved: fix the marked fields"));
    else if (dirty)
        m_status->setText(valid ? tr("Unsaved changes") : tr("Fix the marked fields to save"));
}

void EditorWidget::setOperations(std::optional<Operation> save, std::optional<Operation> remove)
{
    m_saveOperation = save;
    m_deleteOperation = remove;
    updateButtons();
}

QHBoxLayout *EditorWidget::createHeader(const QString &prefix, const QList<QWidget *> &badges)
{
    m_title = style::titleLabel({});
    m_title->setObjectName(prefix + QStringLiteral("TitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_delete = new QPushButton(tr("Delete…"));
    m_delete->setObjectName(prefix + QStringLiteral("DeleteButton"));
    style::makeDanger(m_delete);
    connect(m_delete, &QPushButton::clicked, this, &EditorWidget::deleteRequested);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    for (QWidget *badge : badges)
        header->addWidget(badge, 0, Qt::AlignVCenter);
    header->addWidget(m_delete, 0, Qt::AlignVCenter);
    return header;
}

QHBoxLayout *EditorWidget::createSaveBar(const QString &prefix)
{
    m_status = style::subtitleLabel({});
    m_status->setObjectName(prefix + QStringLiteral("StatusLabel"));
    m_revert = new QPushButton(tr("Re&vert"));
    m_revert->setObjectName(prefix + QStringLiteral("RevertButton"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(prefix + QStringLiteral("SaveButton"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    style::makePrimary(m_save);
    connect(m_save, &QPushButton::clicked, this, &EditorWidget::save);
    connect(m_revert, &QPushButton::clicked, this, &EditorWidget::revert);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    return bar;
}

} // namespace gatehouse::ui
