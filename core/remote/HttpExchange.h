#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace gatehouse::remote {

/// One HTTP attempt on a QNetworkAccessManager, with the guards RemoteSession needs: an idle
/// timeout that restarts whenever bytes move, a cap on the response size (checked against
/// Content-Length and against the bytes received), and certificate errors that are reported,
/// never ignored. Create, use and destroy on the manager's thread; the thread must process
/// events (RemoteSession runs a local event loop).
///
/// `done` is called exactly once with the outcome, unless abort() comes first (then never).
/// It may be called from within a reply signal: do not delete the exchange there, use
/// deleteLater().
class HttpExchange : public QObject
{
public:
    struct Outcome
    {
        enum class Kind {
            Answer,       ///< the server answered with a status (any status)
            NetworkError, ///< connection refused, closed, DNS, TLS setup failure…
            Timeout,      ///< no byte for timeoutMs
            Deadline,     ///< not finished within deadlineMs, however steadily bytes arrived
            TooLarge,     ///< the body is larger than maxBodyBytes
            Certificate,  ///< the server's certificate was refused
        };
        Kind kind = Kind::Answer;
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray retryAfter;
        QByteArray location;
        QByteArray etag;
        qint64 totalNumber = -1;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorText;   ///< Qt's text for network errors; the reason for certificate errors
        QString certificate; ///< for Certificate: "subject: …, issuer: …, expires …"
        /// False only when the request certainly never reached the server (connection refused,
        /// host not found): such a request may be repeated whatever its method.
        bool mayHaveReachedServer = true;
    };

    HttpExchange(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &verb,
                 const QByteArray &body, int timeoutMs, int deadlineMs, qint64 maxBodyBytes,
                 std::function<void(Outcome)> done);
    ~HttpExchange() override;

    /// Stops the attempt without calling `done` (cancellation).
    void abort();
    bool isFinished() const { return m_finished; }

private:
    void onMetaData();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onFinished();
    void onTimeout();
    void onDeadline();
    void fail(Outcome::Kind kind);
    void finish(Outcome outcome);
    void releaseReply(bool abortIt);

    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_deadlineTimer;
    qint64 m_maxBodyBytes;
    QByteArray m_body;
    QString m_sslReason;
    QString m_sslCertificate;
    bool m_finished = false;
    std::function<void(Outcome)> m_done;
};

} // namespace gatehouse::remote
