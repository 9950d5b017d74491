#pragma once

#include "core/ApiError.h"

#include <optional>
#include <utility>

namespace Keyward {

// What a service call produced: a value, or the ApiError that says why not. Services return these; how either is
// told on the wire (status, envelope, headers) is server/http's business.
template<typename T> class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    { }
    Outcome(ApiError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_error.isNull(); }
    const ApiError& error() const { return m_error; }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace Keyward
