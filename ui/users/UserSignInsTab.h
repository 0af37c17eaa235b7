#pragma once

#include "common/RelatedList.h"
#include "model/LogEvent.h"
#include "model/User.h"

class QLabel;
class QPlainTextEdit;

namespace gatehouse::ui {

/// The Sign-ins tab: the user's authentication events, newest first (sign-in steps, MFA, token
/// exchanges), in plain language with IP and browser, a one-line summary above them ("last
/// sign-in 3 days ago from …; 4 failed attempts since …") and the selected event's payload below.
/// "Load older" pages further back; "Explain…" opens the selected event beside the access
/// explainer for the user (SignInEvidenceDialog). Loads when shown.
class UserSignInsTab : public RelatedList<LogEvent, User>
{
    Q_OBJECT
public:
    explicit UserSignInsTab(Workspace *workspace, QWidget *parent = nullptr);

    /// The summary line as shown (for tests).
    QString summary() const;

protected:
    bool concerns(const Change &change) const override;
    void listLoaded() override;
    void updateButtons() override;

private:
    void loadOlder();
    void showSelected();
    void explainSelected();
    static Future<QList<LogEvent>> fetchPage(Backend &backend, const QString &tenantId, const QString &userId,
                                             const LogCursor &after, std::shared_ptr<LogCursor> next,
                                             std::shared_ptr<bool> atEnd);

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QPushButton *m_older = nullptr;
    QPushButton *m_explain = nullptr;
    std::shared_ptr<LogCursor> m_next = std::make_shared<LogCursor>();
    std::shared_ptr<bool> m_atEnd = std::make_shared<bool>(true);
    static constexpr int pageSize = 100;
};

} // namespace gatehouse::ui
