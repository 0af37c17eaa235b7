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
    : FormDialog(QStringLiteral("scopeDialog"),
                 existing.id.isEmpty() ? tr("Add permission to %1").arg(resourceName) : tr("Edit permission"),
                 460, parent)
    , m_scope(existing)
    , m_name(new QLineEdit(existing.name))
    , m_description(new QLineEdit(existing.description))
{
    const bool isNew = existing.id.isEmpty();

    m_name->setObjectName(QStringLiteral("scopeNameEdit"));
    m_name->setPlaceholderText(tr("e.g. read:projects"));
    m_name->setReadOnly(!isNew);
    m_name->setFont(style::monospace());
    m_description->setObjectName(QStringLiteral("scopeDescriptionEdit"));
    m_description->setPlaceholderText(tr("e.g. Read projects and their settings"));
    auto *nameError = FieldErrors::createLabel(QStringLiteral("scopeNameError"));
    auto *descriptionError = FieldErrors::createLabel(QStringLiteral("scopeDescriptionError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("scopeError"));
    errors().addField(QStringLiteral("name"), nameError);
    errors().addField(QStringLiteral("description"), descriptionError);
    errors().setFallback(otherError);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    if (isNew)
        form->addRow(QString(), style::subtitleLabel(tr("Names usually read action:thing. They appear in "
                                                        "access tokens and cannot be changed later.")));
    form->addRow(tr("&Description"), m_description);
    form->addRow(QString(), descriptionError);

    QDialogButtonBox *buttons =
        createButtons(isNew ? tr("Add permission") : tr("Save"), QStringLiteral("scopeAcceptButton"));
    connect(m_name, &QLineEdit::textChanged, this, &ScopeDialog::validate);
    connect(m_description, &QLineEdit::textChanged, this, &ScopeDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(otherError);
    layout->addWidget(buttons);
    validate();
    if (isNew)
        errors().clear();
}

Scope ScopeDialog::scope() const
{
    Scope s = m_scope;
    s.name = m_name->text().trimmed();
    s.description = m_description->text().trimmed();
    return s;
}

void ScopeDialog::validate()
{
    const QList<FieldError> errors = validation::scope(scope());
    this->errors().show(errors);
    setAcceptable(errors.isEmpty());
}

} // namespace gatehouse::ui
