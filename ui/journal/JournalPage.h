#pragma once

#include "common/ListModel.h"
#include "common/Page.h"
#include "journal/JournalEntry.h"

#include <QHash>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

/// The current tenant's journal, newest first: who changed what and when, with the before/after
/// of the selected entry, and "Verify journal" to check the whole hash chain.
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

signals:
    /// The verification finished; `intact` is false when problems were found or it failed.
    void verified(bool intact);

private:
    void load(bool more);
    void showPage(const QList<JournalEntry> &page, bool more);
    void showEntry();

    ListModel<JournalEntry> *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_detailTitle;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
    QPushButton *m_verify;
    QPushButton *m_more;
    QPushButton *m_refresh;
    QLabel *m_verifyResult;
    QCheckBox *m_requests;           ///< also the entries recording requests sent to the server
    QHash<QString, QString> m_names; ///< target id → the latest name an entry shows
    bool m_loading = false;
    int m_generation = 0;
    static constexpr int pageSize = 200;
};

} // namespace gatehouse::ui
