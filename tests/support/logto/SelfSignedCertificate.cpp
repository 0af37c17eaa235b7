// HttpTestServer::makeSelfSignedCertificate: an EC P-256 key and a certificate for
// 127.0.0.1/localhost, valid from a minute ago for one day, made with OpenSSL's library API.
#include "HttpTestServer.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace gatehouse::test {

namespace {

template <typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    Owned<X509_EXTENSION, X509_EXTENSION_free> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

bool HttpTestServer::makeSelfSignedCertificate(QSslCertificate *certificate, QSslKey *key,
                                               const QString &commonName)
{
    Owned<EVP_PKEY, EVP_PKEY_free> pkey(EVP_EC_gen("P-256"));
    Owned<X509, X509_free> x509(X509_new());
    if (!pkey || !x509)
        return false;
    unsigned char serial[8];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    Owned<BIGNUM, BN_free> serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_set_version(x509.get(), 2);
    BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(x509.get()));
    X509_gmtime_adj(X509_getm_notBefore(x509.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(x509.get()), 24 * 60 * 60);
    X509_set_pubkey(x509.get(), pkey.get());

    X509_NAME *name = X509_get_subject_name(x509.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Gatehouse Test"), -1, -1, 0);
    X509_set_issuer_name(x509.get(), name);
    if (!addExtension(x509.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost") ||
        !addExtension(x509.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(x509.get(), NID_key_usage, "critical,digitalSignature,keyCertSign") ||
        !addExtension(x509.get(), NID_ext_key_usage, "serverAuth"))
        return false;
    if (X509_sign(x509.get(), pkey.get(), EVP_sha256()) == 0)
        return false;

    Owned<BIO, BIO_free_all> certBio(BIO_new(BIO_s_mem()));
    Owned<BIO, BIO_free_all> keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), x509.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return false;
    *certificate = QSslCertificate(drain(certBio.get()), QSsl::Pem);
    *key = QSslKey(drain(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    return !certificate->isNull() && !key->isNull();
}

} // namespace gatehouse::test
