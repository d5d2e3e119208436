package org.ccmkit.examples;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * Starts the JDK's JShell tool (through its public {@link JavaShellToolBuilder}) so that Shift-Tab shows the library's
 * Javadoc: JShell's documentation lookup reads the JDK's {@code src.zip} and nothing else, so before starting, this
 * launcher gives it the sources jars named by the system property {@code ccmkit.sources} (separated by the platform's
 * path separator) beside the JDK's sources. Used by the {@code ./jshell} and {@code jshell.cmd} scripts, which run it
 * with {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} and pass on JShell's own arguments.
 *
 * <p>The list of sources is set through a field the JDK's JShell keeps for its own tests
 * ({@code SourceCodeAnalysisImpl.availableSourcesOverride}, present in JDK 17 to 25). Where a JDK does not have it,
 * or it cannot be opened, JShell starts all the same and this launcher says that it will show signatures only;
 * {@code doc(Type.class, "member")} in the start-up script reads the same sources jars in any case.
 */
public final class JShellLauncher {

  /** The system property naming the sources jars. */
  public static final String SOURCES = "ccmkit.sources";

  private JShellLauncher() {}

  /**
   * Gives JShell the sources, then runs the JShell tool with {@code args} until it exits.
   *
   * @param args JShell's command-line arguments ({@code --class-path}, {@code --startup}, …)
   * @throws Exception if the JShell tool cannot be started
   */
  public static void main(String[] args) throws Exception {
    List<Path> sources = new ArrayList<>(jdkSources());
    for (String s : System.getProperty(SOURCES, "").split(File.pathSeparator)) {
      if (!s.isBlank() && Files.isReadable(Path.of(s))) {
        sources.add(Path.of(s));
      }
    }
    if (!giveSources(sources)) {
      System.err.println("ccmkit: this JDK's JShell does not take a list of sources; its inline documentation (Tab "
          + "after an open parenthesis) shows the library's "
          + "signatures only; doc(Type.class, \"member\") shows its Javadoc");
    }
    JavaShellToolBuilder.builder().start(args);
  }

  /** Sets JShell's list of sources to {@code sources}; whether that was possible. */
  static boolean giveSources(List<Path> sources) {
    try {
      Field f = Class.forName("jdk.jshell.SourceCodeAnalysisImpl").getDeclaredField("availableSourcesOverride");
      f.setAccessible(true);
      f.set(null, List.copyOf(sources));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The JDK's own sources as JShell finds them: its {@code lib/src.zip}, as one entry where the zip holds packages
   * at its root, or one entry per module folder where it holds modules. Empty where the JDK has no sources.
   */
  static List<Path> jdkSources() {
    Path home = Path.of(System.getProperty("java.home"));
    Path zip = home.resolve("lib").resolve("src.zip");
    if (!Files.isReadable(zip)) {
      zip = home.getParent().resolve("src.zip");
    }
    List<Path> out = new ArrayList<>();
    if (!Files.isReadable(zip)) {
      return out;
    }
    try {
      // Kept open for the session: JShell reads from the module folders inside it.
      FileSystem fs = FileSystems.newFileSystem(zip, Map.of());
      Path root = fs.getRootDirectories().iterator().next();
      if (Files.exists(root.resolve("java/lang/Object.java"))) {
        out.add(zip);
      } else if (Files.exists(root.resolve("java.base/java/lang/Object.java"))) {
        try (DirectoryStream<Path> modules = Files.newDirectoryStream(root)) {
          for (Path m : modules) {
            if (Files.isDirectory(m)) {
              out.add(m);
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return out;
  }
}
