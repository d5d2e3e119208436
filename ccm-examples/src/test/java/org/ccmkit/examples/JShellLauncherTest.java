package org.ccmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./jshell} gives Shift-Tab (Tab, then Tab again, after an open parenthesis): the library's Javadoc, read
 * from the sources jar the build leaves beside the module's jar, once {@link JShellLauncher} has handed it to JShell.
 */
class JShellLauncherTest {

  @Test
  void jshellShowsTheLibrarysJavadocFromItsSourcesJar() throws IOException {
    Path sources;
    try (Stream<Path> jars = Files.list(Path.of("..", "ccm-io", "target"))) {
      sources = jars.filter(p -> p.getFileName().toString().matches("ccm-io-.*-sources\\.jar")).findFirst()
          .orElseThrow(() -> new AssertionError("the build leaves ccm-io's sources jar in ccm-io/target"));
    }
    List<Path> all = new ArrayList<>(JShellLauncher.jdkSources());
    all.add(sources);
    assertTrue(JShellLauncher.giveSources(all), "this JDK's JShell takes the list of sources");
    try (JShell js = JShell.builder().build()) {
      for (String p : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        js.addToClasspath(p);
      }
      js.eval("import org.ccmkit.io.*;");
      String code = "Catalogues.lausanne(";
      List<Documentation> docs = js.sourceCodeAnalysis().documentation(code, code.length(), true);
      assertEquals(List.of("org.ccmkit.model.plan.ActionPlan Catalogues.lausanne()"),
          docs.stream().map(Documentation::signature).collect(Collectors.toList()));
      assertTrue(docs.get(0).javadoc().contains("the Lausanne Action Plan 2021–2026 (50 actions in sections II–XI, "
          + "the indicators of its Annex 1)"), docs.get(0).javadoc());
    } finally {
      JShellLauncher.giveSources(JShellLauncher.jdkSources());
    }
  }
}
