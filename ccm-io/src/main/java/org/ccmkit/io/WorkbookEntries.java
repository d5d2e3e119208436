package org.ccmkit.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.InputException;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadLimits;

/**
 * A workbook's zip entries, inflated into memory within the limits of one read, for POI to open
 * ({@code OPCPackage.open(ZipEntrySource)}). The zip-bomb checks are this reader's own, for this read only: POI's
 * {@code ZipSecureFile} settings are process-wide (they would change every other use of POI in the application, and
 * race between reads with different limits), so they are neither read nor changed.
 *
 * <p>An entry may not inflate to more than {@link ReadLimits#maxInputBytes()}, nor, once past
 * {@value #GRACE_BYTES} bytes, to more than {@value #MAX_INFLATE_RATIO} times the bytes it was compressed to; both are
 * checked while the entry inflates, so a bomb is refused after reading at most the limit, not after inflating it.
 */
final class WorkbookEntries implements ZipEntrySource {

  /** An entry may inflate to at most this many times its compressed size (POI's default allows 100 too). */
  static final int MAX_INFLATE_RATIO = 100;

  /** Entries up to this size may compress as well as they like (small XML parts compress very well). */
  static final int GRACE_BYTES = 100 * 1024;

  private final Map<String, Entry> entries;
  private boolean closed;

  private record Entry(ZipArchiveEntry zip, byte[] bytes) {}

  private WorkbookEntries(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /**
   * Inflates the entries of the zip archive {@code in}, from the file {@code source}, within {@code limits}.
   *
   * @throws InputException with a {@link FailureKind#LIMIT_EXCEEDED} failure naming the entry, if an entry inflates
   *     past a limit
   * @throws IOException if the archive cannot be read as a zip archive
   */
  static WorkbookEntries read(InputStream in, String source, ReadLimits limits) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    long maxEntry = limits.maxInputBytes();
    byte[] buffer = new byte[8192];
    // As POI opens a workbook: names in UTF-8, no Unicode extra fields, stored entries with a data descriptor allowed
    // (some spreadsheet programs write them).
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(in, StandardCharsets.UTF_8.name(), false, true)) {
      for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          bytes.write(buffer, 0, n);
          long inflated = bytes.size();
          if (inflated > maxEntry) {
            throw new InputException(Failure.of(FailureKind.LIMIT_EXCEEDED, Location.of(source),
                "a part of the workbook is larger than the input limit: " + e.getName(),
                "more than " + maxEntry + " bytes once inflated",
                "at most " + maxEntry + " bytes a part (ReadLimits.maxInputBytes)"));
          }
          long compressed = zip.getCompressedCount();
          if (inflated > GRACE_BYTES && inflated > compressed * MAX_INFLATE_RATIO) {
            throw new InputException(Failure.of(FailureKind.LIMIT_EXCEEDED, Location.of(source),
                "a part of the workbook inflates like a zip bomb: " + e.getName(),
                "more than " + MAX_INFLATE_RATIO + " times its compressed size (" + inflated + " bytes from "
                    + compressed + ")",
                "at most " + MAX_INFLATE_RATIO + " times, as a spreadsheet saved by Excel or LibreOffice is"));
          }
        }
        entries.put(e.getName(), new Entry(e, bytes.toByteArray()));
      }
    }
    return new WorkbookEntries(entries);
  }

  @Override
  public Enumeration<? extends ZipArchiveEntry> getEntries() {
    return Collections.enumeration(entries.values().stream().map(Entry::zip).toList());
  }

  @Override
  public ZipArchiveEntry getEntry(String path) {
    Entry e = find(path);
    return e == null ? null : e.zip();
  }

  /** The entry named {@code path}, as POI's own entry sources find it: backslashes read as slashes, then any case. */
  private Entry find(String path) {
    String normalized = path.replace('\\', '/');
    Entry e = entries.get(normalized);
    if (e != null) {
      return e;
    }
    for (Map.Entry<String, Entry> named : entries.entrySet()) {
      if (named.getKey().equalsIgnoreCase(normalized)) {
        return named.getValue();
      }
    }
    return null;
  }

  @Override
  public InputStream getInputStream(ZipArchiveEntry entry) {
    Entry e = find(entry.getName());
    return e == null ? null : new ByteArrayInputStream(e.bytes());
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }
}
