#include "remote/HttpExchange.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <algorithm>

namespace gatehouse::remote {

namespace {

QString describe(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QStringLiteral("no certificate");
    auto names = [](const QSslCertificate &c, bool subject) {
        const auto info = [&](QSslCertificate::SubjectInfo field) {
            return subject ? c.subjectInfo(field) : c.issuerInfo(field);
        };
        QStringList parts;
        for (const QString &cn : info(QSslCertificate::CommonName))
            parts << QStringLiteral("CN=") + cn;
        for (const QString &o : info(QSslCertificate::Organization))
            parts << QStringLiteral("O=") + o;
        return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QStringLiteral(", "));
    };
    return QStringLiteral("subject: %1; issuer: %2; expires %3")
        .arg(names(certificate, true), names(certificate, false),
             certificate.expiryDate().toUTC().toString(Qt::ISODate));
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *manager, const QNetworkRequest &request,
                           const QByteArray &verb, const QByteArray &body, int timeoutMs, int deadlineMs,
                           qint64 maxBodyBytes, std::function<void(Outcome)> done)
    : m_maxBodyBytes(maxBodyBytes)
    , m_done(std::move(done))
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(timeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpExchange::onTimeout);
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    m_deadlineTimer.setInterval(std::max(1, deadlineMs));
    connect(&m_deadlineTimer, &QTimer::timeout, this, &HttpExchange::onDeadline);

    m_reply = manager->sendCustomRequest(request, verb, body);
    const auto restart = [this] {
        if (!m_finished)
            m_idleTimer.start();
    };
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::uploadProgress, this, restart);
    connect(m_reply, &QNetworkReply::downloadProgress, this, restart);
    connect(m_reply, &QNetworkReply::encrypted, this, restart);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpExchange::onSslErrors);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    m_idleTimer.start();
    m_deadlineTimer.start();
}

HttpExchange::~HttpExchange()
{
    releaseReply(true);
}

void HttpExchange::abort()
{
    m_finished = true;
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    releaseReply(true);
}

void HttpExchange::releaseReply(bool abortIt)
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (abortIt && reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void HttpExchange::onMetaData()
{
    m_idleTimer.start();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBodyBytes)
        fail(Outcome::Kind::TooLarge);
}

void HttpExchange::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    m_idleTimer.start();
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBodyBytes)
        fail(Outcome::Kind::TooLarge);
}

void HttpExchange::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the reply then fails with SslHandshakeFailedError and we report why.
    for (const QSslError &error : errors) {
        if (m_sslReason.isEmpty())
            m_sslReason = error.errorString();
        if (m_sslCertificate.isEmpty() && !error.certificate().isNull())
            m_sslCertificate = describe(error.certificate());
    }
    if (m_sslCertificate.isEmpty() && m_reply)
        m_sslCertificate = describe(m_reply->sslConfiguration().peerCertificate());
}

void HttpExchange::onDeadline()
{
    fail(Outcome::Kind::Deadline);
}

void HttpExchange::onTimeout()
{
    fail(Outcome::Kind::Timeout);
}

void HttpExchange::fail(Outcome::Kind kind)
{
    if (m_finished)
        return;
    Outcome outcome;
    outcome.kind = kind;
    if (m_reply)
        outcome.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    releaseReply(true);
    finish(std::move(outcome));
}

void HttpExchange::onFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_body += reply->readAll();
    Outcome outcome;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    if (!m_sslReason.isEmpty() && (error == QNetworkReply::SslHandshakeFailedError || !status.isValid())) {
        outcome.kind = Outcome::Kind::Certificate;
        outcome.errorText = m_sslReason;
        outcome.certificate = m_sslCertificate;
        outcome.mayHaveReachedServer = false;
    } else if (isTransportError(error) || !status.isValid()) {
        outcome.kind = Outcome::Kind::NetworkError;
        outcome.networkError = error;
        outcome.errorText = reply->errorString();
        outcome.mayHaveReachedServer =
            error != QNetworkReply::ConnectionRefusedError && error != QNetworkReply::HostNotFoundError;
    } else {
        outcome.kind = Outcome::Kind::Answer;
        outcome.status = status.toInt();
        outcome.body = std::move(m_body);
        outcome.contentType = reply->rawHeader("Content-Type");
        outcome.retryAfter = reply->rawHeader("Retry-After");
        outcome.location = reply->rawHeader("Location");
        outcome.etag = reply->rawHeader("ETag");
        bool ok = false;
        const qint64 total = reply->rawHeader("Total-Number").trimmed().toLongLong(&ok);
        outcome.totalNumber = ok ? total : -1;
    }
    releaseReply(false);
    finish(std::move(outcome));
}

void HttpExchange::finish(Outcome outcome)
{
    m_finished = true;
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    m_body.clear();
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(std::move(outcome));
    }
}

} // namespace gatehouse::remote
