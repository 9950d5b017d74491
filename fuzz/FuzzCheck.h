#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant of a fuzz target: abort (a crash to libFuzzer, a failure to the replay test) when it does not hold.
// Unlike assert(), it is checked in release builds too.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
