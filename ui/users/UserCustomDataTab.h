#pragma once

#include "common/EditorWidget.h"
#include "model/User.h"

#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse::ui {

/// The Custom data tab: the user's customData as indented JSON in a monospace editor. Every
/// edit is checked at once ("must be a JSON object", or the parse error with its line and
/// column); Save sends it with the version that was read (a Conflict offers to reload).
class UserCustomDataTab : public EditorWidget
{
    Q_OBJECT
public:
    explicit UserCustomDataTab(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows `user`; unsaved edits of the same user are kept (only the base is replaced).
    void setUser(const User &user);

    /// Parses `text` as a JSON object. On failure returns false and sets *problem to a message
    /// for people ("Line 3, column 7: …" or "Must be a JSON object …").
    static bool parseObject(const QString &text, QJsonObject *object, QString *problem);

signals:
    void saved(const gatehouse::User &user);

protected:
    bool hasItem() const override { return !m_user.id.isEmpty(); }
    QString itemName() const override;
    bool isModified() const override;
    QList<FieldError> problems() const override;
    bool showSaveErrors(const Error &error) override;
    void updateButtons() override;
    void startSave() override;
    void reloadForm() override { load(); }

private:
    void load();

    User m_user;
    mutable QJsonObject m_parsed;  ///< the edited object, as problems() last parsed it
    mutable QString m_problemText; ///< what problems() last found wrong, or empty
    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    QPushButton *m_format;
};

} // namespace gatehouse::ui
