// libFuzzer's driver, for a fuzz target whose `main` SwiftPM makes: it runs the fuzzing
// loop with the command line's options, as libFuzzer's own `main` would.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));
