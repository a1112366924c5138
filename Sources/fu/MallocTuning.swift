import CMalloc
import Glibc

/// How fu asks glibc's malloc to behave in a process that lives for one command.
enum MallocTuning {
  /// Keeps large blocks in the heap, and freed memory in the process, instead of mapping
  /// each large block afresh and giving it back when freed. Every page the kernel hands
  /// over costs a page fault (~3 µs on a virtual machine); reusing freed pages for the
  /// next large array saves a fifth of the faults of an agenda over 10,000 or 100,000
  /// contacts. The cost is memory held until exit: the peak of a first read of 100,000
  /// contacts rises by a tenth to a fifth (a warm agenda's hardly moves). Then the heap is
  /// grown in large steps, on huge pages where the system allows (`adviseHugePages`).
  static func forOneCommand() {
    _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)  // glibc's ceiling for this setting
    _ = mallopt(M_TRIM_THRESHOLD, 128 << 20)
    _ = mallopt(M_TOP_PAD, 64 << 20)  // address space: a page counts once it is touched
    adviseHugePages()
  }

  /// Asks for the heap to be backed by 2 MiB pages (transparent huge pages, which Linux
  /// grants to memory that asks when set to `madvise`, the usual default): one page fault
  /// then maps 2 MiB instead of 4 KiB. That halves the faults of a warm agenda over 10,000
  /// contacts and takes a tenth off its time, with the same peak memory. Where huge pages
  /// are off, nothing changes. What glibc's `glibc.malloc.hugetlb=1` tunable does, which a
  /// program cannot set for itself.
  private static func adviseHugePages() {
    // A block taken and freed makes the heap grow by the top pad now, so that the advice
    // covers the room the command will use.
    guard let block = malloc(1 << 20) else { return }
    free(block)
    let huge: UInt = 2 << 20
    let start = (UInt(bitPattern: block) + huge - 1) & ~(huge - 1)
    let end = UInt(bitPattern: sbrk(0)) & ~(huge - 1)
    guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
    _ = madvise(address, Int(end - start), MADV_HUGEPAGE)
  }
}
