#include "organizations/BrandingPreview.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int debounceMs = 300;
constexpr qint64 maxLogoBytes = qint64(2) * 1024 * 1024;
constexpr int cardHeight = 150;
const QColor defaultPrimary(0x5d, 0x34, 0xf2);
const QColor defaultDarkPrimary(0x8b, 0x6d, 0xff);
} // namespace

BrandingPreview::BrandingPreview(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_debounce(new QTimer(this))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("brandingPreview"));
    m_status->setObjectName(QStringLiteral("brandingPreviewStatusLabel"));
    m_status->setProperty("role", QLatin1String("hint"));
    m_status->setWordWrap(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &BrandingPreview::startLoads);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, cardHeight + 8, 0, 0);
    layout->addWidget(m_status);
    layout->addStretch(1);
}

BrandingPreview::~BrandingPreview()
{
    for (QNetworkReply *&reply : m_replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            reply = nullptr;
        }
    }
}

void BrandingPreview::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void BrandingPreview::setLogoUrls(const QString &logoUrl, const QString &darkLogoUrl)
{
    m_urls[0] = logoUrl.trimmed();
    m_urls[1] = darkLogoUrl.trimmed();
    if (m_urls[0] != m_loadedUrls[0] || m_urls[1] != m_loadedUrls[1])
        m_debounce->start();
}

void BrandingPreview::setColors(const QColor &primary, bool darkMode, const QColor &darkPrimary)
{
    m_primary = primary;
    m_darkPrimary = darkPrimary;
    m_darkMode = darkMode;
    update();
}

QString BrandingPreview::statusText() const
{
    return m_status->text();
}

bool BrandingPreview::isLoading() const
{
    return m_debounce->isActive() || m_replies[0] || m_replies[1];
}

void BrandingPreview::startLoads()
{
    for (int which = 0; which < 2; ++which) {
        if (m_urls[which] != m_loadedUrls[which])
            load(which, m_urls[which]);
    }
}

void BrandingPreview::load(int which, const QString &url)
{
    if (QNetworkReply *old = m_replies[which]) {
        m_replies[which] = nullptr;
        old->disconnect(this);
        old->abort();
        old->deleteLater();
    }
    m_loadedUrls[which] = url;
    m_errors[which].clear();
    QPixmap &target = which == 0 ? m_logo : m_darkLogo;
    target = QPixmap();
    if (url.isEmpty()) {
        m_status->setText(m_errors[0].isEmpty() ? m_errors[1] : m_errors[0]);
        update();
        emit logoLoaded();
        return;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || !(scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                               scheme == QLatin1String("file") || scheme == QLatin1String("data"))) {
        m_errors[which] =
            tr("Cannot preview \"%1\": not an http, https, file or data URL.").arg(url.left(80));
        m_status->setText(m_errors[which]);
        update();
        emit logoLoaded();
        return;
    }
    QNetworkRequest request(parsed);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    m_replies[which] = reply;
    m_status->setText(tr("Loading the logo…"));
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maxLogoBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, which, reply] { finished(which, reply); });
}

void BrandingPreview::finished(int which, QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_replies[which] != reply)
        return;
    m_replies[which] = nullptr;
    const QString name = which == 0 ? tr("logo") : tr("dark logo");
    QPixmap pixmap;
    if (reply->error() != QNetworkReply::NoError) {
        m_errors[which] =
            reply->bytesAvailable() > maxLogoBytes || reply->error() == QNetworkReply::OperationCanceledError
                ? tr("The %1 could not be loaded: larger than 2 MiB or cancelled.").arg(name)
                : tr("The %1 could not be loaded: %2").arg(name, reply->errorString());
    } else {
        const QByteArray bytes = reply->read(maxLogoBytes + 1);
        if (bytes.size() > maxLogoBytes || !pixmap.loadFromData(bytes))
            m_errors[which] = tr("The %1 is not an image Gatehouse can show (PNG, JPEG, SVG, GIF, WebP…), or "
                                 "larger than 2 MiB.")
                                  .arg(name);
    }
    (which == 0 ? m_logo : m_darkLogo) = pixmap;
    const QString error = m_errors[0].isEmpty() ? m_errors[1] : m_errors[0];
    m_status->setText(error.isEmpty() && (m_replies[0] || m_replies[1]) ? tr("Loading the logo…") : error);
    update();
    emit logoLoaded();
}

QSize BrandingPreview::sizeHint() const
{
    return {460, cardHeight + 40};
}

QSize BrandingPreview::minimumSizeHint() const
{
    return {300, cardHeight + 30};
}

void BrandingPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int gap = 10;
    const int width = m_darkMode ? (this->width() - gap) / 2 : qMin(this->width(), 300);
    paintCard(painter, QRect(0, 0, width, cardHeight), false);
    if (m_darkMode)
        paintCard(painter, QRect(width + gap, 0, width, cardHeight), true);
}

void BrandingPreview::paintCard(QPainter &painter, const QRect &rect, bool dark)
{
    const QColor background = dark ? QColor(0x1a, 0x1b, 0x26) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xf0, 0xf0, 0xf5) : QColor(0x1e, 0x1e, 0x2a);
    const QColor border = dark ? QColor(0x33, 0x34, 0x44) : QColor(0xdd, 0xdd, 0xe6);
    QColor primary = dark ? m_darkPrimary : m_primary;
    if (!primary.isValid())
        primary = dark ? defaultDarkPrimary : defaultPrimary;

    QPainterPath card;
    card.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter.fillPath(card, background);
    painter.setPen(border);
    painter.drawPath(card);

    const QPixmap &logo = dark && !m_darkLogo.isNull() ? m_darkLogo : m_logo;
    const QRect logoBox(rect.left() + 16, rect.top() + 14, rect.width() - 32, 40);
    if (!logo.isNull()) {
        const QPixmap scaled = logo.scaled(logoBox.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawPixmap(logoBox.left() + (logoBox.width() - scaled.width()) / 2, logoBox.top(), scaled);
    } else {
        painter.setPen(QPen(border, 1, Qt::DashLine));
        painter.drawRoundedRect(logoBox.adjusted(logoBox.width() / 2 - 40, 0, -(logoBox.width() / 2 - 40), 0),
                                4, 4);
        painter.setPen(dark ? QColor(0x88, 0x88, 0x99) : QColor(0x99, 0x99, 0xa8));
        painter.drawText(logoBox, Qt::AlignCenter, tr("No logo"));
    }

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    const QRect titleBox(rect.left() + 12, rect.top() + 60, rect.width() - 24, 22);
    painter.drawText(
        titleBox, Qt::AlignCenter,
        painter.fontMetrics().elidedText(m_title.isEmpty() ? tr("Sign in") : tr("Sign in to %1").arg(m_title),
                                         Qt::ElideRight, titleBox.width()));
    const QRect button(rect.left() + 24, rect.top() + 96, rect.width() - 48, 32);
    QPainterPath buttonPath;
    buttonPath.addRoundedRect(button, 6, 6);
    painter.fillPath(buttonPath, primary);
    painter.setPen(primary.lightnessF() > 0.6 ? QColor(0x1e, 0x1e, 0x2a) : QColor(Qt::white));
    painter.drawText(button, Qt::AlignCenter, tr("Continue"));
    painter.setFont(font());
}

} // namespace gatehouse::ui
