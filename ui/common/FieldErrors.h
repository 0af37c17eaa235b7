#pragma once

#include "backend/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace gatehouse::ui {

/// Shows validation problems next to the fields they belong to.
///
/// Each field (by its Logto JSON name, e.g. "redirectUris") gets a red label under it; indexed
/// errors ("redirectUris[1]") are shown as "Line N: ..." using the line map the editor gives
/// (list index → line number in the text box, 1-based). Errors for fields without a label go to
/// the fallback label. Labels hide themselves when there is nothing to say.
class FieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrors)

public:
    /// What a refusal of a save says beside the fields: for a Validation or AlreadyExists error,
    /// its fields, or its message as a problem of `field` when it names none; nothing for any
    /// other error (those go to a message box).
    static std::optional<QList<FieldError>> refusal(const Error &error, const QString &field = {});

    /// Creates a red, word-wrapped, initially hidden label with objectName `objectName`.
    static QLabel *createLabel(const QString &objectName);

    void addField(const QString &field, QLabel *label);
    /// Adds to `form` a row `label` with a new line edit named "<name>Edit" for `field`, and
    /// under it the field's error label named "<name>Error". Returns the line edit.
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &field, const QString &name);
    void setFallback(QLabel *label) { m_fallback = label; }
    /// Creates the label for errors of fields without their own (named `objectName`), makes it
    /// the fallback and returns it for the caller's layout.
    QLabel *createFallback(const QString &objectName);
    void setLineMap(const QString &field, const QList<int> &lines) { m_lineMaps[field] = lines; }

    /// Replaces everything shown. Returns true when `errors` is empty.
    bool show(const QList<FieldError> &errors);
    void clear() { show({}); }

private:
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QList<int>> m_lineMaps;
    QLabel *m_fallback = nullptr;
};

} // namespace gatehouse::ui
