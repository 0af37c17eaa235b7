#pragma once

#include "TestSupport.h"

#include <QTest>

Q_DECLARE_METATYPE(gatehouse::ApplicationType)
Q_DECLARE_METATYPE(gatehouse::RoleType)

// Assertions for Backend futures. Each waits for the future, then fails the test function (with
// the error text) unless the outcome is the expected one.

namespace gatehouse {
/// QCOMPARE prints error codes by name.
inline char *toString(ErrorCode code)
{
    return qstrdup(qPrintable(errorCodeName(code)));
}
} // namespace gatehouse

namespace gatehouse::test {
/// Lets the macros below take an already computed Result as well as a future.
template <typename T>
Result<T> await(Result<T> result)
{
    return result;
}

/// The tenant a test works in: a new tenant named `name` with `tag` where the backend manages
/// tenants; otherwise the one tenant of the connection (whose tag is the connection's, whatever
/// `tag` asks for).
inline Result<Tenant> testTenant(Backend &backend, const QString &name,
                                 TenantTag tag = TenantTag::Development)
{
    if (backend.capabilities().tenantManagement) {
        Tenant draft;
        draft.name = name;
        draft.tag = tag;
        return await(backend.tenants().create(draft));
    }
    const Result<QList<Tenant>> tenants = await(backend.tenants().list());
    if (!tenants.ok())
        return tenants.error();
    if (tenants->size() != 1)
        return Error(
            ErrorCode::Internal,
            QStringLiteral("a backend without tenant management lists %1 tenants").arg(tenants->size()));
    return tenants->first();
}

template <typename T>
QString describeOutcome(const Result<T> &r)
{
    return r.ok() ? QStringLiteral("success")
                  : errorCodeName(r.error().code()) + QStringLiteral(": ") + r.error().toString();
}
} // namespace gatehouse::test

/// Declares `var` holding the value of a future that must succeed.
#define AWAIT_OK(var, future)                                                                                \
    auto var##Result_ = ::gatehouse::test::await(future);                                                    \
    GH_VERIFY_OK(var##Result_);                                                                              \
    auto var = std::move(var##Result_).value()

/// A future (of any type) that must succeed; the value is dropped.
#define AWAIT_DONE(future)                                                                                   \
    do {                                                                                                     \
        const auto gh_done = ::gatehouse::test::await(future);                                               \
        GH_VERIFY_OK(gh_done);                                                                               \
    } while (false)

/// Declares `var` (a gatehouse::Error) holding the error of a future that must fail with `expectedCode`.
#define AWAIT_ERROR(var, future, expectedCode)                                                               \
    const auto var##Result_ = ::gatehouse::test::await(future);                                              \
    QVERIFY2(!var##Result_.ok() && var##Result_.error().code() == (expectedCode),                            \
             qPrintable(QStringLiteral("expected ") + ::gatehouse::errorCodeName(expectedCode) +             \
                        QStringLiteral(", got ") + ::gatehouse::test::describeOutcome(var##Result_)));       \
    const ::gatehouse::Error var = var##Result_.error()

/// A future that must fail with `expectedCode`.
#define EXPECT_ERROR(future, expectedCode)                                                                   \
    do {                                                                                                     \
        AWAIT_ERROR(gh_err, future, expectedCode);                                                           \
        QVERIFY(!gh_err.message().isEmpty());                                                                \
    } while (false)
