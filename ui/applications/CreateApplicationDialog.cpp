#include "applications/CreateApplicationDialog.h"

#include "common/Format.h"
#include "common/Style.h"
#include "model/Validation.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

CreateApplicationDialog::CreateApplicationDialog(QWidget *parent)
    : FormDialog(QStringLiteral("createApplicationDialog"), tr("Create application"), 640,
                 tr("Create application"), QStringLiteral("createApplicationButton"), parent)
    , m_types(new QButtonGroup(this))
{
    auto *cards = new QGridLayout;
    cards->setSpacing(8);
    int index = 0;
    for (ApplicationType type : allApplicationTypes()) {
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("applicationTypeCard"));
        card->setStyleSheet(QStringLiteral("QFrame#applicationTypeCard { border: 1px solid #dcdce6; "
                                           "border-radius: 6px; background: #fbfbfd; }"));
        auto *radio = new QRadioButton(Format::applicationType(type));
        radio->setObjectName(QStringLiteral("applicationTypeRadio_") + applicationTypeName(type));
        QFont bold = radio->font();
        bold.setBold(true);
        radio->setFont(bold);
        auto *hint = style::subtitleLabel(Format::applicationTypeHint(type));
        hint->setContentsMargins(22, 0, 0, 0);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(10, 8, 10, 8);
        cardLayout->setSpacing(2);
        cardLayout->addWidget(radio);
        cardLayout->addWidget(hint);
        cardLayout->addStretch(1);
        m_types->addButton(radio, index);
        m_typeOfButton.insert(index, type);
        cards->addWidget(card, index / 2, index % 2);
        ++index;
    }

    auto *form = new QFormLayout;
    m_name =
        errors().addLine(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("newApplicationName"));
    m_name->setPlaceholderText(tr("e.g. Acme Web"));
    m_description = addField(form, tr("&Description"), QStringLiteral("description"),
                             QStringLiteral("newApplicationDescription"));
    m_description->setPlaceholderText(tr("Optional"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(style::sectionLabel(tr("What are you building?")));
    layout->addLayout(cards);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(errors().createFallback(QStringLiteral("newApplicationError")));
    layout->addWidget(buttons());

    connect(m_types, &QButtonGroup::idToggled, this, &CreateApplicationDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        validate();
    });
    setType(ApplicationType::SPA);
    m_name->setFocus();
}

Application CreateApplicationDialog::draft() const
{
    Application app;
    app.type = m_typeOfButton.value(m_types->checkedId(), ApplicationType::SPA);
    app.name = m_name->text().trimmed();
    app.description = m_description->text().trimmed();
    return app;
}

void CreateApplicationDialog::setType(ApplicationType type)
{
    for (auto it = m_typeOfButton.cbegin(); it != m_typeOfButton.cend(); ++it) {
        if (it.value() == type)
            m_types->button(it.key())->setChecked(true);
    }
}

void CreateApplicationDialog::validate()
{
    QList<FieldError> errors;
    for (const FieldError &error : validation::application(draft(), TenantTag::Development)) {
        if (error.field == QLatin1String("name") || error.field == QLatin1String("description"))
            errors.append(error);
    }
    acceptButton()->setText(isBusy() ? tr("Creating…") : tr("Create application"));
    // Say "must not be empty" only once the person has typed something.
    showProblems(errors,
                 [this](const QString &field) { return field == QLatin1String("name") && !m_nameTouched; });
}

} // namespace gatehouse::ui
