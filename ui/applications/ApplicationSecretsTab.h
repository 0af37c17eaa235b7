#pragma once

#include "common/RelatedList.h"
#include "model/Application.h"

namespace gatehouse::ui {

/// Client secrets of a confidential application: name, masked value, created, expiry. A new
/// secret is shown once in a SecretDialog; the list only ever has masked values.
class ApplicationSecretsTab : public RelatedList<ApplicationSecret, Application>
{
    Q_OBJECT
public:
    explicit ApplicationSecretsTab(Workspace *workspace, QWidget *parent = nullptr);

    void createSecret();
    void deleteSelected();

protected:
    bool concerns(const Change &change) const override;
    void listLoaded() override;
};

} // namespace gatehouse::ui
