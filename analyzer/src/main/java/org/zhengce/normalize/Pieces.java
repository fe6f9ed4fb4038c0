package org.zhengce.normalize;

import java.util.Arrays;
import org.zhengce.text.TextEditor;

/**
 * How a converted text lines up with its input, left to right: linear pieces map position by
 * position (same length), whole pieces map only as a whole. Built by one call, then read.
 */
final class Pieces {
  private int[] in = new int[4];
  private int[] out = new int[4];
  private boolean[] whole = new boolean[4];
  private int size;

  void linear(int n) {
    if (n == 0) {
      return;
    }
    if (size > 0 && !whole[size - 1]) {
      in[size - 1] += n;
      out[size - 1] += n;
    } else {
      add(n, n, false);
    }
  }

  void whole(int inLength, int outLength) {
    add(inLength, outLength, true);
  }

  void append(Pieces other) {
    for (int k = 0; k < other.size; k++) {
      if (other.whole[k]) {
        whole(other.in[k], other.out[k]);
      } else {
        linear(other.in[k]);
      }
    }
  }

  private void add(int inLength, int outLength, boolean asWhole) {
    if (size == in.length) {
      in = Arrays.copyOf(in, size * 2);
      out = Arrays.copyOf(out, size * 2);
      whole = Arrays.copyOf(whole, size * 2);
    }
    in[size] = inLength;
    out[size] = outLength;
    whole[size] = asWhole;
    size++;
  }

  private boolean isLinear() {
    return size == 0 || (size == 1 && !whole[0]);
  }

  /**
   * These pieces (input to middle) followed by {@code next} (middle to output). Where whole
   * pieces of either overlap, the result is one whole piece from a boundary both share to the
   * next one; elsewhere it stays linear.
   */
  Pieces then(Pieces next) {
    if (isLinear()) {
      return next;
    }
    if (next.isLinear()) {
      return this;
    }
    Pieces result = new Pieces();
    int i = 0; // piece of this at mid, starting at middle position a
    int j = 0; // piece of next at mid, starting at middle position b
    int a = 0;
    int b = 0;
    int mid = 0;
    while (i < size) {
      if (!whole[i] && !next.whole[j]) {
        int stop = Math.min(a + out[i], b + next.in[j]);
        result.linear(stop - mid);
        mid = stop;
      } else {
        int inLength = 0;
        int outLength = 0;
        int end = mid;
        do {
          if (whole[i] && mid == a) {
            inLength += in[i];
            end = Math.max(end, a + out[i]);
          }
          if (next.whole[j] && mid == b) {
            outLength += next.out[j];
            end = Math.max(end, b + next.in[j]);
          }
          int stop = Math.min(Math.min(a + out[i], b + next.in[j]), end);
          inLength += whole[i] ? 0 : stop - mid;
          outLength += next.whole[j] ? 0 : stop - mid;
          mid = stop;
          if (mid < end) {
            if (mid == a + out[i]) {
              a = mid;
              i++;
            }
            if (mid == b + next.in[j]) {
              b = mid;
              j++;
            }
          }
        } while (mid < end);
        result.whole(inLength, outLength);
      }
      if (mid == a + out[i]) {
        a = mid;
        i++;
      }
      if (j < next.size && mid == b + next.in[j]) {
        b = mid;
        j++;
      }
    }
    return result;
  }

  /** Writes {@code text}, the converted text these pieces describe, through {@code editor}. */
  void writeTo(String text, TextEditor editor) {
    int pos = 0;
    for (int k = 0; k < size; k++) {
      CharSequence piece = text.subSequence(pos, pos + out[k]);
      if (whole[k]) {
        editor.replace(in[k], piece);
      } else {
        editor.map(piece);
      }
      pos += out[k];
    }
  }
}
