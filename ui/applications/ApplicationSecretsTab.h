#pragma once

#include "common/RelatedList.h"
#include "model/Application.h"

namespace gatehouse::ui {

/// Client secrets of a confidential application: name, masked value, created, expiry. A new
/// secret is shown once in a SecretDialog; the list only ever has masked values.
class ApplicationSecretsTab : public RelatedList<ApplicationSecret>
{
    Q_OBJECT
public:
    explicit ApplicationSecretsTab(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows the secrets of `app` (an empty Application clears the tab).
    void setApplication(const Application &app);

    void createSecret();
    void deleteSelected();

protected:
    void fetch() override;
    bool concerns(const Change &change) const override;
    void listLoaded() override;

private:
    Application m_app;
};

} // namespace gatehouse::ui
