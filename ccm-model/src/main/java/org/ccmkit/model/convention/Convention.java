package org.ccmkit.model.convention;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** The Convention on Cluster Munitions as a catalogue of its 23 articles, in order. */
@Value.Immutable
public abstract class Convention {

  /** Implemented in this package only (by the generated immutable class). */
  Convention() {}

  /** {@return the articles, 1 to 23 in order} */
  public abstract ImmutableList<Article> articles();

  /**
   * The Convention with the given articles.
   *
   * @param articles the articles
   * @return the Convention with the given articles
   */
  public static Convention of(Iterable<Article> articles) {
    return ImmutableConvention.builder().addAllArticles(articles).build();
  }

  /**
   * The article numbered {@code number}.
   *
   *
   * @param number the number
   * @return the article numbered {@code number}
   * @throws IllegalArgumentException naming the number if it is not 1 to 23
   */
  public Article article(int number) {
    ArticleRef.checkArticleNumber(number);
    return articles().get(number - 1);
  }

  /**
   * The article a reference points to.
   *
   * @param ref the reference
   * @return the article a reference points to
   */
  public Article article(ArticleRef ref) {
    return article(ref.article());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(articles().size() == ArticleRef.ARTICLE_COUNT, "Convention must have %s articles, has %s",
        ArticleRef.ARTICLE_COUNT, articles().size());
    for (int i = 0; i < articles().size(); i++) {
      checkArgument(articles().get(i).number() == i + 1, "Convention.articles must be in order: position %s holds "
          + "article %s", i + 1, articles().get(i).number());
    }
  }

  /** {@return the Convention's name and how many articles it holds} */
  @Override
  public String toString() {
    return "Convention on Cluster Munitions: " + articles().size() + " articles";
  }
}
