package org.sitrep.store.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MinHash signatures of articles' word 4-grams, and their locality-sensitive bands: two articles
 * sharing a band are candidates for a wire copy, and the fraction of equal signature values
 * estimates the Jaccard similarity of their 4-gram sets.
 *
 * <p>Design decision: 64 values in 16 bands of 4. Articles at similarity 0.5 share a band with
 * probability 0.64, at 0.7 with 0.99; the exact threshold is applied to the estimate afterwards.
 */
public final class MinHash {
  static final int SIZE = 64;
  private static final int ROWS = 4;
  private static final int SHINGLE = 4;
  private static final long PRIME = (1L << 61) - 1;
  private static final long[] A = new long[SIZE];
  private static final long[] B = new long[SIZE];

  static {
    // Fixed coefficients: signatures must compare across runs and machines.
    java.util.Random random = new java.util.Random(20161108L);
    for (int i = 0; i < SIZE; i++) {
      A[i] = 1 + Math.floorMod(random.nextLong(), PRIME - 1);
      B[i] = Math.floorMod(random.nextLong(), PRIME);
    }
  }

  private MinHash() {}

  /** The signature of a text, or an empty array when it has fewer words than one shingle. */
  public static long[] signature(String text) {
    String[] words = Folding.fold(text).split(" ");
    if (words.length < SHINGLE) {
      return new long[0];
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      String shingle = String.join(" ", Arrays.asList(words).subList(i, i + SHINGLE));
      shingles.add(fnv(shingle) & PRIME);
    }
    long[] signature = new long[SIZE];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < SIZE; i++) {
        long value =
            Math.floorMod(Math.multiplyHigh(A[i], shingle) ^ (A[i] * shingle + B[i]), PRIME);
        if (value < signature[i]) {
          signature[i] = value;
        }
      }
    }
    return signature;
  }

  /** The band keys of a signature ("b3:…"), none for an empty signature. */
  public static List<String> bands(long[] signature) {
    List<String> bands = new ArrayList<>();
    for (int band = 0; band * ROWS < signature.length; band++) {
      long hash = 1469598103934665603L;
      for (int row = 0; row < ROWS; row++) {
        hash = (hash ^ signature[band * ROWS + row]) * 1099511628211L;
      }
      bands.add("b" + band + ":" + Long.toHexString(hash));
    }
    return bands;
  }

  /** Estimated Jaccard similarity: the fraction of equal values; 0 when either is empty. */
  public static double similarity(long[] a, long[] b) {
    if (a.length == 0 || a.length != b.length) {
      return 0;
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      equal += a[i] == b[i] ? 1 : 0;
    }
    return (double) equal / a.length;
  }

  static String encode(long[] signature) {
    return Arrays.stream(signature).mapToObj(Long::toHexString).collect(Collectors.joining(","));
  }

  static long[] decode(String encoded) {
    if (encoded.isEmpty()) {
      return new long[0];
    }
    return Arrays.stream(encoded.split(","))
        .mapToLong(v -> Long.parseUnsignedLong(v, 16))
        .toArray();
  }

  private static long fnv(String value) {
    long hash = 1469598103934665603L;
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ b) * 1099511628211L;
    }
    return hash;
  }
}
