#pragma once

#include "common/ListModel.h"
#include "common/Page.h"
#include "journal/JournalEntry.h"

#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace gatehouse::ui {

/// The current tenant's journal, newest first: who changed what and when. Filters by operator,
/// action (or a family of actions), target and time; pages back through any length. The
/// selected entry shows what changed field by field (from → to, local times), its target by
/// name with the id beside it, and the raw before/after JSON one click away. "Verify journal"
/// checks the whole hash chain.
class JournalPage : public Page
{
    Q_OBJECT
public:
    explicit JournalPage(Workspace *workspace, QWidget *parent = nullptr);

    void activate() override;
    bool isLoading() const override { return m_loading; }
    void selectFirst() override;

    ListModel<JournalEntry> *model() const { return m_model; }
    void verify();
    /// Shows only the entries about `targetId` (empty: every target).
    void showTarget(const QString &targetId);
    /// The query the filters stand for (without paging).
    JournalQuery query() const;

signals:
    /// The verification finished; `intact` is false when problems were found or it failed.
    void verified(bool intact);

private:
    void load(bool more);
    void showPage(const QList<JournalEntry> &page, bool more);
    void showEntry();
    void learnNames(const QList<JournalEntry> &entries);
    void offerChoices(const QList<JournalEntry> &entries);
    QString targetText(const JournalEntry &entry) const;

    ListModel<JournalEntry> *m_model;
    QTableView *m_view;
    QComboBox *m_operator;
    QComboBox *m_action;
    QLineEdit *m_target;
    QComboBox *m_range;
    QPushButton *m_clearFilters;
    QLabel *m_summary;
    QLabel *m_detailTitle;
    QLabel *m_detailInfo;
    QTreeWidget *m_changes;
    QStackedWidget *m_detailStack;
    QCheckBox *m_raw;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
    QPushButton *m_verify;
    QPushButton *m_more;
    QPushButton *m_refresh;
    QLabel *m_verifyResult;
    QCheckBox *m_requests;           ///< also the entries recording requests sent to the server
    QTimer *m_debounce;              ///< typed filters reload after a pause
    QHash<QString, QString> m_names; ///< target id → the latest name an entry shows
    QSet<QString> m_operatorsSeen;
    QSet<QString> m_familiesSeen; ///< "user.", "role.", ... offered in the action filter
    bool m_loading = false;
    int m_generation = 0;
    static constexpr int pageSize = 200;
};

} // namespace gatehouse::ui
