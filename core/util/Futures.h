#pragma once

#include "backend/Result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <exception>
#include <memory>
#include <type_traits>

namespace gatehouse {

template <typename T>
using Future = QFuture<Result<T>>;

/// A future that has already finished with `result`.
template <typename T>
Future<T> readyFuture(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

/// A future that has already failed with `error`.
template <typename T>
Future<T> failedFuture(Error error)
{
    return readyFuture<T>(Result<T>(std::move(error)));
}

} // namespace gatehouse
