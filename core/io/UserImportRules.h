#pragma once

#include "io/UserRecordReader.h"

namespace gatehouse {

/// The per-row rules every backend's import applies to a record it read, beyond the reader's
/// own parse errors (which are included): the core user rules, a usable id when one is given,
/// a valid password or a well-formed digest with a known algorithm (not both). Normalises the
/// record's passwordAlgorithm to Logto's spelling. Pure; any thread.
QList<FieldError> importRecordProblems(UserRecord &record);

} // namespace gatehouse
