package org.ccmkit.model.convention;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * One of the 23 articles of the Convention on Cluster Munitions, with its title and the kind of obligation it
 * carries. The full list is the Convention catalogue ({@code org.ccmkit.io.Catalogues.convention()}).
 */
@Value.Immutable
public abstract class Article {

  /** Implemented in this package only (by the generated immutable class). */
  Article() {}

  /** {@return the article's number, 1 to {@value ArticleRef#ARTICLE_COUNT}} */
  public abstract int number();

  /** {@return the article's title as the Convention gives it, e.g. "Victim assistance"} */
  public abstract String title();

  /** {@return the kind of obligation the article carries} */
  public abstract ObligationKind obligationKind();

  /**
   * An article.
   *
   * @param number the number
   * @param title the title
   * @param obligationKind the kind of obligation
   * @return an article
   */
  public static Article of(int number, String title, ObligationKind obligationKind) {
    return ImmutableArticle.builder().number(number).title(title).obligationKind(obligationKind).build();
  }

  /** {@return a reference to this article as a whole} */
  public ArticleRef ref() {
    return ArticleRef.of(number());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    ArticleRef.checkArticleNumber(number());
    checkArgument(!title().isBlank(), "Article.title must not be blank (article %s)", number());
  }

  @Override
  public String toString() {
    return "Art. " + number() + " " + title();
  }
}
