#include "common/EmptyState.h"

#include "common/Style.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

EmptyState::EmptyState(const QIcon &icon, const QString &title, const QString &text,
                       const QString &actionText, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel)
    , m_text(style::subtitleLabel({}))
    , m_button(new QPushButton)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(icon.pixmap(48, 48));
    iconLabel->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setMaximumWidth(380);
    style::makePrimary(m_button);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 32, 24, 32);
    layout->setSpacing(10);
    layout->addStretch(1);
    layout->addWidget(iconLabel);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setTexts(title, text, actionText);
    connect(m_button, &QPushButton::clicked, this, &EmptyState::actionTriggered);
}

void EmptyState::setTexts(const QString &title, const QString &text, const QString &actionText)
{
    m_title->setText(title);
    m_text->setText(text);
    m_button->setText(actionText);
    m_button->setVisible(!actionText.isEmpty());
}

} // namespace gatehouse::ui
