package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The XLSX reader's zip-bomb and size limits are its own, for each read, and leave POI's process-wide settings alone;
 * files that are not XLSX workbooks are named for what they are.
 */
class WorkbookLimitsTest {

  private static final MonitoringDataReader READER = MonitoringDataReader.create();

  private static byte[] workbook() {
    return Workbooks.of(List.of("facts"), List.of(List.of(
        List.of("subject", "cycle", "element", "value", "source.document", "source.locator"),
        List.of("LAO", "13MSP", "art4.national-strategy", true, "RD", "para 86"))));
  }

  /** {@code book} with {@code padding} inserted in its sheet's XML, where XML allows it (a comment after the root). */
  private static byte[] padded(byte[] book, String padding) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(book));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] part = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          part = (new String(part, StandardCharsets.UTF_8) + "<!--" + padding + "-->")
              .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(part);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Failure only(ReadResult<ImmutableList<Fact>> r) {
    assertEquals(List.of(), r.value(), r.toString());
    assertEquals(1, r.failures().size(), r.failures().toString());
    return r.failures().get(0);
  }

  @Test
  void theWorkbookAsWrittenIsRead() throws IOException {
    ReadResult<ImmutableList<Fact>> r = READER.readFacts(Input.of("facts.xlsx", padded(workbook(), " a note ")));
    assertEquals(List.of(), r.failures());
    assertEquals("art4.national-strategy", r.value().get(0).element());
  }

  @Test
  void aPartThatInflatesLikeAZipBombIsRefusedByName() throws IOException {
    byte[] bomb = padded(workbook(), " ".repeat(20_000_000));
    assertTrue(bomb.length < 100_000, "20 MB of spaces compress to " + bomb.length + " bytes");
    Failure f = only(READER.readFacts(Input.of("facts.xlsx", bomb)));
    assertEquals(FailureKind.LIMIT_EXCEEDED, f.kind());
    assertEquals("facts.xlsx", f.location().source());
    assertEquals("a part of the workbook inflates like a zip bomb: xl/worksheets/sheet1.xml", f.reason());
    assertTrue(f.value().get().startsWith("more than 100 times its compressed size ("), f.message());
  }

  @Test
  void aPartLargerThanTheInputLimitIsRefusedByName() throws IOException {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    while (text.length() < 400_000) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    byte[] book = padded(workbook(), text.toString());
    ReadLimits limits = ReadLimits.builder().maxInputBytes(350_000).build();
    assertTrue(book.length < 350_000, "the file itself is within the limit: " + book.length + " bytes");
    Failure f = only(READER.with(ReadContext.builder().limits(limits).build())
        .readFacts(Input.of("facts.xlsx", book)));
    assertEquals(FailureKind.LIMIT_EXCEEDED, f.kind());
    assertEquals("a part of the workbook is larger than the input limit: xl/worksheets/sheet1.xml", f.reason());
    assertEquals("at most 350000 bytes a part (ReadLimits.maxInputBytes)", f.expected().get());
  }

  @Test
  void poisProcessWideZipSettingsAreNeitherUsedNorChanged() throws IOException {
    double ratio = ZipSecureFile.getMinInflateRatio();
    long entry = ZipSecureFile.getMaxEntrySize();
    try {
      // An application that allows any ratio for its own files keeps its setting, and ccmkit keeps its limit.
      ZipSecureFile.setMinInflateRatio(0.0);
      ZipSecureFile.setMaxEntrySize(0xFFFFFFFFL);
      READER.readFacts(Input.of("facts.xlsx", workbook()));
      Failure f = only(READER.readFacts(Input.of("facts.xlsx", padded(workbook(), " ".repeat(20_000_000)))));
      assertEquals(FailureKind.LIMIT_EXCEEDED, f.kind());
      assertEquals(0.0, ZipSecureFile.getMinInflateRatio());
      assertEquals(0xFFFFFFFFL, ZipSecureFile.getMaxEntrySize());
    } finally {
      ZipSecureFile.setMinInflateRatio(ratio);
      ZipSecureFile.setMaxEntrySize(entry);
    }
  }

  @Test
  void anOldExcelFileIsNamedWithWhatToDo() throws IOException {
    ByteArrayOutputStream xls = new ByteArrayOutputStream();
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      wb.createSheet("facts");
      wb.write(xls);
    }
    Failure f = only(READER.readFacts(Input.of("facts.xlsx", xls.toByteArray())));
    assertEquals(FailureKind.MALFORMED, f.kind());
    assertEquals("the file is not an XLSX workbook", f.reason());
    assertEquals("an Excel 97-2003 workbook (.xls) or a workbook protected by a password", f.value().get());
    assertTrue(f.expected().get().endsWith("save it as .xlsx"), f.message());
  }

  @Test
  void aFileOfAnotherKindIsNamed() {
    Failure f = only(READER.readFacts(Input.of("facts.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(
        StandardCharsets.ISO_8859_1))));
    assertEquals(FailureKind.MALFORMED, f.kind());
    assertEquals("a file that is not a zip archive (it starts like a PDF document)", f.value().get());
  }
}
