#include "common/FieldErrors.h"

#include "common/WrappingLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace gatehouse::ui {

std::optional<QList<FieldError>> FieldErrors::refusal(const Error &error, const QString &field)
{
    if (error.code() != ErrorCode::Validation && error.code() != ErrorCode::AlreadyExists)
        return std::nullopt;
    return error.fields().isEmpty() ? QList<FieldError>{{field, error.message()}} : error.fields();
}

QLabel *FieldErrors::createLabel(const QString &objectName)
{
    auto *label = new WrappingLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b42318;"));
    label->setVisible(false);
    return label;
}

void FieldErrors::addField(const QString &field, QLabel *label)
{
    m_labels.insert(field, label);
}

QLineEdit *FieldErrors::addLine(QFormLayout *form, const QString &label, const QString &field,
                                const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name + QStringLiteral("Edit"));
    QLabel *error = createLabel(name + QStringLiteral("Error"));
    addField(field, error);
    form->addRow(label, edit);
    form->addRow(QString(), error);
    return edit;
}

QLabel *FieldErrors::createFallback(const QString &objectName)
{
    m_fallback = createLabel(objectName);
    return m_fallback;
}

bool FieldErrors::show(const QList<FieldError> &errors)
{
    QHash<QLabel *, QStringList> texts;
    for (const FieldError &error : errors) {
        QString field = error.field;
        int index = -1;
        const qsizetype bracket = field.indexOf(QLatin1Char('['));
        if (bracket > 0 && field.endsWith(QLatin1Char(']'))) {
            index = field.mid(bracket + 1, field.size() - bracket - 2).toInt();
            field = field.left(bracket);
        }
        QString message = error.message;
        QLabel *label = m_labels.value(field, nullptr);
        if (index >= 0) {
            const QList<int> lines = m_lineMaps.value(field);
            const int line = index < lines.size() ? lines[index] : index + 1;
            message = tr("Line %1: %2").arg(line).arg(message);
        } else if (!message.isEmpty()) {
            message[0] = message[0].toUpper();
        }
        if (!label) {
            label = m_fallback;
            message = field.isEmpty() ? error.message : field + QStringLiteral(": ") + error.message;
        }
        if (label)
            texts[label].append(message);
    }
    QList<QLabel *> all = m_labels.values();
    if (m_fallback)
        all.append(m_fallback);
    for (QLabel *label : all) {
        const QStringList lines = texts.value(label);
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
    }
    return errors.isEmpty();
}

} // namespace gatehouse::ui
