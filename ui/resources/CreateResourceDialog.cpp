#include "resources/CreateResourceDialog.h"

#include "common/Style.h"
#include "model/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

CreateResourceDialog::CreateResourceDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_indicator(new QLineEdit)
{
    setObjectName(QStringLiteral("createResourceDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Create API resource"));
    setMinimumWidth(500);

    m_name->setObjectName(QStringLiteral("newResourceNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Projects API"));
    m_indicator->setObjectName(QStringLiteral("newResourceIndicatorEdit"));
    m_indicator->setPlaceholderText(QStringLiteral("https://api.example.com"));
    m_indicator->setFont(style::monospace());
    auto *nameError = FieldErrors::createLabel(QStringLiteral("newResourceNameError"));
    auto *indicatorError = FieldErrors::createLabel(QStringLiteral("newResourceIndicatorError"));
    auto *otherError = FieldErrors::createLabel(QStringLiteral("newResourceError"));
    m_errors.addField(QStringLiteral("name"), nameError);
    m_errors.addField(QStringLiteral("indicator"), indicatorError);
    m_errors.setFallback(otherError);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Indicator"), m_indicator);
    form->addRow(QString(), indicatorError);
    form->addRow(QString(),
                 style::subtitleLabel(tr("A unique absolute URI for this API, usually its base URL. "
                                         "Clients send it as the resource parameter; it cannot be "
                                         "changed later.")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("Create API resource"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createResourceButton"));
    style::makePrimary(m_create);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_create->isEnabled())
            emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_indicator}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_touched = true;
            validate();
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(otherError);
    layout->addWidget(buttons);
    validate();
}

Resource CreateResourceDialog::draft() const
{
    Resource r;
    r.name = m_name->text().trimmed();
    r.indicator = m_indicator->text().trimmed();
    return r;
}

void CreateResourceDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void CreateResourceDialog::showError(const Error &error)
{
    if (!error.fields().isEmpty())
        m_errors.show(error.fields());
    else
        m_errors.show({FieldError{QString(), error.message()}});
}

void CreateResourceDialog::validate()
{
    const Resource r = draft();
    QList<FieldError> errors = validation::resource(r);
    QList<FieldError> shown;
    for (const FieldError &e : errors) {
        const bool blank = (e.field == QLatin1String("name") && r.name.isEmpty()) ||
                           (e.field == QLatin1String("indicator") && r.indicator.isEmpty());
        if (m_touched && !blank)
            shown.append(e);
    }
    m_errors.show(shown);
    m_create->setEnabled(errors.isEmpty() && !m_busy);
}

} // namespace gatehouse::ui
