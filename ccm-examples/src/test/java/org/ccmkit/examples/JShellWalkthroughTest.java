package org.ccmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The JShell start-up script and the walk-through run unattended, as an analyst would run them, and print real figures. */
class JShellWalkthroughTest {

  static final Path SCRIPTS = Path.of("src/main/jshell");

  /** Runs scripts in one JShell, snippet by snippet; fails on the first snippet that does not evaluate. */
  static String run(Path... scripts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PrintStream saved = System.out;
    System.setOut(out);
    try (JShell shell = JShell.builder().out(out).err(out).executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      for (Path script : scripts) {
        for (String snippet : snippets(shell, Files.readString(script))) {
          for (SnippetEvent e : shell.eval(snippet)) {
            if (e.exception() != null) {
              throw new AssertionError(script + ": snippet threw\n" + snippet + "\n" + bytes, e.exception());
            }
            if (e.status() == Snippet.Status.REJECTED) {
              throw new AssertionError(script + ": snippet rejected\n" + snippet + "\n"
                  + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
            }
          }
        }
      }
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Splits a script as the jshell tool reads a file: line by line, evaluating as soon as the lines read so far form
   * complete source. A statement continued on a line that starts with {@code .} after a complete line is therefore
   * split here as it is in the tool, and its second half rejected.
   */
  static List<String> snippets(JShell shell, String source) {
    List<String> out = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    StringBuilder pending = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      pending.append(line).append('\n');
      String remaining = pending.toString();
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (!info.completeness().isComplete()) {
          break;
        }
        out.add(info.source());
        remaining = info.remaining();
      }
      pending = new StringBuilder(remaining.isBlank() ? "" : remaining);
    }
    if (!pending.toString().isBlank()) {
      out.add(pending.toString());
    }
    return out;
  }

  @Test
  void theStartupScriptLoadsTheCataloguesAndTheRecord() throws IOException {
    String out = run(SCRIPTS.resolve("ccmkit.jsh"));
    assertTrue(out.contains("ccmkit loaded: lap (50 actions, 77 indicators), vcap (43 actions, 113 indicators)"), out);
  }

  @Test
  void theWalkthroughEvaluatesAnIndicatorAndShowsWhoWasCounted() throws IOException {
    String out = run(SCRIPTS.resolve("ccmkit.jsh"), SCRIPTS.resolve("walkthrough.jsh"));
    assertTrue(out.contains("status PUBLISHED; population 10 affected States Parties"), out);
    assertTrue(out.contains("LAP-28.1 PUBLISHED 9 of 10 (90.00 %); computed from RD para 118: ≥ 9 over 10MSP–13MSP, "
        + "CONSISTENT with RD para 124"), out);
    assertTrue(out.contains("initial reports overdue: [COG, COM, CPV, GIN, RWA]"), out);
    assertTrue(out.contains("counted: [AFG, CHL, DEU, IRQ, LAO, LBN, MRT, SOM, SSD]"), out);
    assertTrue(out.contains("no data: TCD"), out);
    assertTrue(out.contains("9 rows read, 9 accepted, 0 failed; 0 failures"), out);
    assertTrue(out.contains("10 thematic areas in the progress report"), out);
    assertTrue(out.contains("| LAP-23.2 |"), out);
    assertEquals(1, out.lines().filter(l -> l.startsWith("value ")).count(), out);
  }
}
