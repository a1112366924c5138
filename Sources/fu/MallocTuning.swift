import CMalloc

/// How fu asks glibc's malloc to behave in a process that lives for one command.
enum MallocTuning {
  /// Keeps large blocks in the heap, and freed memory in the process, instead of mapping
  /// each large block afresh and giving it back when freed. Every page the kernel hands
  /// over costs a page fault (~3 µs on a virtual machine); reusing freed pages for the
  /// next large array saves a fifth of the faults of an agenda over 10,000 or 100,000
  /// contacts. The cost is memory held until exit: the peak of a first read of 100,000
  /// contacts rises by a tenth to a fifth (a warm agenda's hardly moves).
  static func forOneCommand() {
    _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)  // glibc's ceiling for this setting
    _ = mallopt(M_TRIM_THRESHOLD, 128 << 20)
  }
}
