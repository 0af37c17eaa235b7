#include "organizations/BrandingPreview.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QImageReader>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr qint64 maxLogoBytes = qint64(2) * 1024 * 1024;
constexpr int maxLogoSide = 4096;
constexpr int cardHeight = 150;
const QColor defaultPrimary(0x5d, 0x34, 0xf2);
const QColor defaultDarkPrimary(0x8b, 0x6d, 0xff);

QString logoName(int which)
{
    return which == 0 ? BrandingPreview::tr("logo") : BrandingPreview::tr("dark logo");
}
} // namespace

QString logoUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.scheme().toLower() != QLatin1String("https") || url.host().isEmpty())
        return BrandingPreview::tr(
            "Only https:// logo addresses are previewed (not files, data or plain http).");
    if (!url.userInfo().isEmpty())
        return BrandingPreview::tr("A logo address with a user name or password is not previewed.");
    QHostAddress literal;
    if (literal.setAddress(url.host()))
        return logoAddressProblem(literal);
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        url.host().endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return BrandingPreview::tr("Logos on this machine are not previewed.");
    return {};
}

QString logoAddressProblem(const QHostAddress &address)
{
    QHostAddress a = address;
    bool mapped = false;
    const QHostAddress v4(a.toIPv4Address(&mapped));
    if (mapped)
        a = v4; // ::ffff:10.0.0.1 is 10.0.0.1
    const bool privateRange = a.isLoopback() || a.isNull() || a.isMulticast() || a.isLinkLocal() ||
                              a.isSiteLocal() || a.isUniqueLocalUnicast() || a.isBroadcast() ||
                              a.isEqual(QHostAddress::AnyIPv4) || a.isEqual(QHostAddress::AnyIPv6) ||
                              a.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8) ||
                              a.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12) ||
                              a.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16) ||
                              a.isInSubnet(QHostAddress(QStringLiteral("100.64.0.0")), 10) ||
                              a.isInSubnet(QHostAddress(QStringLiteral("0.0.0.0")), 8);
    if (privateRange)
        return BrandingPreview::tr("Logos at %1 are not previewed: it is this machine or a private network.")
            .arg(address.toString());
    return {};
}

QPixmap decodeLogo(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QPixmap();
    };
    if (bytes.size() > maxLogoBytes)
        return fail(BrandingPreview::tr("larger than 2 MiB"));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size(); // from the header, before anything is decoded
    if (!reader.canRead())
        return fail(BrandingPreview::tr("not an image Gatehouse can show (PNG, JPEG, SVG, GIF, WebP…)"));
    if (size.isValid() && (size.width() > maxLogoSide || size.height() > maxLogoSide))
        return fail(BrandingPreview::tr("%1×%2 pixels, more than %3×%3")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(maxLogoSide));
    if (!size.isValid()) // a format without a header size (SVG): render at most the limit
        reader.setScaledSize(QSize(512, 512));
    const QImage image = reader.read();
    if (image.isNull())
        return fail(BrandingPreview::tr("not an image Gatehouse can show (PNG, JPEG, SVG, GIF, WebP…)"));
    return QPixmap::fromImage(image);
}

BrandingPreview::BrandingPreview(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_status(new QLabel)
    , m_load(new QPushButton(tr("Load logos")))
{
    setObjectName(QStringLiteral("brandingPreview"));
    m_status->setObjectName(QStringLiteral("brandingPreviewStatusLabel"));
    m_status->setProperty("role", QLatin1String("hint"));
    m_status->setWordWrap(true);
    m_load->setObjectName(QStringLiteral("brandingPreviewLoadButton"));
    m_load->setToolTip(tr("Fetch the logos from their https:// addresses to preview them. Nothing is "
                          "fetched until you ask."));
    m_load->setEnabled(false);
    connect(m_load, &QPushButton::clicked, this, &BrandingPreview::loadLogos);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    row->addWidget(m_load, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, cardHeight + 8, 0, 0);
    layout->addLayout(row);
    layout->addStretch(1);
}

BrandingPreview::~BrandingPreview()
{
    cancel(0);
    cancel(1);
}

void BrandingPreview::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void BrandingPreview::setLogoUrls(const QString &logoUrl, const QString &darkLogoUrl)
{
    const QString urls[2] = {logoUrl.trimmed(), darkLogoUrl.trimmed()};
    for (int which = 0; which < 2; ++which) {
        if (urls[which] == m_urls[which])
            continue;
        // A changed address shows nothing until the person asks for it.
        cancel(which);
        m_urls[which] = urls[which];
        m_errors[which].clear();
        (which == 0 ? m_logo : m_darkLogo) = QPixmap();
    }
    showStatus();
    update();
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
    return m_replies[0] || m_replies[1] || m_lookups[0] >= 0 || m_lookups[1] >= 0;
}

void BrandingPreview::loadLogos()
{
    for (int which = 0; which < 2; ++which)
        load(which);
    showStatus();
}

void BrandingPreview::cancel(int which)
{
    ++m_generation[which];
    if (m_lookups[which] >= 0) {
        QHostInfo::abortHostLookup(m_lookups[which]);
        m_lookups[which] = -1;
    }
    if (QNetworkReply *old = m_replies[which]) {
        m_replies[which] = nullptr;
        old->disconnect(this);
        old->abort();
        old->deleteLater();
    }
}

void BrandingPreview::showStatus()
{
    const bool anyUrl = !m_urls[0].isEmpty() || !m_urls[1].isEmpty();
    m_load->setEnabled(anyUrl && !isLoading());
    QString text = m_errors[0].isEmpty() ? m_errors[1] : m_errors[0];
    if (text.isEmpty() && isLoading())
        text = tr("Loading the logo…");
    else if (text.isEmpty() && anyUrl && m_logo.isNull() && m_darkLogo.isNull())
        text = tr("Logos are fetched only when you click Load logos.");
    m_status->setText(text);
}

void BrandingPreview::load(int which)
{
    cancel(which);
    m_errors[which].clear();
    (which == 0 ? m_logo : m_darkLogo) = QPixmap();
    const QString text = m_urls[which];
    if (text.isEmpty())
        return;
    const QUrl url(text, QUrl::StrictMode);
    if (const QString problem = logoUrlProblem(url); !problem.isEmpty()) {
        m_errors[which] = tr("The %1 is not loaded: %2").arg(logoName(which), problem);
        update();
        emit logoLoaded();
        return;
    }
    const int generation = m_generation[which];
    m_lookups[which] =
        QHostInfo::lookupHost(url.host(), this, [this, which, url, generation](const QHostInfo &info) {
            if (generation != m_generation[which])
                return;
            m_lookups[which] = -1;
            resolved(which, url, info);
        });
}

void BrandingPreview::resolved(int which, const QUrl &url, const QHostInfo &info)
{
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_errors[which] =
            tr("The %1 could not be loaded: %2 cannot be resolved.").arg(logoName(which), url.host());
    } else {
        // Every address the name resolves to must be public: a name may point into the LAN.
        for (const QHostAddress &address : info.addresses()) {
            if (const QString problem = logoAddressProblem(address); !problem.isEmpty()) {
                m_errors[which] = tr("The %1 is not loaded: %2").arg(logoName(which), problem);
                break;
            }
        }
    }
    if (!m_errors[which].isEmpty()) {
        showStatus();
        update();
        emit logoLoaded();
        return;
    }
    QNetworkRequest request(url);
    // A redirect could lead anywhere (a private address included): not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    m_replies[which] = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maxLogoBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, which, reply] { finished(which, reply); });
    showStatus();
}

void BrandingPreview::finished(int which, QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_replies[which] != reply)
        return;
    m_replies[which] = nullptr;
    const QString name = logoName(which);
    QPixmap pixmap;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        m_errors[which] = tr("The %1 could not be loaded: larger than 2 MiB.").arg(name);
    } else if (status >= 300 && status < 400) {
        m_errors[which] =
            tr("The %1 could not be loaded: its address redirects elsewhere (not followed).").arg(name);
    } else if (reply->error() != QNetworkReply::NoError) {
        m_errors[which] = tr("The %1 could not be loaded: %2").arg(name, reply->errorString());
    } else {
        QString why;
        pixmap = decodeLogo(reply->read(maxLogoBytes + 1), &why);
        if (pixmap.isNull())
            m_errors[which] = tr("The %1 is %2.").arg(name, why);
    }
    (which == 0 ? m_logo : m_darkLogo) = pixmap;
    showStatus();
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
