package org.ccmkit.model.convention;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reference to an article of the Convention and, optionally, a paragraph and sub-paragraphs of it, written the way
 * the documents cite rules: {@code Art. 4}, {@code Art. 4(5)}, {@code Art. 4(1)(a)}, {@code Art. 3(6)}.
 */
@Value.Immutable
public abstract class ArticleRef implements Comparable<ArticleRef> {

  /** Implemented in this package only (by the generated immutable class). */
  ArticleRef() {}

  /** The number of articles in the Convention. */
  public static final int ARTICLE_COUNT = 23;

  private static final Pattern SYNTAX =
      Pattern.compile("(?:Art(?:icle)?\\.?\\s*)?(\\d{1,2})((?:\\(\\s*[0-9a-z]{1,4}\\s*\\))*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PART = Pattern.compile("\\(\\s*([0-9a-z]{1,4})\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})");

  /** {@return the article number, 1 to 23} */
  public abstract int article();

  /**
   * {@return Paragraph and sub-paragraph labels in order, e.g. {@code ["1", "a"]} for {@code Art. 4(1)(a)}; may be empty}
   */
  public abstract ImmutableList<String> paragraphs();

  /**
   * A reference to a whole article.
   *
   * @param article the article's number
   * @return a reference to a whole article
   */
  public static ArticleRef of(int article) {
    return ImmutableArticleRef.builder().article(article).build();
  }

  /**
   * A reference to a paragraph (and sub-paragraphs) of an article: {@code of(4, "1", "a")} is {@code Art. 4(1)(a)}.
   *
   * @param article the article's number
   * @param paragraphs the paragraphs
   * @return a reference to a paragraph (and sub-paragraphs) of an article: {@code of(4, "1", "a")} is {@code Art.
   *     4(1)(a)}
   */
  public static ArticleRef of(int article, String... paragraphs) {
    return ImmutableArticleRef.builder().article(article).addParagraphs(paragraphs).build();
  }

  /**
   * Parses a reference as the documents write it: {@code "4"}, {@code "4(1)(a)"}, {@code "Art. 4(5)"},
   * {@code "Article 3(6)"}, or the dotted form {@code "3.6"}.
   *
   *
   * @param text the text
   * @return the article ref
   * @throws IllegalArgumentException naming the text if it is not a reference to one of the 23 articles
   */
  public static ArticleRef parse(String text) {
    checkArgument(text != null, "article reference must not be null");
    String trimmed = text.trim();
    Matcher dotted = DOTTED.matcher(trimmed);
    if (dotted.matches()) {
      return of(Integer.parseInt(dotted.group(1)), dotted.group(2));
    }
    Matcher m = SYNTAX.matcher(trimmed);
    checkArgument(m.matches(), "article reference must look like '4', '4(1)(a)' or 'Art. 3(6)', was '%s'", text);
    ImmutableArticleRef.Builder b = ImmutableArticleRef.builder().article(Integer.parseInt(m.group(1)));
    Matcher part = PART.matcher(m.group(2));
    while (part.find()) {
      b.addParagraphs(part.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return b.build();
  }

  /**
   * Whether this reference is {@code other} or lies within it ({@code Art. 4(1)(a)} lies within {@code Art. 4}).
   *
   * @param other the other one
   * @return whether this reference is {@code other} or lies within it ({@code Art. 4(1)(a)} lies within {@code Art. 4})
   */
  public boolean isWithin(ArticleRef other) {
    return article() == other.article()
        && paragraphs().size() >= other.paragraphs().size()
        && paragraphs().subList(0, other.paragraphs().size()).equals(other.paragraphs());
  }

  /** {@return the compact form used in data files: {@code 4(1)(a)}} */
  public String code() {
    StringBuilder s = new StringBuilder().append(article());
    paragraphs().forEach(p -> s.append('(').append(p).append(')'));
    return s.toString();
  }

  @Override
  public int compareTo(ArticleRef o) {
    int c = Integer.compare(article(), o.article());
    for (int i = 0; c == 0 && i < Math.min(paragraphs().size(), o.paragraphs().size()); i++) {
      c = comparePart(paragraphs().get(i), o.paragraphs().get(i));
    }
    return c != 0 ? c : Integer.compare(paragraphs().size(), o.paragraphs().size());
  }

  private static int comparePart(String a, String b) {
    boolean na = a.chars().allMatch(Character::isDigit);
    boolean nb = b.chars().allMatch(Character::isDigit);
    return na && nb ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
  }

  static void checkArticleNumber(int number) {
    checkArgument(number >= 1 && number <= ARTICLE_COUNT,
        "article must be between 1 and %s (the Convention has %s articles), was %s", ARTICLE_COUNT, ARTICLE_COUNT, number);
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArticleNumber(article());
    for (String p : paragraphs()) {
      checkArgument(p.matches("[0-9a-z]{1,4}"), "paragraph label must be a number or letters, was '%s' in Art. %s", p, article());
    }
  }

  @Override
  public String toString() {
    return "Art. " + code();
  }
}
