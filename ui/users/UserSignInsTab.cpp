#include "users/UserSignInsTab.h"

#include "common/Style.h"
#include "logs/EventColumns.h"
#include "logs/SignInSummary.h"
#include "model/LogKeys.h"
#include "users/SignInEvidenceDialog.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

Future<QList<LogEvent>> UserSignInsTab::fetchPage(Backend &backend, const QString &tenantId,
                                                  const QString &userId, const LogCursor &after,
                                                  std::shared_ptr<LogCursor> next,
                                                  std::shared_ptr<bool> atEnd)
{
    LogQuery query;
    query.userId = userId;
    return backend.logs()
        .page(tenantId, query, after, pageSize)
        .then([next, atEnd](const Result<LogPage> &page) {
            if (!page)
                return Result<QList<LogEvent>>(page.error());
            *next = page.value().next;
            *atEnd = page.value().atEnd;
            return Result<QList<LogEvent>>(page.value().events);
        });
}

UserSignInsTab::UserSignInsTab(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::WhenShown,
                  {[this](Backend &backend, const QString &tenantId, const User &user) {
                       return fetchPage(backend, tenantId, user.id, {}, m_next, m_atEnd);
                   },
                   tr("Could not load the sign-ins of this user."),
                   [](const LogEvent &e) {
                       return e.id;
                   }},
                  parent)
{
    setObjectName(QStringLiteral("userSignInsTab"));
    setReadOperation(Operation::LogsPage);
    using Model = ListModel<LogEvent>;
    model()->setColumns({
        EventColumns::when(),
        EventColumns::event(),
        EventColumns::result(),
        EventColumns::ip(),
        EventColumns::browser(),
        Model::Column::text(tr("Application"), &LogEvent::applicationId, Model::Monospace),
    });
    view()->setWordWrap(false);
    m_summary = style::subtitleLabel(QString());
    m_summary->setObjectName(QStringLiteral("userSignInsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttonRow()->insertWidget(0, m_summary, 1);
    m_explain = addButton(tr("Explain…"), QStringLiteral("userSignInsExplainButton"), Needs::Selection,
                          Side::Leading, &UserSignInsTab::explainSelected);
    m_older = addButton(tr("Load older"), QStringLiteral("userSignInsOlderButton"), Needs::Subject,
                        Side::Trailing, &UserSignInsTab::loadOlder);
    setTexts(QStringLiteral("userSignInsTable"), QString(), QStringLiteral("userSignInsEmptyLabel"),
             tr("No authentication events recorded for this user. On a workspace, sync them from the Logto "
                "server first (Logs → Sync)."));
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("userSignInsPayload"));
    m_payload->setReadOnly(true);
    m_payload->setFont(style::monospace());
    m_payload->setPlaceholderText(tr("Select an event to see everything it recorded."));
    m_payload->setMaximumHeight(160);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->addWidget(m_payload);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserSignInsTab::showSelected);
}

QString UserSignInsTab::summary() const
{
    return m_summary->text();
}

bool UserSignInsTab::concerns(const Change &change) const
{
    return change.area == ChangeArea::Logs;
}

void UserSignInsTab::listLoaded()
{
    const SignInSummary s = summarizeSignIns(model()->items());
    m_summary->setText(count() == 0 ? QString() : s.text(clock::nowMs()));
    view()->resizeColumnToContents(0);
    view()->resizeColumnToContents(1);
    showSelected();
}

void UserSignInsTab::showSelected()
{
    const std::optional<LogEvent> e = selected();
    if (!e) {
        m_payload->clear();
        return;
    }
    QString text = e->key + QLatin1Char('\n');
    if (!e->errorText().isEmpty())
        text += tr("Error: %1").arg(e->errorText()) + QLatin1Char('\n');
    text += QString::fromUtf8(QJsonDocument(e->payload).toJson(QJsonDocument::Indented));
    m_payload->setPlainText(text);
}

void UserSignInsTab::explainSelected()
{
    const std::optional<LogEvent> event = selected();
    if (!event || !hasSubject())
        return;
    auto *dialog = new SignInEvidenceDialog(workspace(), subject(), *event, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void UserSignInsTab::loadOlder()
{
    if (!hasSubject() || count() == 0 || *m_atEnd)
        return;
    const int generation = beginLoad();
    updateButtons();
    workspace()->run(
        fetchPage(workspace()->backend(), tenantId(), subject().id, *m_next, m_next, m_atEnd), this,
        tr("Could not load the sign-ins of this user."),
        [this](const QList<LogEvent> &events) {
            model()->setItems(model()->items() + events);
            const SignInSummary s = summarizeSignIns(model()->items());
            m_summary->setText(s.text(clock::nowMs()));
            endLoad();
        },
        [this](const Error &) { endLoad(); }, [this, generation] { return isCurrent(generation); });
}

void UserSignInsTab::updateButtons()
{
    RelatedList::updateButtons();
    m_older->setVisible(hasSubject() && !*m_atEnd && count() > 0);
    m_older->setEnabled(!isLoading());
    // The explainer starts from an email address.
    const bool noEmail = hasSubject() && subject().primaryEmail.isEmpty();
    if (noEmail)
        m_explain->setEnabled(false);
    m_explain->setToolTip(noEmail
                              ? tr("The access explainer starts from an email address; this user has none.")
                              : tr("This event beside the access explainer for the user: where sign-in goes, "
                                   "suspension, organizations that require MFA, the MFA policy"));
}

} // namespace gatehouse::ui
