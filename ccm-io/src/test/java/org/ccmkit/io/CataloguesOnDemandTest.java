package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each shipped catalogue is read from its own file on its first use, and from no other: in a class loader of its own,
 * which records the files asked for, {@code Catalogues.lausanne()} reads {@code lausanne.json} alone and
 * {@code Catalogues.dataElements()} {@code data-elements.json} alone.
 */
class CataloguesOnDemandTest {

  /** Loads ccm-io's classes afresh (so that no catalogue is read yet) and records the catalogue files asked for. */
  static final class Recording extends ClassLoader {
    final List<String> catalogues = new ArrayList<>();

    Recording() {
      super(CataloguesOnDemandTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.ccmkit.io.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            c = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return c;
      }
    }

    @Override
    public URL getResource(String name) {
      if (name.startsWith("org/ccmkit/io/catalogues/")) {
        catalogues.add(name.substring(name.lastIndexOf('/') + 1));
      }
      return getParent().getResource(name);
    }
  }

  private static List<String> filesReadBy(String method) throws ReflectiveOperationException {
    Recording loader = new Recording();
    loader.loadClass("org.ccmkit.io.Catalogues").getMethod(method).invoke(null);
    return loader.catalogues;
  }

  @Test
  void theLausannePlanReadsLausanneJsonAlone() throws ReflectiveOperationException {
    assertEquals(List.of("lausanne.json"), filesReadBy("lausanne"));
  }

  @Test
  void theDataElementsReadDataElementsJsonAlone() throws ReflectiveOperationException {
    assertEquals(List.of("data-elements.json"), filesReadBy("dataElements"));
  }

  @Test
  void theConventionReadsConventionJsonAlone() throws ReflectiveOperationException {
    assertEquals(List.of("convention.json"), filesReadBy("convention"));
  }
}
