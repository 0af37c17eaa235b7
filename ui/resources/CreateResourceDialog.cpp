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
    : FormDialog(QStringLiteral("createResourceDialog"), tr("Create API resource"), 500,
                 tr("Create API resource"), QStringLiteral("createResourceButton"), parent)
{
    auto *form = new QFormLayout;
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("newResourceName"));
    m_name->setPlaceholderText(tr("e.g. Projects API"));
    m_indicator =
        addField(form, tr("&Indicator"), QStringLiteral("indicator"), QStringLiteral("newResourceIndicator"));
    m_indicator->setPlaceholderText(QStringLiteral("https://api.example.com"));
    m_indicator->setFont(style::monospace());
    form->addRow(QString(),
                 style::subtitleLabel(tr("A unique absolute URI for this API, usually its base URL. "
                                         "Clients send it as the resource parameter; it cannot be "
                                         "changed later.")));
    // Say what is wrong only once the person has typed something.
    for (QLineEdit *edit : {m_name, m_indicator}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_touched = true;
            validate();
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errors().createFallback(QStringLiteral("newResourceError")));
    layout->addWidget(buttons());
    validate();
}

Resource CreateResourceDialog::draft() const
{
    Resource r;
    r.name = m_name->text().trimmed();
    r.indicator = m_indicator->text().trimmed();
    return r;
}

void CreateResourceDialog::validate()
{
    const Resource r = draft();
    showProblems(validation::resource(r), [this, &r](const QString &field) {
        return !m_touched || (field == QLatin1String("name") && r.name.isEmpty()) ||
               (field == QLatin1String("indicator") && r.indicator.isEmpty());
    });
}

} // namespace gatehouse::ui
