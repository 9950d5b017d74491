#include "server/service/ThreadPriority.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Keyward {

void lowerThisThreadToBackground()
{
    static thread_local const bool lowered
        = [] { return ::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), BackgroundNice) == 0; }();
    (void)lowered;
}

} // namespace Keyward
