#pragma once

#include <QColor>
#include <QPixmap>
#include <QUrl>
#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace gatehouse::ui {

/// A live preview of an organization's sign-in branding: a light card (logo, name, a button in
/// the primary colour) and, with dark mode on, a dark card (dark logo, falling back to the logo,
/// and the dark primary colour).
///
/// Logos load in the background through one QNetworkAccessManager (http, https, file and data
/// URLs), 300 ms after the last change, at most 2 MiB each; a newer URL aborts the older reply.
/// A logo that cannot be loaded is named in the status line, never in a dialog.
///
/// Object names: "brandingPreview", "brandingPreviewStatusLabel".
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
    /// True while a logo is loading or waiting for its debounce.
    bool isLoading() const;

signals:
    /// A logo finished loading (or failed); the preview repainted.
    void logoLoaded();

protected:
    void paintEvent(QPaintEvent *event) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void startLoads();
    void load(int which, const QString &url);
    void finished(int which, QNetworkReply *reply);
    void paintCard(class QPainter &painter, const QRect &rect, bool dark);

    QNetworkAccessManager *m_network;
    QTimer *m_debounce;
    QLabel *m_status;
    QString m_title;
    QString m_urls[2];
    QString m_loadedUrls[2];
    QNetworkReply *m_replies[2] = {nullptr, nullptr};
    QString m_errors[2];
    QPixmap m_logo;
    QPixmap m_darkLogo;
    QColor m_primary;
    QColor m_darkPrimary;
    bool m_darkMode = false;
};

} // namespace gatehouse::ui
