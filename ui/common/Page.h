#pragma once

#include <QWidget>

namespace gatehouse::ui {

class Workspace;

/// One area of the main window (Applications, API resources, Roles, Journal).
///
/// MainWindow calls activate() when the page is shown and when the tenant changes; the page then
/// reloads from the backend without blocking. The window-wide shortcuts (Ctrl+N, Ctrl+F, Ctrl+S)
/// are forwarded to the current page.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(Workspace *workspace, QWidget *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }

    /// Reloads what the page shows for the current tenant.
    virtual void activate() = 0;
    virtual void createNew() {}
    virtual void focusSearch() {}
    virtual void save() {}
    /// True while the page waits for its list.
    virtual bool isLoading() const { return false; }
    /// Selects the first row, if any (used for screenshots and keyboard entry).
    virtual void selectFirst() {}
    /// Asked before the page's current item is left (selection, page or tenant change) while it
    /// may have unsaved edits; returns false to stay.
    virtual bool confirmLeave() { return true; }

signals:
    /// The list finished loading (successfully or not).
    void loaded();
    /// The page has no tenant to show and the person asked to create one.
    void createTenantRequested();

private:
    Workspace *m_workspace;
};

} // namespace gatehouse::ui
