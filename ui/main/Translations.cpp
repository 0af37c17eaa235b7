#include "main/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gatehouse::ui {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *gatehouse = new QTranslator(QCoreApplication::instance());
    if (!gatehouse->load(locale, QStringLiteral("gatehouse"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        delete gatehouse;
        return {};
    }
    QCoreApplication::installTranslator(gatehouse);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return gatehouse->language();
}

} // namespace gatehouse::ui
