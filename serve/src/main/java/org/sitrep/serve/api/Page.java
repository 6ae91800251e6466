package org.sitrep.serve.api;

import java.util.List;

/**
 * One page of a list answer.
 *
 * @param items the page's items, in the list's order
 * @param offset how many items come before this page
 * @param limit the page size asked for
 * @param next the path and query of the next page, or null on the last page
 */
public record Page<T>(List<T> items, int offset, int limit, String next) {
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The page {@code [offset, offset + limit)} of {@code fetched}, a list read from the start with
   * one item more than the page needs, so that a next page is known to exist without counting.
   */
  static <T> Page<T> of(List<T> fetched, int offset, int limit, String nextPath) {
    List<T> items = fetched.subList(Math.min(offset, fetched.size()), fetched.size());
    boolean more = items.size() > limit;
    return new Page<>(
        items.subList(0, Math.min(limit, items.size())), offset, limit, more ? nextPath : null);
  }

  /** The page at {@code offset} from {@code fetched}, read from there with one item more. */
  static <T> Page<T> after(List<T> fetched, int offset, int limit, String nextPath) {
    boolean more = fetched.size() > limit;
    return new Page<>(
        fetched.subList(0, Math.min(limit, fetched.size())), offset, limit, more ? nextPath : null);
  }
}
