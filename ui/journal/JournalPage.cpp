#include "journal/JournalPage.h"

#include "common/Format.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "journal/JournalChain.h"
#include "journal/JournalDiff.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace gatehouse::ui {

namespace {
constexpr qint64 hourMs = 3600000;

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

/// What a person calls the object a journal value describes.
QString nameOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    for (const char *field : {"name", "username", "primaryEmail", "primaryPhone"})
        if (const QString text = o.value(QLatin1String(field)).toString(); !text.isEmpty())
            return text;
    return {};
}
} // namespace

JournalPage::JournalPage(Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new ListModel<JournalEntry>([](const JournalEntry &e) { return QString::number(e.seq); }, this))
    , m_view(new QTableView)
    , m_operator(new QComboBox)
    , m_action(new QComboBox)
    , m_target(new QLineEdit)
    , m_range(new QComboBox)
    , m_clearFilters(new QPushButton(tr("Clear filters")))
    , m_summary(style::subtitleLabel({}))
    , m_detailTitle(style::sectionLabel(tr("Select an entry to see what changed.")))
    , m_detailInfo(new QLabel)
    , m_changes(new QTreeWidget)
    , m_detailStack(new QStackedWidget)
    , m_raw(new QCheckBox(tr("Raw JSON")))
    , m_before(jsonView(QStringLiteral("journalBeforeEdit"), tr("(did not exist before)")))
    , m_after(jsonView(QStringLiteral("journalAfterEdit"), tr("(no longer exists)")))
    , m_verify(new QPushButton(tr("Verify journal")))
    , m_more(new QPushButton(tr("Load older entries")))
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_verifyResult(new QLabel)
    , m_requests(new QCheckBox(tr("Requests to the server")))
    , m_debounce(new QTimer(this))
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
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return e.declaredOperator.isEmpty()
                                  ? e.operatorName
                                  : tr("%1 (as %2)").arg(e.operatorName, e.declaredOperator);
                   return QVariant();
               }},
        Column{tr("Action"),
               [](const JournalEntry &e, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole)
                       return e.action;
                   return role == Qt::FontRole ? QVariant(style::monospace()) : QVariant();
               }},
        Column{tr("Target"),
               [this](const JournalEntry &e, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return targetText(e);
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
    for (int column = 0; column < 3; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Long actions ("organization.application.roles.set") would leave the target no room: the
    // column keeps a width the person can drag, the full action in the detail pane.
    m_view->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_view->setColumnWidth(3, 190);
    m_view->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    // Filters.
    m_operator->setObjectName(QStringLiteral("journalOperatorCombo"));
    m_operator->setEditable(true);
    m_operator->addItem(tr("Any operator"), QString());
    m_operator->setToolTip(tr("Changes by this operator: the name the workspace established, or the one "
                              "they declared"));
    m_operator->setMinimumContentsLength(14);
    m_action->setObjectName(QStringLiteral("journalActionCombo"));
    m_action->setEditable(true);
    m_action->addItem(tr("Any action"), QString());
    m_action->setToolTip(tr("An action (user.update), or a family of actions ending in * (user.*)"));
    m_action->setMinimumContentsLength(18);
    m_target->setObjectName(QStringLiteral("journalTargetEdit"));
    m_target->setPlaceholderText(tr("Target id"));
    m_target->setClearButtonEnabled(true);
    m_range->setObjectName(QStringLiteral("journalRangeCombo"));
    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Last 24 hours"), 24);
    m_range->addItem(tr("Last 7 days"), 7 * 24);
    m_range->addItem(tr("Last 30 days"), 30 * 24);
    m_range->addItem(tr("Last 90 days"), 90 * 24);
    m_clearFilters->setObjectName(QStringLiteral("journalClearFiltersButton"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);

    m_verify->setObjectName(QStringLiteral("verifyJournalButton"));
    m_verify->setToolTip(tr("Walk the whole hash chain and report edited, deleted or reordered entries"));
    m_more->setObjectName(QStringLiteral("journalMoreButton"));
    m_refresh->setObjectName(QStringLiteral("journalRefreshButton"));
    m_verifyResult->setObjectName(QStringLiteral("journalVerifyLabel"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::RichText);
    m_verifyResult->setVisible(false);
    m_summary->setObjectName(QStringLiteral("journalSummaryLabel"));
    m_summary->setWordWrap(true);
    m_requests->setObjectName(QStringLiteral("journalRequestsCheck"));
    m_requests->setToolTip(tr("A Logto connection records each request that may change the server before it "
                              "is sent and again with its outcome. Show those entries too."));
    m_requests->setVisible(false);
    style::makePrimary(m_verify);

    // Detail: the change field by field, or the raw JSON.
    m_detailInfo->setObjectName(QStringLiteral("journalDetailInfo"));
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setTextFormat(Qt::RichText);
    m_detailInfo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_changes->setObjectName(QStringLiteral("journalChangesTree"));
    m_changes->setColumnCount(3);
    m_changes->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setWordWrap(false);
    m_changes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_changes->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_changes->header()->setStretchLastSection(true);
    m_raw->setObjectName(QStringLiteral("journalRawCheck"));
    m_raw->setToolTip(tr("Show the stored before and after values as JSON"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_operator, 1);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_target, 1);
    filters->addWidget(m_range);
    filters->addWidget(m_clearFilters);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 6, 0);
    listLayout->addWidget(m_view, 1);
    auto *listFooter = new QHBoxLayout;
    listFooter->addWidget(m_summary, 1);
    listFooter->addWidget(m_requests);
    listFooter->addWidget(m_more);
    listLayout->addLayout(listFooter);

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
    m_detailStack->addWidget(m_changes);
    m_detailStack->addWidget(jsonSplitter);

    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    auto *detailHeader = new QHBoxLayout;
    detailHeader->addWidget(m_detailTitle, 1);
    detailHeader->addWidget(m_raw);
    detailLayout->addLayout(detailHeader);
    detailLayout->addWidget(m_detailInfo);
    detailLayout->addWidget(m_detailStack, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 380});

    QVBoxLayout *layout = buildFrame(
        tr("Journal"),
        tr("Every administrative change, hash-chained so that edits, deletions and reordering are detected."),
        {m_refresh, m_verify});
    layout->addWidget(m_verifyResult);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalPage::showEntry);
    connect(m_verify, &QPushButton::clicked, this, &JournalPage::verify);
    connect(m_more, &QPushButton::clicked, this, [this] { load(true); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { load(false); });
    connect(m_requests, &QCheckBox::toggled, this, [this] { load(false); });
    connect(m_raw, &QCheckBox::toggled, this,
            [this](bool raw) { m_detailStack->setCurrentIndex(raw ? 1 : 0); });
    connect(m_debounce, &QTimer::timeout, this, [this] { load(false); });
    const auto typed = [this] {
        m_debounce->start();
    };
    connect(m_target, &QLineEdit::textChanged, this, typed);
    connect(m_operator, &QComboBox::editTextChanged, this, typed);
    connect(m_action, &QComboBox::editTextChanged, this, typed);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        const QSignalBlocker a(m_operator), b(m_action), c(m_target), d(m_range);
        m_operator->setCurrentIndex(0);
        m_action->setCurrentIndex(0);
        m_target->clear();
        m_range->setCurrentIndex(0);
        load(false);
    });
    connect(m_detailInfo, &QLabel::linkActivated, this, [this](const QString &link) {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        const JournalEntry &entry = m_model->at(current.row());
        if (link == QLatin1String("copy-id"))
            QApplication::clipboard()->setText(entry.targetId);
        else if (link == QLatin1String("only-target"))
            showTarget(entry.targetId);
    });
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

void JournalPage::showTarget(const QString &targetId)
{
    m_target->setText(targetId);
    m_debounce->stop();
    load(false);
}

JournalQuery JournalPage::query() const
{
    JournalQuery query;
    query.tenantId = workspace()->tenant().id;
    query.withRequests = !m_requests->isHidden() && m_requests->isChecked();
    query.targetId = m_target->text().trimmed();
    // A choice from the list carries its value; typed text is taken as it stands.
    const auto chosen = [](const QComboBox *combo) {
        const int index = combo->findText(combo->currentText());
        return index >= 0 ? combo->itemData(index).toString() : combo->currentText().trimmed();
    };
    query.operatorName = chosen(m_operator);
    query.action = chosen(m_action);
    if (query.action.endsWith(QLatin1Char('*')))
        query.action.chop(1);
    if (const int hours = m_range->currentData().toInt(); hours > 0)
        query.since = clock::nowMs() - hours * hourMs;
    return query;
}

void JournalPage::load(bool more)
{
    const int generation = ++m_generation;
    JournalQuery q = query();
    q.limit = pageSize;
    if (more && m_model->count() > 0)
        q.beforeSeq = m_model->items().last().seq;
    m_loading = true;
    m_more->setEnabled(false);
    const bool filtered =
        !q.targetId.isEmpty() || !q.operatorName.isEmpty() || !q.action.isEmpty() || q.since > 0;
    m_clearFilters->setEnabled(filtered);
    workspace()->run(
        workspace()->backend().journal().list(q), this, tr("Could not load the journal."),
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

void JournalPage::learnNames(const QList<JournalEntry> &entries)
{
    // Entries that only carry ids (grants, assignments) show the name another entry gave; the
    // newest name wins (entries arrive newest first).
    for (const JournalEntry &entry : entries) {
        // Only the target's own create/update/delete entries carry its name (a secret's entry
        // targets the application but names the secret).
        const QString own = entry.action.section(QLatin1Char('.'), 1);
        if (entry.action.section(QLatin1Char('.'), 0, 0) != entry.targetType ||
            !(own == QLatin1String("create") || own == QLatin1String("update") ||
              own == QLatin1String("delete")))
            continue;
        const QString name = nameOf(entry.after.isObject() ? entry.after : entry.before);
        if (!name.isEmpty() && !m_names.contains(entry.targetId))
            m_names.insert(entry.targetId, name);
    }
}

void JournalPage::offerChoices(const QList<JournalEntry> &entries)
{
    // The filters offer what the journal holds: operators and families of actions seen so far.
    QStringList operators;
    QStringList families;
    for (const JournalEntry &entry : entries) {
        for (const QString &name : {entry.operatorName, entry.declaredOperator})
            if (!name.isEmpty() && !m_operatorsSeen.contains(name)) {
                m_operatorsSeen.insert(name);
                operators << name;
            }
        const QString family = entry.action.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
        if (family.size() > 1 && !m_familiesSeen.contains(family)) {
            m_familiesSeen.insert(family);
            families << family;
        }
    }
    const QSignalBlocker blockOperators(m_operator);
    const QSignalBlocker blockActions(m_action);
    std::sort(operators.begin(), operators.end());
    for (const QString &name : std::as_const(operators))
        m_operator->addItem(name, name);
    std::sort(families.begin(), families.end());
    for (const QString &family : std::as_const(families))
        m_action->addItem(family + QLatin1Char('*'), family);
}

QString JournalPage::targetText(const JournalEntry &entry) const
{
    if (const QString request = journalchain::requestEntrySummary(entry); !request.isEmpty())
        return request;
    const QString name = m_names.value(entry.targetId);
    return name.isEmpty() ? QString(entry.targetType + QLatin1Char(' ') + entry.targetId)
                          : QString(entry.targetType + QStringLiteral(" “") + name + QStringLiteral("”"));
}

void JournalPage::showPage(const QList<JournalEntry> &page, bool more)
{
    QList<JournalEntry> entries = more ? m_model->items() : QList<JournalEntry>();
    entries += page;
    learnNames(page);
    offerChoices(page);
    m_model->setItems(entries);
    m_more->setVisible(page.size() == pageSize);
    const QString scope = workspace()->hasTenant() ? tr("in tenant \"%1\"").arg(workspace()->tenant().name)
                                                   : tr("in this workspace");
    const bool filtered = m_clearFilters->isEnabled();
    if (!m_requests->isHidden() && m_requests->isChecked())
        m_summary->setText(
            tr("%n entries %1, requests to the server included.", nullptr, int(entries.size())).arg(scope));
    else if (filtered)
        m_summary->setText(
            entries.isEmpty()
                ? tr("No change %1 matches the filters.").arg(scope)
                : tr("%n changes %1 match the filters.", nullptr, int(entries.size())).arg(scope));
    else
        m_summary->setText(entries.isEmpty()     ? tr("No changes recorded %1 yet.").arg(scope)
                           : entries.size() == 1 ? tr("1 change %1.").arg(scope)
                                                 : tr("%1 changes %2.").arg(entries.size()).arg(scope));
    if (page.size() == pageSize)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') + tr("Older entries follow."));
    if (!more)
        selectFirst();
    showEntry();
}

void JournalPage::showEntry()
{
    m_changes->clear();
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detailTitle->setText(tr("Select an entry to see what changed."));
        m_detailInfo->clear();
        m_before->clear();
        m_after->clear();
        return;
    }
    const JournalEntry &entry = m_model->at(current.row());
    m_detailTitle->setText(tr("#%1 %2").arg(entry.seq).arg(entry.action));
    m_detailTitle->setToolTip(tr("Hash %1\nPrevious %2").arg(entry.hash, entry.prevHash));

    const QString by = entry.declaredOperator.isEmpty() ? entry.operatorName.toHtmlEscaped()
                                                        : tr("%1 (declared: %2)")
                                                              .arg(entry.operatorName.toHtmlEscaped(),
                                                                   entry.declaredOperator.toHtmlEscaped());
    QString html =
        tr("<b>When</b> %1 <span style=\"color: gray;\">(%2)</span>")
            .arg(Format::dateTime(entry.at).toHtmlEscaped(), Format::utc(entry.at).toHtmlEscaped()) +
        QStringLiteral("<br>") + tr("<b>By</b> %1").arg(by) + QStringLiteral("<br>");
    const QString request = journalchain::requestEntrySummary(entry);
    if (!request.isEmpty()) {
        html += tr("<b>Request</b> %1").arg(request.toHtmlEscaped());
    } else {
        const QString name = m_names.value(entry.targetId);
        const QString what = name.isEmpty() ? entry.targetType.toHtmlEscaped()
                                            : QStringLiteral("%1 “%2”").arg(entry.targetType.toHtmlEscaped(),
                                                                            name.toHtmlEscaped());
        html += tr("<b>Target</b> %1 <code>%2</code> — <a href=\"copy-id\">copy id</a> · <a "
                   "href=\"only-target\">only this target</a>")
                    .arg(what, entry.targetId.toHtmlEscaped());
    }
    if (!entry.reason.isEmpty())
        html += QStringLiteral("<br>") + tr("<b>Reason</b> %1").arg(entry.reason.toHtmlEscaped());
    m_detailInfo->setText(html);

    const QList<journaldiff::FieldChange> changes = journaldiff::changes(entry.before, entry.after);
    const QString none = tr("(none)");
    for (const journaldiff::FieldChange &c : changes) {
        QString before = journaldiff::text(c.field, c.before, true);
        QString after = journaldiff::text(c.field, c.after, true);
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, c.field);
        item->setText(1, c.kind == journaldiff::FieldChange::Kind::Added
                             ? QString()
                             : (before.isEmpty() ? none : before));
        item->setText(2, c.kind == journaldiff::FieldChange::Kind::Removed
                             ? QString()
                             : (after.isEmpty() ? none : after));
        item->setToolTip(1, before);
        item->setToolTip(2, after);
        QFont strike = m_changes->font();
        strike.setStrikeOut(true);
        if (c.kind == journaldiff::FieldChange::Kind::Removed)
            item->setFont(1, strike);
    }
    if (changes.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, entry.before.isNull() && entry.after.isNull()
                             ? tr("Nothing recorded beyond the action.")
                             : tr("No field changed."));
        item->setFirstColumnSpanned(true);
    }
    m_changes->resizeColumnToContents(0);
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
