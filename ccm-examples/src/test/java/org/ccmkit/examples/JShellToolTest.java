package org.ccmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own JShell tool, started by {@link JShellLauncher}, opens with the start-up script as {@code ./jshell} opens it (the script after jshell's
 * default imports, the library on the class path), and ends at {@code /exit}: what an analyst sees first.
 */
class JShellToolTest {

  @Test
  void jshellOpensWithTheLibraryLoadedAndSaysWhatToTry() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String classPath = System.getProperty("java.class.path");
    // As ./jshell starts it: the JDK's JShell tool through JShellLauncher, the library on the snippets' class path.
    Process p = new ProcessBuilder(List.of(java.toString(), "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED",
        "-cp", classPath, JShellLauncher.class.getName(), "--class-path", classPath,
        "--startup", "DEFAULT", "--startup", "src/main/jshell/ccmkit.jsh")).redirectErrorStream(true).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(("lap.indicatorOrThrow(\"LAP-30.1\").id()\nSystem.out.print(doc(Catalogues.class, \"lausanne\"))\n"
          // Apache POI logs through the Log4j API, which complains on stderr where no provider is configured.
          + "System.out.println(\"workbook bytes: \" + DatasetXlsxWriter.write(data).length)\n/exit\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // A bound on how long a broken start-up may hang the build, not a measure of speed.
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), out);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("ccmkit loaded: lap (50 actions, 77 indicators), vcap (43 actions, 113 indicators), "
        + "record, data, evaluator"), out);
    assertTrue(out.contains("Try this"), out);
    assertTrue(out.contains("\"LAP-30.1\""), "a snippet typed after the start-up evaluates: " + out);
    assertTrue(out.contains("public static ActionPlan lausanne()"), "doc(...) prints a member's Javadoc: " + out);
    assertTrue(out.contains("workbook bytes: "), "a workbook is written: " + out);
    assertFalse(out.contains("Log4j") || out.contains("logging provider"),
        "writing a workbook prints nothing of Log4j's (the examples configure its simple logger): " + out);
    assertFalse(out.contains("Exception") || out.contains("Error:") || out.contains("signatures only"), out);
  }
}
