#pragma once

#include <QByteArray>
#include <QString>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace gatehouse::test {

/// A self-signed EC P-256 certificate for `commonName`, valid from now + notBeforeSecs to
/// now + notAfterSecs (negative = in the past), as PEM. Made fresh for each test so expiry
/// checks never depend on the day the tests run. Empty on an OpenSSL failure.
inline QString makeCertificatePem(const char *commonName, long notBeforeSecs, long notAfterSecs)
{
    QString pem;
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *cert = X509_new();
    BIO *out = BIO_new(BIO_s_mem());
    if (key && cert && out) {
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 4242);
        X509_gmtime_adj(X509_getm_notBefore(cert), notBeforeSecs);
        X509_gmtime_adj(X509_getm_notAfter(cert), notAfterSecs);
        X509_set_pubkey(cert, key);
        X509_NAME *name = X509_get_subject_name(cert);
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Acme"),
                                   -1, -1, 0);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
        X509_set_issuer_name(cert, name);
        if (X509_sign(cert, key, EVP_sha256()) > 0 && PEM_write_bio_X509(out, cert) == 1) {
            char *data = nullptr;
            const long size = BIO_get_mem_data(out, &data);
            pem = QString::fromLatin1(data, static_cast<qsizetype>(size));
        }
    }
    BIO_free(out);
    X509_free(cert);
    EVP_PKEY_free(key);
    return pem;
}

inline constexpr long secondsPerDay = 24 * 60 * 60;

} // namespace gatehouse::test
