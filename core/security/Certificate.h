#pragma once

#include <QString>
#include <optional>

namespace gatehouse::security {

/// What Gatehouse shows about an X.509 certificate (a SAML IdP's signing certificate).
struct CertificateInfo
{
    QString subject;           ///< RFC 2253 form ("CN=idp.acme.com,O=Acme")
    QString issuer;            ///< RFC 2253 form
    qint64 notBeforeMs = 0;    ///< UTC unix milliseconds
    qint64 notAfterMs = 0;     ///< UTC unix milliseconds
    QString sha256Fingerprint; ///< "AB:CD:…", upper-case hex
};

/// Parses one certificate: PEM ("-----BEGIN CERTIFICATE-----…") or the bare base64 body as SAML
/// metadata and IdP consoles show it. Returns nothing and sets `*problem` (a sentence a person
/// understands) when the text is not a certificate. Thread-safe (OpenSSL 3).
std::optional<CertificateInfo> parseCertificate(const QString &text, QString *problem);

} // namespace gatehouse::security
