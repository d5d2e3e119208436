package org.ccmkit.io.table;

/**
 * The shapes of text a row's fields are checked against on every row, written out by hand instead of as regular
 * expressions, whose matchers were a fifth of the cost of reading a long fact table.
 */
final class Shapes {

  private Shapes() {}

  /** A data element key: {@code [a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+}. */
  static boolean isElementKey(String s) {
    int n = s.length();
    boolean dot = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '-' || c == '.') {
        if (i == 0 || i == n - 1 || !lowerOrDigit(s.charAt(i - 1)) || !lowerOrDigit(s.charAt(i + 1))) {
          return false;
        }
        dot |= c == '.';
      } else if (!lowerOrDigit(c)) {
        return false;
      }
    }
    return dot;
  }

  /** A number as text: {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?}. */
  static boolean isNumber(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int whole = digits(s, i);
    i += whole;
    int fraction = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      fraction = digits(s, i);
      i += fraction;
    }
    if (whole == 0 && fraction == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponent = digits(s, i);
      if (exponent < 1 || exponent > 4) {
        return false;
      }
      i += exponent;
    }
    return i == n;
  }

  /** One or more digits 0–9: {@code \d+}. */
  static boolean isWhole(String s) {
    return !s.isEmpty() && digits(s, 0) == s.length();
  }

  /** Digits with a decimal point: {@code \d*\.\d+|\d+\.\d*}. */
  static boolean isDecimal(String s) {
    int dot = s.indexOf('.');
    if (dot < 0 || s.length() == 1) {
      return false;
    }
    return digits(s, 0) == dot && digits(s, dot + 1) == s.length() - dot - 1;
  }

  /** The shape of an ISO date: {@code \d{4}-\d{2}-\d{2}}. */
  static boolean isIsoDate(String s) {
    return s.length() == 10 && digits(s, 0) == 4 && s.charAt(4) == '-' && digits(s, 5) == 2 && s.charAt(7) == '-'
        && digits(s, 8) == 2;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static boolean lowerOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }
}
