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
                 460, existing.id.isEmpty() ? tr("Add permission") : tr("Save"),
                 QStringLiteral("scopeAcceptButton"), parent)
    , m_scope(existing)
{
    const bool isNew = existing.id.isEmpty();
    auto *form = new QFormLayout;
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("scopeName"));
    m_name->setText(existing.name);
    m_name->setPlaceholderText(tr("e.g. read:projects"));
    m_name->setReadOnly(!isNew);
    m_name->setFont(style::monospace());
    if (isNew)
        form->addRow(QString(), style::subtitleLabel(tr("Names usually read action:thing. They appear in "
                                                        "access tokens and cannot be changed later.")));
    m_description =
        addField(form, tr("&Description"), QStringLiteral("description"), QStringLiteral("scopeDescription"));
    m_description->setText(existing.description);
    m_description->setPlaceholderText(tr("e.g. Read projects and their settings"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errors().createFallback(QStringLiteral("scopeError")));
    layout->addWidget(buttons());
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
