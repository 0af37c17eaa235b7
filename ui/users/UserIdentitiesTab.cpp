#include "users/UserIdentitiesTab.h"

#include "common/Style.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

UserIdentitiesTab::UserIdentitiesTab(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3))
    , m_empty(style::subtitleLabel(tr("No social or enterprise identities: this user signs in with "
                                      "Gatehouse identifiers only.")))
{
    setObjectName(QStringLiteral("userIdentitiesTab"));
    m_table->setObjectName(QStringLiteral("userIdentitiesTable"));
    m_table->setHorizontalHeaderLabels({tr("Provider"), tr("User ID at provider"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_empty->setObjectName(QStringLiteral("userIdentitiesEmptyLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);
    m_empty->setVisible(false);
}

void UserIdentitiesTab::setUser(const User &user)
{
    m_table->setRowCount(0);
    for (auto it = user.identities.constBegin(); it != user.identities.constEnd(); ++it) {
        const QJsonObject identity = it.value().toObject();
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto *id = new QTableWidgetItem(identity.value(QStringLiteral("userId")).toVariant().toString());
        id->setFont(style::monospace());
        m_table->setItem(row, 1, id);
        const QJsonObject details = identity.value(QStringLiteral("details")).toObject();
        auto *detail = new QTableWidgetItem(
            details.isEmpty() ? QString()
                              : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        detail->setToolTip(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Indented)));
        m_table->setItem(row, 2, detail);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_empty->setVisible(!user.id.isEmpty() && m_table->rowCount() == 0);
    m_table->setVisible(m_table->rowCount() > 0);
}

} // namespace gatehouse::ui
