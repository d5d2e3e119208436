package org.ccmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccmkit.io.Catalogues;
import org.ccmkit.model.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/**
 * {@code doc(...)} in JShell shows a library type's or member's Javadoc from its sources, which JShell's own Shift-Tab
 * cannot read (it reads the JDK's {@code src.zip} only).
 */
class ShellDocTest {

  @Test
  void aMethodsJavadocIsShownAfterItsDeclaration() {
    String doc = ShellSession.doc(Catalogues.class, "lausanne");
    assertTrue(doc.startsWith("public static ActionPlan lausanne()\n"), doc);
    assertTrue(doc.contains("Returns the Lausanne Action Plan 2021–2026 (50 actions in sections II–XI, the indicators "
        + "of its Annex 1)."), doc);
  }

  @Test
  void everyOverloadIsShownAndInlineTagsReadAsWords() {
    String doc = ShellSession.doc(ActionPlan.class, "indicatorOrThrow");
    assertTrue(doc.contains("indicatorOrThrow(String id)"), doc);
    assertTrue(!doc.contains("{@code") && !doc.contains("{@link"), doc);
  }

  @Test
  void aTypesOwnJavadocIsShown() {
    String doc = ShellSession.doc(Catalogues.class);
    assertTrue(doc.startsWith("public final class Catalogues\n"), doc);
  }

  @Test
  void aMemberItDoesNotDocumentIsRefusedWithTheMembersItHas() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ShellSession.doc(Catalogues.class, "lausane"));
    assertTrue(e.getMessage().startsWith("doc: Catalogues documents no member named 'lausane'; its public members are ["),
        e.getMessage());
    assertTrue(e.getMessage().contains("lausanne"), e.getMessage());
    assertEquals("doc: type and member must not be null, were null, x",
        assertThrows(IllegalArgumentException.class, () -> ShellSession.doc(null, "x")).getMessage());
  }
}
