#pragma once

namespace Keyward {

// Background work (argon2 for sign-ins, writing last-used times) runs at this nice value: the scheduler gives the
// event loops, which verify keys, the cores first, while the background work still progresses (SCHED_IDLE would
// starve it under a verify flood). Linux takes the nice value per thread.
constexpr int BackgroundNice = 10;

// Lowers the calling thread to BackgroundNice, once per thread (later calls cost a thread-local read).
void lowerThisThreadToBackground();

} // namespace Keyward
