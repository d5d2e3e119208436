package org.ccmkit.io.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;

/**
 * The same counts in DuckDB SQL, in process through JDBC: the populations, the affirmative facts of the cycle and the
 * extension requests loaded into three tables, one prepared statement an indicator ({@code count(*)} of the
 * population's members meeting the qualifier, and {@code count(*) FILTER} those also affirming every element, each an
 * {@code EXISTS} on the facts). The driver is on the classpath only in the {@code duckdb} profile
 * ({@code mvn -Pduckdb ...}, see BENCHMARKS.md); the library and {@code mvn verify} never pull it.
 */
final class DuckDbCounts implements AutoCloseable {

  private final Connection connection;
  private final List<PreparedStatement> queries = new ArrayList<>();

  DuckDbCounts(PlanCounts input) throws SQLException {
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new SQLException("no DuckDB JDBC driver on the classpath: run the benchmark with the duckdb profile, "
          + "mvn -Pduckdb -pl ccm-io test-compile exec:exec@jmh (" + e.getMessage() + ")", e);
    }
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE populations (population INTEGER, subject VARCHAR)");
      s.execute("CREATE TABLE affirmed (element VARCHAR, subject VARCHAR)");
      s.execute("CREATE TABLE requests (article INTEGER, subject VARCHAR)");
    }
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO populations VALUES (?, ?)")) {
      for (int k = 0; k < input.populations.size(); k++) {
        for (String subject : input.populations.get(k)) {
          p.setInt(1, k);
          p.setString(2, subject);
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    Set<List<String>> affirmed = new LinkedHashSet<>();
    for (Fact f : input.affirmative) {
      affirmed.add(List.of(f.element(), f.subject()));
    }
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO affirmed VALUES (?, ?)")) {
      for (List<String> a : affirmed) {
        p.setString(1, a.get(0));
        p.setString(2, a.get(1));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO requests VALUES (?, ?)")) {
      for (ExtensionRequest r : input.requests) {
        p.setInt(1, r.article());
        p.setString(2, r.id());
        p.addBatch();
      }
      p.executeBatch();
    }
    String affirms = "EXISTS (SELECT 1 FROM affirmed a WHERE a.element = ? AND a.subject = p.subject)";
    for (PlanCounts.Counted c : input.indicators) {
      String qualifier = c.qualifier().isEmpty() ? "TRUE" : "(" + affirms + (c.requestArticle().isEmpty() ? ""
          : " OR EXISTS (SELECT 1 FROM requests r WHERE r.article = ? AND r.subject = p.subject)") + ")";
      String criterion = c.elements().isEmpty() ? "TRUE"
          : String.join(" AND ", Collections.nCopies(c.elements().size(), affirms));
      PreparedStatement q = connection.prepareStatement("SELECT count(*), count(*) FILTER (WHERE " + criterion
          + ") FROM populations p WHERE p.population = ? AND " + qualifier);
      int n = 1;
      for (String e : c.elements()) {
        q.setString(n++, e);
      }
      q.setInt(n++, c.population());
      if (c.qualifier().isPresent()) {
        q.setString(n++, c.qualifier().get());
      }
      if (c.requestArticle().isPresent()) {
        q.setInt(n, c.requestArticle().get());
      }
      queries.add(q);
    }
  }

  /** The denominator and numerator of each indicator, in order. */
  int[] count() throws SQLException {
    int[] counts = new int[2 * queries.size()];
    for (int k = 0; k < queries.size(); k++) {
      try (ResultSet r = queries.get(k).executeQuery()) {
        r.next();
        counts[2 * k] = r.getInt(1);
        counts[2 * k + 1] = r.getInt(2);
      }
    }
    return counts;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement q : queries) {
      q.close();
    }
    connection.close();
  }
}
