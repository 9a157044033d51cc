// libFuzzer's driver, linked by `swiftc -sanitize=fuzzer`. Calling it from main lets a Swift executable be a
// fuzz target even where SwiftPM renames the Swift entry point (debug builds).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
