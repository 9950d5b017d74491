#pragma once

#include <QHostAddress>

namespace Keyward {

// A listening TCP socket with SO_REUSEPORT, so that several threads can each accept on the same port (the kernel
// spreads connections between them). Returns the descriptor, or -1 with `error` set. Port 0 picks a free port;
// *boundPort receives the port.
qintptr openListeningSocket(const QHostAddress& address, quint16 port, int backlog, quint16* boundPort, QString* error);

} // namespace Keyward
