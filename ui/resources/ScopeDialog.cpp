#include "resources/ScopeDialog.h"

#include "common/Style.h"
#include "model/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

ScopeDialog::ScopeDialog(const QString &resourceName, const Scope &existing, QWidget *parent)
    : QDialog(parent)
    , m_scope(existing)
    , m_name(new QLineEdit(existing.name))
    , m_description(new QLineEdit(existing.description))
{
    const bool isNew = existing.id.isEmpty();
    setObjectName(QStringLiteral("scopeDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(isNew ? tr("Add permission to %1").arg(resourceName) : tr("Edit permission"));
    setMinimumWidth(460);

    m_name->setObjectName(QStringLiteral("scopeNameEdit"));
    m_name->setPlaceholderText(tr("e.g. read:projects"));
    m_name->setReadOnly(!isNew);
    m_name->setFont(style::monospace());
    m_description->setObjectName(QStringLiteral("scopeDescriptionEdit"));
    m_description->setPlaceholderText(tr("e.g. Read projects and their settings"));
    auto *nameError = FieldErrors::createLabel(QStringLiteral("scopeNameError"));
    auto *descriptionError = FieldErrors::createLabel(QStringLiteral("scopeDescriptionError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("scopeError"));
    m_errors.addField(QStringLiteral("name"), nameError);
    m_errors.addField(QStringLiteral("description"), descriptionError);
    m_errors.setFallback(otherError);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    if (isNew)
        form->addRow(QString(), style::subtitleLabel(tr("Names usually read action:thing. They appear in "
                                                        "access tokens and cannot be changed later.")));
    form->addRow(tr("&Description"), m_description);
    form->addRow(QString(), descriptionError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept = buttons->addButton(isNew ? tr("Add permission") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("scopeAcceptButton"));
    style::makePrimary(m_accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_accept->isEnabled())
            emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ScopeDialog::validate);
    connect(m_description, &QLineEdit::textChanged, this, &ScopeDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(otherError);
    layout->addWidget(buttons);
    validate();
    if (isNew)
        m_errors.clear();
}

Scope ScopeDialog::scope() const
{
    Scope s = m_scope;
    s.name = m_name->text().trimmed();
    s.description = m_description->text().trimmed();
    return s;
}

void ScopeDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void ScopeDialog::showError(const Error &error)
{
    if (!error.fields().isEmpty())
        m_errors.show(error.fields());
    else
        m_errors.show({FieldError{QString(), error.message()}});
}

void ScopeDialog::validate()
{
    const QList<FieldError> errors = validation::scope(scope());
    m_errors.show(errors);
    m_accept->setEnabled(errors.isEmpty() && !m_busy);
}

} // namespace gatehouse::ui
