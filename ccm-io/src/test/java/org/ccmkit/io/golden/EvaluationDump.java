package org.ccmkit.io.golden;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.model.plan.Indicator;

/**
 * Every field of an {@link Evaluation}, and of every value it holds, written out as text, one attribute a line: the
 * form in which results before and after a change to the evaluator are compared field by field. The fields are read by
 * reflection from the immutable implementations, so an attribute added to a result type is compared without this
 * class knowing of it; a population result, whose subjects may be built when first read, is written by its attributes. The indicator evaluated is the input, not the result, and is written by its id.
 */
final class EvaluationDump {

  private EvaluationDump() {}

  /** The text of {@code evaluation}, ending with a line break. */
  static String of(Evaluation evaluation) {
    StringBuilder out = new StringBuilder();
    write(out, 0, "evaluation", evaluation);
    return out.toString();
  }

  private static void write(StringBuilder out, int depth, String name, Object value) {
    out.append("  ".repeat(depth)).append(name).append(": ");
    if (value == null) {
      out.append("null\n");
    } else if (value instanceof Optional<?> o) {
      if (o.isEmpty()) {
        out.append("empty\n");
      } else {
        out.append("present\n");
        write(out, depth + 1, "value", o.get());
      }
    } else if (value instanceof Collection<?> c) {
      out.append(c.size()).append(" item(s)\n");
      int i = 0;
      for (Object item : c) {
        write(out, depth + 1, "[" + i++ + "]", item);
      }
    } else if (value instanceof Map<?, ?> m) {
      out.append(m.size()).append(" entr(ies)\n");
      for (Map.Entry<?, ?> e : m.entrySet()) {
        write(out, depth + 1, String.valueOf(e.getKey()), e.getValue());
      }
    } else if (value instanceof Indicator i) {
      out.append("indicator ").append(i.id()).append('\n');
    } else if (value instanceof Evaluation e) {
      // By its attributes in their order, as Immutables' implementation held them: its population results may be made
      // only when read, from what it keeps in their stead.
      out.append("Evaluation\n");
      write(out, depth + 1, "indicator", e.indicator());
      write(out, depth + 1, "cycle", e.cycle());
      write(out, depth + 1, "status", e.status());
      write(out, depth + 1, "reason", e.reason().orElse(null));
      write(out, depth + 1, "populationRule", e.populationRule());
      write(out, depth + 1, "populations", e.populations());
      write(out, depth + 1, "score", e.score().orElse(null));
      write(out, depth + 1, "baseline", e.baseline().orElse(null));
      write(out, depth + 1, "published", e.published());
      write(out, depth + 1, "flags", e.flags());
    } else if (value instanceof Score s) {
      // By its attributes in their order, as Immutables' implementation held them: it keeps those most scores lack
      // apart, in one shared value.
      out.append("Score\n");
      write(out, depth + 1, "units", s.units());
      write(out, depth + 1, "count", s.count().orElse(null));
      write(out, depth + 1, "denominator", s.denominator().orElse(null));
      write(out, depth + 1, "percentage", s.percentage().orElse(null));
      write(out, depth + 1, "quantity", s.quantity().orElse(null));
      write(out, depth + 1, "change", s.change().orElse(null));
      write(out, depth + 1, "bound", s.bound().orElse(null));
      write(out, depth + 1, "period", s.period().orElse(null));
      write(out, depth + 1, "component", s.component().orElse(null));
    } else if (value instanceof PopulationResult p) {
      // By its attributes, as Immutables' implementation held them: its subjects may be built only when read.
      out.append("PopulationResult\n");
      write(out, depth + 1, "code", p.code());
      write(out, depth + 1, "subjects", p.subjects());
    } else if (isComposite(value)) {
      out.append(simpleType(value)).append('\n');
      for (Field f : fields(value.getClass())) {
        try {
          f.setAccessible(true);
          // An optional attribute as Immutables' classes hold it, its value or null: a value class written by hand may
          // keep the Optional itself, and the same value must give the same text.
          Object attribute = f.get(value) instanceof Optional<?> o ? o.orElse(null) : f.get(value);
          write(out, depth + 1, f.getName(), attribute);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + f, e);
        }
      }
    } else if (value instanceof Enum<?> e) {
      // An enum by its constant alone: the value is what is compared, not the name of the type that holds it.
      out.append("constant ").append(e.name()).append('\n');
    } else {
      // Strings, numbers (BigDecimal with its scale), dates, booleans.
      out.append(value.getClass().getSimpleName()).append(' ').append(value).append('\n');
    }
  }

  private static boolean isComposite(Object value) {
    return value.getClass().getName().startsWith("org.ccmkit.") && !value.getClass().isEnum()
        && !(value instanceof Enum<?>);
  }

  private static String simpleType(Object value) {
    String name = value.getClass().getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }

  /** The instance fields of {@code type} and its superclasses, but Immutables' hash and initialisation shims. */
  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.getName().equals("initShim")
            && !f.getName().startsWith("lazyInit") && !f.isSynthetic()) {
          fields.add(f);
        }
      }
    }
    return fields;
  }
}
