package org.ccmkit.io.read;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The readers available, found on the class path through {@link ServiceLoader} (the built-in JSON, YAML and CSV
 * readers, and any a user's jar registers), and looked up by format name, file extension or media type. When two
 * readers claim the same extension or media type, the first found wins.
 */
public final class ReaderRegistry {

  private final ImmutableList<DatasetReader> readers;
  private final ImmutableList<String> problems;

  private ReaderRegistry(ImmutableList<DatasetReader> readers, ImmutableList<String> problems) {
    this.readers = readers;
    this.problems = problems;
  }

  /**
   * {@return the readers registered on the class path of the current thread's context class loader (or this class's)}
   */
  public static ReaderRegistry load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader == null ? ReaderRegistry.class.getClassLoader() : loader);
  }

  /**
   * The readers registered on the class path of {@code loader}.
   *
   * @param loader loads the value
   * @return the readers registered on the class path of {@code loader}
   */
  public static ReaderRegistry load(ClassLoader loader) {
    ImmutableList.Builder<DatasetReader> found = ImmutableList.builder();
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    Iterator<DatasetReader> it = ServiceLoader.load(DatasetReader.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        // A broken provider in someone's jar must not hide the others; it is reported by problems().
        problems.add(String.valueOf(e.getMessage()));
      }
    }
    return new ReaderRegistry(found.build(), problems.build());
  }

  /**
   * A registry of exactly {@code readers}.
   *
   * @param readers the readers
   * @return a registry of exactly {@code readers}
   */
  public static ReaderRegistry of(Iterable<? extends DatasetReader> readers) {
    return new ReaderRegistry(ImmutableList.copyOf(readers), ImmutableList.of());
  }

  /** {@return the readers, in the order found} */
  public ImmutableList<DatasetReader> readers() {
    return readers;
  }

  /**
   * Providers named in {@code META-INF/services} that could not be loaded, with the reason.
   *
   * @return each provider that could not be loaded, with the reason
   */
  public ImmutableList<String> problems() {
    return problems;
  }

  /**
   * The reader of format {@code format} ({@code csv}), ignoring case.
   *
   * @param format the format's name
   * @return the reader of format {@code format} ({@code csv}), ignoring case
   */
  public Optional<DatasetReader> forFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    return readers.stream().filter(r -> r.format().equals(f)).findFirst();
  }

  /**
   * The reader of files with extension {@code extension} ({@code yml}, with or without the dot), ignoring case.
   *
   * @param extension the extension
   * @return the reader of files with extension {@code extension} ({@code yml}, with or without the dot), ignoring case
   */
  public Optional<DatasetReader> forExtension(String extension) {
    String e = extension.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
    return readers.stream().filter(r -> r.fileExtensions().contains(e)).findFirst();
  }

  /**
   * The reader of media type {@code mediaType} ({@code text/csv; charset=utf-8}: parameters are ignored).
   *
   * @param mediaType the media type
   * @return the reader of media type {@code mediaType} ({@code text/csv; charset=utf-8}: parameters are ignored)
   */
  public Optional<DatasetReader> forMediaType(String mediaType) {
    String m = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return readers.stream().filter(r -> r.mediaTypes().contains(m)).findFirst();
  }

  /**
   * The reader of {@code input}: by its media type if it has one, else by its file extension.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the reader of {@code input}: by its media type if it has one, else by its file extension
   */
  public Optional<DatasetReader> forInput(Input input) {
    Optional<DatasetReader> byType = input.mediaType().flatMap(this::forMediaType);
    return byType.isPresent() ? byType : forExtension(input.extension());
  }

  /**
   * The reader of {@code input}, or an {@link FailureKind#UNSUPPORTED_FORMAT} failure naming what is supported.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the reader of {@code input}, or an {@link FailureKind#UNSUPPORTED_FORMAT} failure naming what is supported
   */
  public ReadResult<Optional<DatasetReader>> find(Input input) {
    Optional<DatasetReader> reader = forInput(input);
    if (reader.isPresent()) {
      return ReadResult.of(reader);
    }
    return ReadResult.failed(Optional.empty(), Failure.of(FailureKind.UNSUPPORTED_FORMAT, Location.of(input.name()),
        "no reader for this kind of file", input.mediaType().orElse("." + input.extension()),
        "one of the extensions " + readers.stream().flatMap(r -> r.fileExtensions().stream()).sorted().toList()
            + " (readers are registered in META-INF/services/" + DatasetReader.class.getName() + ")"));
  }

  @Override
  public String toString() {
    return "ReaderRegistry" + readers.stream().map(DatasetReader::format).toList();
  }
}
