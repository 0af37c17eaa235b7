#pragma once

#include <QLabel>

namespace gatehouse::ui {

/// A word-wrapped label whose minimum height is the height its text needs at its current width.
///
/// QFormLayout and QScrollArea do not reliably ask wrapped labels for their height-for-width, so
/// a plain wrapped QLabel (a hint, or a validation message that grows to two lines as the person
/// types) can be squeezed into the widget above it. This label re-reports its minimum height
/// whenever its width changes (QLabel::setText() already asks for a new layout).
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(const QString &text = {}, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    /// False: layouts take the minimum height above instead of their own (unreliable) query.
    bool hasHeightForWidth() const override { return false; }

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace gatehouse::ui
