#pragma once

#include <QColor>
#include <QHostAddress>
#include <QPixmap>
#include <QUrl>
#include <QWidget>

class QHostInfo;
class QLabel;
class QNetworkAccessManager;
class QNetworkReply;
class QPushButton;

namespace gatehouse::ui {

/// Why a logo URL is not fetched for a preview (empty: it may be): https only, with a host name
/// or a public address — never file:, data:, plain http, or an address of this machine or a
/// private network (the console must not be a way to probe them).
QString logoUrlProblem(const QUrl &url);
/// Why a logo host's resolved address is not contacted (empty: it may be): loopback, private,
/// link-local, unique-local, carrier-grade NAT, multicast and unspecified addresses are refused.
QString logoAddressProblem(const QHostAddress &address);
/// Decodes a fetched logo without trusting it: at most 2 MiB of data and 4096×4096 pixels
/// (read from the header before anything is decoded). A null pixmap and *error otherwise.
QPixmap decodeLogo(const QByteArray &bytes, QString *error);

/// A live preview of an organization's sign-in branding: a light card (logo, name, a button in
/// the primary colour) and, with dark mode on, a dark card (dark logo, falling back to the logo,
/// and the dark primary colour).
///
/// Logos are never fetched by themselves: a changed URL clears the logo and the "Load logos"
/// button fetches them (logoUrlProblem(), then the host is resolved and every address checked
/// with logoAddressProblem(); redirects are not followed; at most 2 MiB, decoded with
/// decodeLogo()). A logo that cannot be loaded is named in the status line, never in a dialog.
///
/// Object names: "brandingPreview", "brandingPreviewStatusLabel", "brandingPreviewLoadButton".
class BrandingPreview : public QWidget
{
    Q_OBJECT
public:
    explicit BrandingPreview(QWidget *parent = nullptr);
    ~BrandingPreview() override;

    void setTitle(const QString &title);
    void setLogoUrls(const QString &logoUrl, const QString &darkLogoUrl);
    void setColors(const QColor &primary, bool darkMode, const QColor &darkPrimary);

    /// What the preview shows (tests).
    QColor primaryColor() const { return m_primary; }
    QColor darkPrimaryColor() const { return m_darkPrimary; }
    bool isDarkModeShown() const { return m_darkMode; }
    bool hasLogo() const { return !m_logo.isNull(); }
    QSize logoSize() const { return m_logo.size(); }
    QString statusText() const;
    /// True while a logo is being resolved or loaded.
    bool isLoading() const;
    /// Fetches the logos now (what the button does).
    void loadLogos();

signals:
    /// A logo finished loading (or failed); the preview repainted.
    void logoLoaded();

protected:
    void paintEvent(QPaintEvent *event) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void load(int which);
    void resolved(int which, const QUrl &url, const QHostInfo &info);
    void finished(int which, QNetworkReply *reply);
    void cancel(int which);
    void showStatus();
    void paintCard(class QPainter &painter, const QRect &rect, bool dark);

    QNetworkAccessManager *m_network;
    QLabel *m_status;
    QPushButton *m_load;
    QString m_title;
    QString m_urls[2];
    QNetworkReply *m_replies[2] = {nullptr, nullptr};
    int m_lookups[2] = {-1, -1}; ///< QHostInfo lookup ids in flight
    int m_generation[2] = {0, 0};
    QString m_errors[2];
    QPixmap m_logo;
    QPixmap m_darkLogo;
    QColor m_primary;
    QColor m_darkPrimary;
    bool m_darkMode = false;
};

} // namespace gatehouse::ui
