#pragma once

#include <QList>
#include <QWidget>

class QVBoxLayout;

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

protected:
    /// Lays the page out as every page is: its title with the line that explains it (and
    /// `headerButtons` at their right), then what the caller adds to the returned layout.
    QVBoxLayout *buildFrame(const QString &title, const QString &subtitle,
                            const QList<QWidget *> &headerButtons = {});
    /// The title and subtitle of buildFrame(), for a line under them.
    QVBoxLayout *titleBlock() const { return m_titles; }

signals:
    /// The list finished loading (successfully or not).
    void loaded();
    /// The page has no tenant to show and the person asked to create one.
    void createTenantRequested();

private:
    Workspace *m_workspace;
    QVBoxLayout *m_titles = nullptr;
};

} // namespace gatehouse::ui
