#pragma once

#include <QLayout>
#include <QWidget>

namespace gatehouse::ui {

/// Grows `window` so that its word-wrapped labels (hints, field errors shown while typing) are
/// not squeezed: Qt sizes top-level windows from sizeHint(), which ignores height-for-width.
/// Never shrinks the window. Call after changing texts or visibility, and once after showing.
inline void growToFit(QWidget *window)
{
    if (QLayout *layout = window->layout())
        layout->activate();
    const int needed =
        window->hasHeightForWidth() ? window->heightForWidth(window->width()) : window->sizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace gatehouse::ui
