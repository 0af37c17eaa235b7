#pragma once

#include "users/UserFormTab.h"

#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse::ui {

/// The Custom data tab: the user's customData as indented JSON in a monospace editor. Every
/// edit is checked at once ("must be a JSON object", or the parse error with its line and
/// column). Saving and showing the user again are UserFormTab's.
class UserCustomDataTab : public UserFormTab
{
    Q_OBJECT
public:
    explicit UserCustomDataTab(Workspace *workspace, QWidget *parent = nullptr);

    /// Parses `text` as a JSON object. On failure returns false and sets *problem to a message
    /// for people ("Line 3, column 7: …" or "Must be a JSON object …").
    static bool parseObject(const QString &text, QJsonObject *object, QString *problem);

protected:
    bool isModified() const override;
    QList<FieldError> problems() const override;
    bool showSaveErrors(const Error &error) override;
    void updateButtons() override;
    void startSave() override;
    void reloadForm() override;

private:
    mutable QJsonObject m_parsed;  ///< the edited object, as problems() last parsed it
    mutable QString m_problemText; ///< what problems() last found wrong, or empty
    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    QPushButton *m_format;
};

} // namespace gatehouse::ui
