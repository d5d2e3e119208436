package org.ccmkit.model.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.immutables.value.Value;

/** A decision or observation recorded with the data: how a row was attributed, where a document contradicts itself. */
@Value.Immutable
public abstract class Note {

  /** Implemented in this package only (by the generated immutable class). */
  Note() {}

  /** {@return what kind of note it is} */
  public abstract NoteKind kind();

  /** {@return the note} */
  public abstract String text();

  /** {@return the passage it refers to} */
  public abstract Optional<SourceRef> source();

  /**
   * A note.
   *
   * @param kind the kind
   * @param text the text
   * @return a note
   */
  public static Note of(NoteKind kind, String text) {
    return ImmutableNote.builder().kind(kind).text(text).build();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(!text().isBlank(), "Note.text must not be blank (kind %s)", kind());
  }

  @Override
  public String toString() {
    return kind() + ": " + text() + source().map(s -> " [" + s + "]").orElse("");
  }
}
