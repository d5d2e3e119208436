package org.ccmkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.record.PublishedRecord;
import org.ccmkit.model.plan.ActionPlan;

/**
 * What the JShell start-up script ({@code ccmkit.jsh}) gives an analyst, imported statically: the two action plans,
 * the published record and its dataset, and an evaluator of the shipped data elements. They are loaded together, the
 * first time any of them is used (the start-up script uses them at once, to say what it loaded).
 *
 * <p>The fields are named as an analyst types them, not as constants, because they are the session's variables.
 */
public final class ShellSession {

  /** The Lausanne Action Plan (2021–2026), from {@link Catalogues#lausanne()}. */
  public static final ActionPlan lap = Catalogues.lausanne();

  /** The draft Vientiane Capital Action Plan (2027–2031), from {@link Catalogues#vientianeCapital()}. */
  public static final ActionPlan vcap = Catalogues.vientianeCapital();

  /** The published record shipped with ccmkit, from {@link Datasets#publishedRecord()}. */
  public static final PublishedRecord record = Datasets.publishedRecord();

  /** The record's monitoring dataset: register, obligations, cycles, facts and printed figures. */
  public static final MonitoringDataset data = record.dataset();

  /** An evaluator of the shipped data elements ({@link Catalogues#dataElements()}). */
  public static final IndicatorEvaluator evaluator = IndicatorEvaluator.of(Catalogues.dataElements());

  private ShellSession() {}

  /** {@return one line saying what was loaded: the plans' actions and indicators, and the names defined} */
  public static String loaded() {
    return "ccmkit loaded: lap (" + lap.actions().size() + " actions, " + lap.indicators().size()
        + " indicators), vcap (" + vcap.actions().size() + " actions, " + vcap.indicators().size()
        + " indicators), record, data, evaluator";
  }

  /**
   * The Javadoc of {@code type}, as text: what JShell's Shift-Tab would show if it could read a library's sources (the
   * JDK's JShell reads only the JDK's own {@code src.zip}). Read from the sources jar beside the class's jar, or from
   * the module's {@code src/main/java} when the class comes from a build folder.
   *
   * @param type the class, e.g. {@code Catalogues.class}
   * @return the type's Javadoc
   * @throws IllegalArgumentException if no source of the type can be found
   */
  public static String doc(Class<?> type) {
    return doc(type, "");
  }

  /**
   * The Javadoc of every member of {@code type} named {@code member} that is not private (each overload, field or
   * nested type), each after
   * its declaration, as text; with an empty {@code member}, the type's own.
   *
   * @param type the class, e.g. {@code Catalogues.class}
   * @param member a method, field or nested type of it, e.g. {@code "lausanne"}
   * @return the member's Javadoc
   * @throws IllegalArgumentException if no source of the type can be found, or it declares no documented member of
   *     that name (the message lists those it has)
   */
  public static String doc(Class<?> type, String member) {
    if (type == null || member == null) {
      throw new IllegalArgumentException("doc: type and member must not be null, were " + type + ", " + member);
    }
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    String source = source(top).orElseThrow(() -> new IllegalArgumentException("doc: no source of "
        + type.getName() + " found (looked for the -sources.jar beside its jar, or src/main/java beside its classes)"));
    String name = member.isEmpty() ? type.getSimpleName() : member;
    Pattern declaration = Pattern.compile("/\\*\\*((?:(?!\\*/).)*?)\\*/\\s*((?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
        + "[^;{}=/]*?\\b" + Pattern.quote(name) + "\\b[^;{]*)", Pattern.DOTALL);
    Matcher m = declaration.matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String header = m.group(2).replaceAll("\\s+", " ").trim();
      if (header.startsWith("private ") || header.contains(" private ")) {
        continue;
      }
      if (!header.matches("(?s).*\\b" + Pattern.quote(name) + "\\s*(\\(.*|=.*|;|\\{.*|(extends|implements|permits).*)?$")
          || (member.isEmpty() && !header.matches(".*\\b(class|interface|enum|record)\\s+" + Pattern.quote(name) + "\\b.*"))) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "\n").append(header).append("\n").append(text(m.group(1))).append("\n");
    }
    if (out.length() == 0) {
      TreeSet<String> known = new TreeSet<>();
      Arrays.stream(type.getDeclaredMethods()).filter(x -> java.lang.reflect.Modifier.isPublic(x.getModifiers()))
          .forEach(x -> known.add(x.getName()));
      Arrays.stream(type.getDeclaredFields()).filter(x -> java.lang.reflect.Modifier.isPublic(x.getModifiers()))
          .forEach(x -> known.add(x.getName()));
      throw new IllegalArgumentException("doc: " + type.getSimpleName() + " documents no member named '" + member
          + "'; its public members are " + known);
    }
    return out.toString();
  }

  /** A Javadoc comment's body as plain text: no leading stars, inline tags as their words. */
  private static String text(String comment) {
    List<String> lines = new ArrayList<>();
    for (String line : comment.split("\n")) {
      lines.add(line.replaceFirst("^\\s*\\* ?", "").stripTrailing());
    }
    String t = String.join("\n", lines).strip();
    t = t.replaceAll("\\{@return ([^}]*)}", "Returns $1.");
    t = t.replaceAll("\\{@(?:code|literal|linkplain|link|value) ([^}]*)}", "$1");
    t = t.replaceAll("</?(p|em|i|b|strong|ul|ol|li|code)>", "").replaceAll("(?m)^[ \t]+$", "")
        .replaceAll("\n{3,}", "\n\n");
    return "  " + t.replace("\n", "\n  ");
  }

  private static Optional<String> source(Class<?> top) {
    String file = top.getName().replace('.', '/') + ".java";
    try {
      Path where = Path.of(top.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        // target/classes → src/main/java of the same module.
        Path src = where.getParent().getParent().resolve("src/main/java").resolve(file);
        return Files.isReadable(src) ? Optional.of(Files.readString(src, StandardCharsets.UTF_8)) : Optional.empty();
      }
      Path jar = where.resolveSibling(where.getFileName().toString().replaceFirst("\\.jar$", "-sources.jar"));
      if (!Files.isReadable(jar)) {
        return Optional.empty();
      }
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        ZipEntry e = zip.getEntry(file);
        if (e == null) {
          return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(e)) {
          return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
