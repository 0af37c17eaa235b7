#pragma once

#include "model/User.h"

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace gatehouse::ui {

/// Text about users for people: how a user is named in titles and confirmations, counts with
/// the locale's digit grouping, and the look of the status badges.
class UserText
{
    Q_DECLARE_TR_FUNCTIONS(UserText)

public:
    /// Name, else username, else email, else phone, else id.
    static QString displayName(const User &user);
    /// One or two letters for the avatar ("Ada Lovelace" → "AL", "ada_l" → "A").
    static QString initials(const User &user);
    /// What a person types to confirm deleting the user: username, else email, else id.
    static QString confirmationText(const User &user);
    /// 1000000 → "1,000,000" (the system locale's grouping; English when the locale is "C").
    static QString number(qint64 value);
    /// "1 user" / "5,000 users".
    static QString userCount(qint64 count);

    enum class Tone { Danger, Warning, Info, Neutral, Success };
    /// Styles `label` as a small pill in the given tone.
    static void makeBadge(QLabel *label, Tone tone);
};

} // namespace gatehouse::ui
