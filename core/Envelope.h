#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QJsonValue>

namespace Keyward {

// The response envelope of DESIGN.md: {"success", "errors", "response"} or {"success", "errors", "error"}.
namespace Envelope {
QByteArray success(const QJsonValue& response);
QByteArray failure(const ApiError& error);
} // namespace Envelope

} // namespace Keyward
