package org.ccmkit.model.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** References to articles and paragraphs as the documents write them. */
class ArticleRefTest {

  @Test
  void parsesTheFormsTheDocumentsUse() {
    assertEquals(ArticleRef.of(4, "1", "a"), ArticleRef.parse("4(1)(a)"));
    assertEquals(ArticleRef.of(4, "5"), ArticleRef.parse("Art. 4(5)"));
    assertEquals(ArticleRef.of(3, "6"), ArticleRef.parse("Article 3(6)"));
    assertEquals(ArticleRef.of(3, "6"), ArticleRef.parse("3.6"));
    assertEquals(ArticleRef.of(21), ArticleRef.parse("21"));
  }

  @Test
  void printsAsCited() {
    assertEquals("Art. 4(1)(c)", ArticleRef.of(4, "1", "c").toString());
    assertEquals("7(1)(k)", ArticleRef.of(7, "1", "k").code());
  }

  @Test
  void anUnknownArticleIsRefusedWithItsNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleRef.of(24));
    assertTrue(e.getMessage().contains("between 1 and 23") && e.getMessage().contains("24"), e.getMessage());
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> ArticleRef.parse("Art. four"));
    assertTrue(p.getMessage().contains("Art. four"), p.getMessage());
  }

  @Test
  void aParagraphLiesWithinItsArticle() {
    assertTrue(ArticleRef.of(4, "1", "a").isWithin(ArticleRef.of(4)));
    assertTrue(ArticleRef.of(4, "1", "a").isWithin(ArticleRef.of(4, "1")));
    assertFalse(ArticleRef.of(4).isWithin(ArticleRef.of(4, "1")));
    assertFalse(ArticleRef.of(3, "6").isWithin(ArticleRef.of(4)));
  }

  @Test
  void ordersByArticleThenParagraph() {
    List<ArticleRef> sorted = List.of(ArticleRef.of(10), ArticleRef.of(4, "5"), ArticleRef.of(4), ArticleRef.of(4, "10"))
        .stream().sorted().toList();
    assertEquals(List.of(ArticleRef.of(4), ArticleRef.of(4, "5"), ArticleRef.of(4, "10"), ArticleRef.of(10)), sorted);
  }
}
