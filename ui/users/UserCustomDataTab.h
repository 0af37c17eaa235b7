#pragma once

#include "model/User.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse::ui {

class Workspace;

/// The Custom data tab: the user's customData as indented JSON in a monospace editor. Every
/// edit is checked at once ("must be a JSON object", or the parse error with its line and
/// column); Save sends it with the version that was read (a Conflict offers to reload).
class UserCustomDataTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserCustomDataTab(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows `user`; unsaved edits of the same user are kept (only the base is replaced).
    void setUser(const User &user);
    bool isDirty() const;
    bool isValid() const { return m_valid; }
    void save();
    void revert();

    /// Parses `text` as a JSON object. On failure returns false and sets *problem to a message
    /// for people ("Line 3, column 7: …" or "Must be a JSON object …").
    static bool parseObject(const QString &text, QJsonObject *object, QString *problem);

signals:
    void saved(const gatehouse::User &user);
    void reloadRequested();

private:
    void validate();
    void load();

    Workspace *m_workspace;
    User m_user;
    QJsonObject m_parsed;
    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    QPushButton *m_format;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    bool m_valid = true;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace gatehouse::ui
