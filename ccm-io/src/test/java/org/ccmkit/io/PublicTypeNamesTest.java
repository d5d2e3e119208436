package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two public types of the library share a simple name (issue 10, point 7), across its four modules: a user who
 * imports one never gets the other by mistake, and JShell's completion names one type. Read from the main sources of
 * ccm-model, ccm-indicators, ccm-io and ccm-examples (a nested type counts if it can be reached from outside: declared
 * public, or inside an interface, in a type that can be reached); the generated {@code Immutable*} types have the
 * visibility of the type they implement. Also checks ccm-io's public types against the list its README gives, and that
 * none of them shows a Jackson, snakeyaml or POI type in a public or protected signature but the reader SPI's rows.
 */
class PublicTypeNamesTest {

  private static final List<String> MODULES = List.of("ccm-model", "ccm-indicators", "ccm-io", "ccm-examples");

  /** A type's declaration, with what precedes its name: its modifiers and kind. */
  private static final Pattern DECLARATION = Pattern.compile(
      "^(\\s*)((?:(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp)\\s+)*)"
          + "(class|interface|record|enum|@interface)\\s+([A-Z][A-Za-z0-9_]*)");

  @Test
  void noTwoPublicTypesShareASimpleName() throws IOException {
    Map<String, List<String>> byName = new TreeMap<>();
    for (String module : MODULES) {
      for (String type : publicTypes(root().resolve(module).resolve("src/main/java"))) {
        if (type.endsWith("$Builder")) {
          // A value's builder, always written with its value's name (Score.Builder), as the builders Immutables
          // generates for the other values are (ImmutableFact.Builder): the one nested name the types share.
          continue;
        }
        byName.computeIfAbsent(type.substring(type.lastIndexOf('.') + 1).replaceAll(".*\\$", ""),
            k -> new java.util.ArrayList<>()).add(module + ": " + type);
      }
    }
    assertTrue(byName.size() > 100, "public types found: " + byName.size());
    Map<String, List<String>> shared = new TreeMap<>();
    byName.forEach((name, types) -> {
      if (types.size() > 1) {
        shared.put(name, types);
      }
    });
    assertEquals(Map.of(), shared, "public types sharing a simple name");
  }

  @Test
  void ccmIoHasThePublicTypesItsReadmeLists() throws IOException {
    Path io = root().resolve("ccm-io");
    TreeSet<String> found = new TreeSet<>();
    for (String type : publicTypes(io.resolve("src/main/java"))) {
      if (!type.contains("$")) {
        found.add(type.replace("org.ccmkit.io.", ""));
      }
    }
    String readme = Files.readString(io.resolve("README.md"));
    Matcher list = Pattern.compile("<!-- public types -->\\n(.*?)\\n<!-- end -->", Pattern.DOTALL).matcher(readme);
    assertTrue(list.find(), "ccm-io/README.md lists its public types between <!-- public types --> and <!-- end -->");
    TreeSet<String> listed = new TreeSet<>();
    Matcher name = Pattern.compile("`([a-z.]*[A-Z][A-Za-z0-9]*)`").matcher(list.group(1));
    while (name.find()) {
      listed.add(name.group(1));
    }
    assertEquals(found, listed, "ccm-io's public types against its README's list");
  }

  /** The libraries whose types stay behind ccm-io's public surface: Jackson, snakeyaml and Apache POI. */
  private static final List<String> HIDDEN_LIBRARIES = List.of("com.fasterxml.jackson.", "org.yaml.snakeyaml.",
      "org.apache.poi.");

  /**
   * The public members that do show a Jackson type, each for a reason: the rows of the reader SPI hold their cells as
   * Jackson trees, so a reader of another format (and the built-in ones) builds them from {@code JsonNode}s and a
   * converter reads them as such. Listed here so that a new one is a decision, not an accident.
   */
  private static final java.util.Set<String> SPI_ROWS = java.util.Set.of(
      "read.Row#get", "read.TreeRow#get", "read.TreeRow#nested", "read.TreeRow#node", "read.TreeRow#<init>",
      "read.FlatRow#get", "read.FlatRow#of", "read.FlatRow#ofSheet");

  @Test
  void noPublicTypeOfCcmIoShowsAJacksonSnakeyamlOrPoiType() throws Exception {
    TreeSet<String> shown = new TreeSet<>();
    int checked = 0;
    for (String name : publicTypes(root().resolve("ccm-io").resolve("src/main/java"))) {
      Class<?> type = Class.forName(name);
      checked++;
      String at = name.replace("org.ccmkit.io.", "");
      check(at + " extends", type.getGenericSuperclass(), shown);
      for (java.lang.reflect.Type i : type.getGenericInterfaces()) {
        check(at + " implements", i, shown);
      }
      for (java.lang.reflect.Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          check(at + "#" + f.getName(), f.getGenericType(), shown);
        }
      }
      for (java.lang.reflect.Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          checkAll(at + "#<init>", c.getGenericParameterTypes(), c.getGenericExceptionTypes(), shown);
        }
      }
      for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          check(at + "#" + m.getName(), m.getGenericReturnType(), shown);
          checkAll(at + "#" + m.getName(), m.getGenericParameterTypes(), m.getGenericExceptionTypes(), shown);
        }
      }
    }
    assertTrue(checked > 40, "public types checked: " + checked);
    TreeSet<String> unexpected = new TreeSet<>();
    TreeSet<String> spi = new TreeSet<>();
    for (String s : shown) {
      (SPI_ROWS.contains(s.substring(0, s.indexOf(' '))) ? spi : unexpected).add(s);
    }
    assertEquals(new TreeSet<>(), unexpected, "public members of ccm-io that show a Jackson, snakeyaml or POI type");
    assertEquals(SPI_ROWS, spi.stream().map(s -> s.substring(0, s.indexOf(' '))).collect(
        java.util.stream.Collectors.toSet()), "the reader SPI's rows, each still showing a Jackson type: " + spi);
  }

  private static boolean visible(int modifiers) {
    return java.lang.reflect.Modifier.isPublic(modifiers) || java.lang.reflect.Modifier.isProtected(modifiers);
  }

  private static void checkAll(String at, java.lang.reflect.Type[] parameters, java.lang.reflect.Type[] exceptions,
      TreeSet<String> shown) {
    for (java.lang.reflect.Type t : parameters) {
      check(at, t, shown);
    }
    for (java.lang.reflect.Type t : exceptions) {
      check(at, t, shown);
    }
  }

  /** Adds {@code "at type"} to {@code shown} for each hidden library's type {@code type} is, holds or is bounded by. */
  private static void check(String at, java.lang.reflect.Type type, TreeSet<String> shown) {
    check(at, type, shown, new java.util.HashSet<>());
  }

  private static void check(String at, java.lang.reflect.Type type, TreeSet<String> shown,
      java.util.Set<java.lang.reflect.Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        check(at, c.getComponentType(), shown, seen);
      } else if (HIDDEN_LIBRARIES.stream().anyMatch(c.getName()::startsWith)) {
        shown.add(at + " " + c.getName());
      }
    } else if (type instanceof java.lang.reflect.ParameterizedType p) {
      check(at, p.getRawType(), shown, seen);
      for (java.lang.reflect.Type a : p.getActualTypeArguments()) {
        check(at, a, shown, seen);
      }
    } else if (type instanceof java.lang.reflect.GenericArrayType g) {
      check(at, g.getGenericComponentType(), shown, seen);
    } else if (type instanceof java.lang.reflect.WildcardType w) {
      for (java.lang.reflect.Type b : w.getUpperBounds()) {
        check(at, b, shown, seen);
      }
      for (java.lang.reflect.Type b : w.getLowerBounds()) {
        check(at, b, shown, seen);
      }
    } else if (type instanceof java.lang.reflect.TypeVariable<?> v) {
      for (java.lang.reflect.Type b : v.getBounds()) {
        check(at, b, shown, seen);
      }
    }
  }

  /** {@return the binary names (package.Outer$Inner) of the types of {@code sources} that can be reached from outside} */
  private static ImmutableSortedSet<String> publicTypes(Path sources) throws IOException {
    ImmutableSortedSet.Builder<String> out = ImmutableSortedSet.naturalOrder();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
        // Each enclosing declaration: its indentation, name, whether it can be reached, whether it is an interface.
        Deque<Object[]> enclosing = new ArrayDeque<>();
        for (String line : Files.readAllLines(file)) {
          Matcher m = DECLARATION.matcher(line);
          if (!m.find() || line.trim().startsWith("*") || line.trim().startsWith("//")) {
            continue;
          }
          int indent = m.group(1).length();
          while (!enclosing.isEmpty() && (int) enclosing.peek()[0] >= indent) {
            enclosing.pop();
          }
          boolean inInterface = !enclosing.isEmpty() && (boolean) enclosing.peek()[3];
          boolean outerReached = enclosing.isEmpty() || (boolean) enclosing.peek()[2];
          boolean declaredPublic = m.group(2).contains("public");
          boolean privateOrProtected = m.group(2).contains("private") || m.group(2).contains("protected");
          boolean reached = outerReached && (declaredPublic || inInterface && !privateOrProtected);
          String name = enclosing.isEmpty() ? m.group(4) : enclosing.peek()[1] + "$" + m.group(4);
          boolean isInterface = m.group(3).equals("interface") || m.group(3).equals("@interface");
          enclosing.push(new Object[] {indent, name, reached, isInterface});
          if (reached) {
            out.add(pkg + "." + name);
          }
        }
      }
    }
    return out.build();
  }

  /** {@return the repository's root: the folder holding the four modules} */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("ccm-model")) && Files.isDirectory(p.resolve("ccm-io"))) {
        return p;
      }
    }
    throw new IllegalStateException("no folder above " + here + " holds the modules");
  }
}
