package org.ccmkit.indicators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The user's property the README shows is the one the build runs, word for word. */
class ReadmeKitSectionTest {

  @Test
  void theReadmesPropertyIsMonitorProperties() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int section = readme.indexOf("## Property tests with the jqwik kit");
    assertTrue(section >= 0, "README has the section");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    String run = Files.readString(Path.of("src/test/java/com/example/monitor/MonitorProperties.java"));
    assertTrue(shown.startsWith("class MonitorProperties {"), shown);
    assertTrue(run.contains(shown), "README's property differs from MonitorProperties.java:\n" + shown);
  }
}
