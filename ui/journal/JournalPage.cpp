#include "journal/JournalPage.h"

#include "common/Format.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "journal/JournalChain.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QString prettyJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return value.toVariant().toString();
}

QPlainTextEdit *jsonView(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setFont(style::monospace());
    edit->setPlaceholderText(placeholder);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}
} // namespace

JournalPage::JournalPage(Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new ListModel<JournalEntry>([](const JournalEntry &e) { return QString::number(e.seq); }, this))
    , m_view(new QTableView)
    , m_summary(style::subtitleLabel({}))
    , m_detailTitle(style::sectionLabel(tr("Select an entry to see what changed.")))
    , m_before(jsonView(QStringLiteral("journalBeforeEdit"), tr("(did not exist before)")))
    , m_after(jsonView(QStringLiteral("journalAfterEdit"), tr("(no longer exists)")))
    , m_verify(new QPushButton(tr("Verify journal")))
    , m_more(new QPushButton(tr("Load older entries")))
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_verifyResult(new QLabel)
    , m_requests(new QCheckBox(tr("Requests to the server")))
{
    setObjectName(QStringLiteral("journalPage"));
    using Column = ListModel<JournalEntry>::Column;
    m_model->setColumns({
        Column{tr("#"),
               [](const JournalEntry &e, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return e.seq;
                   return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                        : QVariant();
               }},
        Column::time(tr("Time"), &JournalEntry::at),
        Column{tr("Operator"),
               [](const JournalEntry &e, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(e.operatorName)
                                                                          : QVariant();
               }},
        Column{tr("Action"),
               [](const JournalEntry &e, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return e.action;
                   return role == Qt::FontRole ? QVariant(style::monospace()) : QVariant();
               }},
        Column{tr("Target"),
               [this](const JournalEntry &e, int role) -> QVariant {
                   const QString name = m_names.value(e.targetId);
                   if (const QString request = journalchain::requestEntrySummary(e);
                       !request.isEmpty() && role == Qt::DisplayRole)
                       return request;
                   if (role == Qt::DisplayRole)
                       return name.isEmpty()
                                  ? QString(e.targetType + QLatin1Char(' ') + e.targetId)
                                  : QString(e.targetType + QStringLiteral(" “") + name + QStringLiteral("”"));
                   if (role == Qt::ToolTipRole)
                       return e.targetId;
                   return role == Qt::UserRole ? QVariant(QString(e.targetType + e.targetId)) : QVariant();
               }},
    });
    m_view->setObjectName(QStringLiteral("journalTable"));
    m_view->setModel(m_model);
    style::setUpTable(m_view);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(28);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = 0; column < 4; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_verify->setObjectName(QStringLiteral("verifyJournalButton"));
    m_verify->setToolTip(tr("Walk the whole hash chain and report edited, deleted or reordered entries"));
    m_more->setObjectName(QStringLiteral("journalMoreButton"));
    m_refresh->setObjectName(QStringLiteral("journalRefreshButton"));
    m_verifyResult->setObjectName(QStringLiteral("journalVerifyLabel"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::RichText);
    m_verifyResult->setVisible(false);
    m_summary->setObjectName(QStringLiteral("journalSummaryLabel"));
    m_requests->setObjectName(QStringLiteral("journalRequestsCheck"));
    m_requests->setToolTip(tr("A Logto connection records each request that may change the server before it "
                              "is sent and again with its outcome. Show those entries too."));
    m_requests->setVisible(false);
    style::makePrimary(m_verify);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 6, 0);
    listLayout->addWidget(m_view, 1);
    auto *listFooter = new QHBoxLayout;
    listFooter->addWidget(m_summary, 1);
    listFooter->addWidget(m_requests);
    listFooter->addWidget(m_more);
    listLayout->addLayout(listFooter);

    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    auto *jsonSplitter = new QSplitter(Qt::Vertical);
    auto *beforeBox = new QWidget;
    auto *beforeLayout = new QVBoxLayout(beforeBox);
    beforeLayout->setContentsMargins(0, 0, 0, 0);
    beforeLayout->addWidget(new QLabel(tr("Before")));
    beforeLayout->addWidget(m_before);
    auto *afterBox = new QWidget;
    auto *afterLayout = new QVBoxLayout(afterBox);
    afterLayout->setContentsMargins(0, 0, 0, 0);
    afterLayout->addWidget(new QLabel(tr("After")));
    afterLayout->addWidget(m_after);
    jsonSplitter->addWidget(beforeBox);
    jsonSplitter->addWidget(afterBox);
    detailLayout->addWidget(jsonSplitter, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 400});

    QVBoxLayout *layout = buildFrame(
        tr("Journal"),
        tr("Every administrative change, hash-chained so that edits, deletions and reordering are detected."),
        {m_refresh, m_verify});
    layout->addWidget(m_verifyResult);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalPage::showEntry);
    connect(m_verify, &QPushButton::clicked, this, &JournalPage::verify);
    connect(m_more, &QPushButton::clicked, this, [this] { load(true); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { load(false); });
    connect(m_requests, &QCheckBox::toggled, this, [this] { load(false); });
    m_more->setVisible(false);
}

void JournalPage::activate()
{
    m_requests->setVisible(workspace()->backend().capabilities().journalsRequests);
    load(false);
}

void JournalPage::selectFirst()
{
    if (m_model->count() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void JournalPage::load(bool more)
{
    const int generation = ++m_generation;
    JournalQuery query;
    query.tenantId = workspace()->tenant().id;
    query.limit = pageSize;
    query.withRequests = !m_requests->isHidden() && m_requests->isChecked();
    if (more && m_model->count() > 0)
        query.beforeSeq = m_model->items().last().seq;
    m_loading = true;
    m_more->setEnabled(false);
    workspace()->run(
        workspace()->backend().journal().list(query), this, tr("Could not load the journal."),
        [this, more](const QList<JournalEntry> &page) {
            m_loading = false;
            m_more->setEnabled(true);
            showPage(page, more);
            emit loaded();
        },
        [this](const Error &) {
            m_loading = false;
            m_more->setEnabled(true);
            emit loaded();
        },
        [this, generation] { return generation == m_generation; });
}

void JournalPage::showPage(const QList<JournalEntry> &page, bool more)
{
    QList<JournalEntry> entries = more ? m_model->items() : QList<JournalEntry>();
    entries += page;
    // Entries that only carry ids (grants, assignments) show the name another entry gave.
    for (const JournalEntry &entry : std::as_const(entries)) {
        // Only the target's own create/update/delete entries carry its name (a secret's
        // entry targets the application but names the secret).
        const QString own = entry.action.section(QLatin1Char('.'), 1);
        if (entry.action.section(QLatin1Char('.'), 0, 0) != entry.targetType ||
            !(own == QLatin1String("create") || own == QLatin1String("update") ||
              own == QLatin1String("delete")))
            continue;
        const QJsonObject shown = (entry.after.isObject() ? entry.after : entry.before).toObject();
        const QString name = shown.value(QLatin1String("name")).toString();
        if (!name.isEmpty() && !m_names.contains(entry.targetId))
            m_names.insert(entry.targetId, name);
    }
    m_model->setItems(entries);
    m_more->setVisible(page.size() == pageSize);
    const QString scope = workspace()->hasTenant() ? tr("in tenant \"%1\"").arg(workspace()->tenant().name)
                                                   : tr("in this workspace");
    if (!m_requests->isHidden() && m_requests->isChecked())
        m_summary->setText(
            tr("%n entries %1, requests to the server included.", nullptr, int(entries.size())).arg(scope));
    else
        m_summary->setText(entries.isEmpty()     ? tr("No changes recorded %1 yet.").arg(scope)
                           : entries.size() == 1 ? tr("1 change %1.").arg(scope)
                                                 : tr("%1 changes %2.").arg(entries.size()).arg(scope));
    if (!more)
        selectFirst();
    showEntry();
}

void JournalPage::showEntry()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detailTitle->setText(tr("Select an entry to see what changed."));
        m_before->clear();
        m_after->clear();
        return;
    }
    const JournalEntry &entry = m_model->at(current.row());
    QString title = tr("#%1 %2 by %3").arg(entry.seq).arg(entry.action, entry.operatorName);
    if (!entry.reason.isEmpty())
        title += QStringLiteral(" — ") + entry.reason;
    m_detailTitle->setText(title);
    m_detailTitle->setToolTip(tr("Hash %1\nPrevious %2").arg(entry.hash, entry.prevHash));
    m_before->setPlainText(prettyJson(entry.before));
    m_after->setPlainText(prettyJson(entry.after));
}

void JournalPage::verify()
{
    m_verify->setEnabled(false);
    m_verify->setText(tr("Verifying…"));
    workspace()->run(
        workspace()->backend().journal().verify(), this, tr("Could not verify the journal."),
        [this](const JournalVerifyReport &report) {
            m_verify->setEnabled(true);
            m_verify->setText(tr("Verify journal"));
            QString html;
            if (report.intact()) {
                html = tr("<b>The journal is intact.</b> All %1 entries of the workspace are chained "
                          "correctly (head %2).")
                           .arg(report.entries)
                           .arg(report.headHash.left(16) + QStringLiteral("…"));
                m_verifyResult->setStyleSheet(
                    QStringLiteral("background: #e3f5e8; color: #14532d; border: 1px solid #b5e0c2; "
                                   "border-radius: 6px; padding: 8px;"));
            } else {
                const qsizetype count = report.problems.size();
                html = QStringLiteral("<b>") +
                       (count == 1 ? tr("The journal does not verify: 1 problem found.")
                                   : tr("The journal does not verify: %1 problems found.").arg(count)) +
                       QStringLiteral("</b>") + QStringLiteral("<ul style=\"margin: 4px 0;\">");
                for (const JournalProblem &problem : report.problems)
                    html += QStringLiteral("<li>") +
                            tr("Entry %1 (%2): %3")
                                .arg(problem.seq)
                                .arg(problem.kind.toHtmlEscaped(), problem.message.toHtmlEscaped()) +
                            QStringLiteral("</li>");
                html += QStringLiteral("</ul>");
                m_verifyResult->setStyleSheet(
                    QStringLiteral("background: #fde4e1; color: #7a1a10; border: 1px solid #f5b5ad; "
                                   "border-radius: 6px; padding: 8px;"));
            }
            html += QStringLiteral("<br>") + journalchain::sealCoverage(report).toHtmlEscaped();
            if (const QString notice = journalchain::unfinishedNotice(report); !notice.isEmpty())
                html += QStringLiteral("<br><b>") + notice.toHtmlEscaped() + QStringLiteral("</b>");
            m_verifyResult->setText(html);
            m_verifyResult->setVisible(true);
            emit verified(report.intact());
        },
        [this](const Error &) {
            m_verify->setEnabled(true);
            m_verify->setText(tr("Verify journal"));
            emit verified(false);
        });
}

} // namespace gatehouse::ui
