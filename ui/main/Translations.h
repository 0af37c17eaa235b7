#pragma once

#include <QString>

namespace gatehouse::ui {

/// Installs Gatehouse's translation (embedded under :/i18n) and Qt's own qtbase translation for
/// `language` ("de", "de_AT"), or for the system locale when `language` is empty. Falls back
/// along the locale's UI languages; English needs no catalogue. Returns the language loaded
/// ("" for English / none found). Call once, after QApplication exists, before creating widgets.
QString installTranslations(const QString &language);

} // namespace gatehouse::ui
