#pragma once

#include "model/User.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace gatehouse::ui {

/// The Identities tab: the user's social and enterprise identities (provider, the user's id
/// there, the details the provider sent), read-only.
class UserIdentitiesTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserIdentitiesTab(QWidget *parent = nullptr);

    void setUser(const User &user);

private:
    QTableWidget *m_table;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
