#include "sso/SsoDomainsEditor.h"

#include "common/FieldErrors.h"
#include "common/Style.h"
#include "common/WrappingLabel.h"
#include "model/EmailDomains.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gatehouse::ui {

SsoDomainsEditor::SsoDomainsEditor(QWidget *parent)
    : QWidget(parent)
    , m_input(new QLineEdit)
    , m_add(new QPushButton(tr("Add")))
    , m_list(new QListWidget)
    , m_remove(new QPushButton(tr("Remove")))
    , m_preview(style::subtitleLabel({}))
    , m_warning(new WrappingLabel)
    , m_error(FieldErrors::createLabel(QStringLiteral("ssoDomainsError")))
{
    m_input->setObjectName(QStringLiteral("ssoDomainInput"));
    m_input->setPlaceholderText(tr("e.g. acme.com"));
    m_add->setObjectName(QStringLiteral("ssoDomainAddButton"));
    m_list->setObjectName(QStringLiteral("ssoDomainsList"));
    m_list->setMaximumHeight(84);
    m_list->setIconSize(QSize(14, 14));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_remove->setObjectName(QStringLiteral("ssoDomainRemoveButton"));
    m_preview->setObjectName(QStringLiteral("ssoDomainPreviewLabel"));
    m_preview->setTextFormat(Qt::PlainText);
    m_warning->setObjectName(QStringLiteral("ssoPublicDomainWarning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00; background: #fff6e0; border: 1px solid #f3d999; "
                                            "border-radius: 4px; padding: 4px 6px;"));
    m_warning->setVisible(false);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(inputRow);
    layout->addWidget(m_preview);
    layout->addLayout(listRow);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);

    connect(m_input, &QLineEdit::textChanged, this, &SsoDomainsEditor::updatePreview);
    connect(m_input, &QLineEdit::returnPressed, this, &SsoDomainsEditor::addFromInput);
    connect(m_add, &QPushButton::clicked, this, &SsoDomainsEditor::addFromInput);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QStringList keep;
        for (int row = 0; row < m_list->count(); ++row) {
            if (!m_list->item(row)->isSelected())
                keep.append(m_domains.value(row));
        }
        m_domains = keep;
        refresh();
        emit changed();
    });
    refresh();
}

void SsoDomainsEditor::setDomains(const QStringList &domains)
{
    m_domains = domains;
    m_input->clear();
    refresh();
}

bool SsoDomainsEditor::addFromInput()
{
    // Several may be pasted at once: "acme.com, acme.de".
    const QStringList parts =
        m_input->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    QStringList added;
    for (const QString &part : parts) {
        QString problem;
        const QString domain = emaildomains::normalize(part, &problem);
        if (domain.isEmpty()) {
            m_preview->setText(problem);
            m_preview->setStyleSheet(QStringLiteral("color: #b42318;"));
            return false;
        }
        if (!m_domains.contains(domain) && !added.contains(domain))
            added.append(domain);
    }
    m_domains += added;
    m_input->clear();
    refresh();
    emit changed();
    return true;
}

void SsoDomainsEditor::updatePreview()
{
    m_preview->setStyleSheet({});
    const QString text = m_input->text().trimmed();
    if (text.isEmpty() || text.contains(QRegularExpression(QStringLiteral("[\\s,;]")))) {
        m_preview->setText(tr("People whose email address is at one of these domains are sent to this "
                              "connector."));
        m_add->setEnabled(!text.isEmpty());
        return;
    }
    QString problem;
    const QString domain = emaildomains::normalize(text, &problem);
    if (domain.isEmpty()) {
        m_preview->setText(problem);
        m_preview->setStyleSheet(QStringLiteral("color: #b42318;"));
    } else if (m_domains.contains(domain)) {
        m_preview->setText(tr("%1 is already in the list.").arg(domain));
    } else {
        m_preview->setText(tr("Will be added as %1").arg(domain));
    }
    m_add->setEnabled(!domain.isEmpty() && !m_domains.contains(domain));
}

void SsoDomainsEditor::refresh()
{
    m_list->clear();
    QStringList publicDomains;
    for (const QString &domain : std::as_const(m_domains)) {
        auto *item = new QListWidgetItem(domain, m_list);
        if (emaildomains::isPublicProvider(domain)) {
            publicDomains.append(domain);
            item->setIcon(style::icon(QStringLiteral("warning")));
            item->setToolTip(tr("A public email provider"));
        }
    }
    m_list->setVisible(!m_domains.isEmpty());
    m_remove->setVisible(!m_domains.isEmpty());
    m_remove->setEnabled(false);
    if (publicDomains.isEmpty()) {
        m_warning->setVisible(false);
        m_warning->clear();
    } else {
        m_warning->setText(
            tr("%1: public email provider. Anyone can have an address there, so claiming it sends people "
               "outside the customer's organization to this connector (and, with enterprise SSO on, stops "
               "them from signing in with a password). Saving is allowed.")
                .arg(publicDomains.join(QStringLiteral(", "))));
        m_warning->setVisible(true);
    }
    updatePreview();
}

} // namespace gatehouse::ui
