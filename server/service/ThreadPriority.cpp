#include "server/service/ThreadPriority.h"

#include <cstdint>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Keyward {

namespace {

// struct sched_attr of sched_setattr(2); glibc 2.36 has no wrapper.
struct SchedAttr
{
    uint32_t size;
    uint32_t policy;
    uint64_t flags;
    int32_t nice;
    uint32_t priority;
    uint64_t runtime;
    uint64_t deadline;
    uint64_t period;
};

// With the EEVDF scheduler (Linux 6.6 and later) a task picked to run keeps the core for its slice (3 ms by default)
// whatever its nice value: a background thread would still hold a verification back that long. A slice of 0.1 ms (the
// shortest allowed) bounds that wait. Older kernels ignore the slice and keep the nice value.
constexpr uint64_t BackgroundSliceNs = 100 * 1000;

bool lower()
{
    const auto tid = static_cast<pid_t>(::syscall(SYS_gettid));
    SchedAttr attr {};
    attr.size = sizeof attr;
    attr.policy = SCHED_OTHER;
    attr.nice = BackgroundNice;
    attr.runtime = BackgroundSliceNs;
    if (::syscall(SYS_sched_setattr, tid, &attr, 0u) == 0)
        return true;
    return ::setpriority(PRIO_PROCESS, static_cast<id_t>(tid), BackgroundNice) == 0;
}

} // namespace

void lowerThisThreadToBackground()
{
    static thread_local const bool lowered = lower();
    (void)lowered;
}

} // namespace Keyward
