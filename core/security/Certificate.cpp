#include "security/Certificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace gatehouse::security {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::security", text);
}

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};

QString nameText(const X509_NAME *name)
{
    std::unique_ptr<BIO, BioFree> out(BIO_new(BIO_s_mem()));
    if (!out || X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(size));
}

std::optional<qint64> timeMs(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return std::nullopt;
    const QDateTime dt(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec),
                       QTimeZone::utc());
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

/// The PEM text to hand to OpenSSL: as given when it has armour, else the base64 body wrapped
/// in 64-character lines.
QByteArray pemOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1String("-----BEGIN")))
        return trimmed.toUtf8();
    QByteArray body;
    for (const QChar c : trimmed) {
        if (!c.isSpace())
            body.append(static_cast<char>(c.unicode() < 0x80 ? c.unicode() : '?'));
    }
    QByteArray pem("-----BEGIN CERTIFICATE-----\n");
    for (qsizetype i = 0; i < body.size(); i += 64)
        pem.append(body.mid(i, 64)).append('\n');
    pem.append("-----END CERTIFICATE-----\n");
    return pem;
}
} // namespace

std::optional<CertificateInfo> parseCertificate(const QString &text, QString *problem)
{
    const auto fail = [&](const QString &why) -> std::optional<CertificateInfo> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (text.trimmed().isEmpty())
        return fail(tr("The certificate is empty."));
    const QByteArray pem = pemOf(text);
    std::unique_ptr<BIO, BioFree> in(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!in)
        return fail(tr("The certificate could not be read (out of memory)."));
    std::unique_ptr<X509, X509Free> cert(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return fail(
            tr("This is not a PEM-encoded X.509 certificate (expected \"-----BEGIN CERTIFICATE-----\" "
               "and a base64 body)."));
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(cert.get()));
    info.issuer = nameText(X509_get_issuer_name(cert.get()));
    const std::optional<qint64> notBefore = timeMs(X509_get0_notBefore(cert.get()));
    const std::optional<qint64> notAfter = timeMs(X509_get0_notAfter(cert.get()));
    if (!notBefore || !notAfter)
        return fail(tr("The certificate's validity dates cannot be read."));
    info.notBeforeMs = *notBefore;
    info.notAfterMs = *notAfter;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &digestSize) == 1) {
        const QByteArray bytes(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(digestSize));
        info.sha256Fingerprint = QString::fromLatin1(bytes.toHex(':').toUpper());
    }
    if (problem)
        problem->clear();
    return info;
}

} // namespace gatehouse::security
