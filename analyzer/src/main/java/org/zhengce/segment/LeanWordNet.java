package org.zhengce.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.NShort.Path.AtomNode;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * HanLP's word net and its best path, held in arrays: a word of the net is a row (where it
 * starts), a length, the word and frequency the bigram weights read, and the next word of its row.
 * HanLP made a {@link Vertex}, a string and a list node for every dictionary word of the text, to
 * keep the few on the best path; here only those are made.
 *
 * <p>The net is HanLP's {@code WordBasedSegment.generateWordNet} without forced custom words: the
 * core dictionary's words in the order its trie finds them, a row keeping one word of each length;
 * then runs of rows no word starts at (or of characters of type 11) split into atoms as HanLP's
 * {@code quickAtomSegment} does. The best path is {@code ViterbiSegment}'s with HanLP's weight
 * ({@code MathUtility.calculateWeight}): the same sums in the same order, so ties fall the same way.
 */
final class LeanWordNet {

  /** HanLP's split of characters no dictionary word covers into atoms (its {@code quickAtomSegment}). */
  @FunctionalInterface
  interface Atoms {
    List<AtomNode> split(char[] text, int start, int end);
  }

  private static final int NONE = -1;

  private final char[] text;
  private final Atoms atoms;
  private final Bigrams bigrams;
  /** Per row (0 begins, {@code text.length + 1} ends): its first and last word, or NONE. */
  private final int[] head;
  private final int[] tail;
  private int size;
  private int[] row;
  private int[] length;
  private int[] wordId;
  private int[] frequency;
  private int[] next;
  /** A dictionary word's class word (未##数, 未##地 …) or null, and its attribute as weighed. */
  private String[] classWord;
  private CoreDictionary.Attribute[] attribute;
  /** The vertex of an atom, or of the begin or the end, made at once. */
  private Vertex[] atom;

  private LeanWordNet(char[] text, Atoms atoms, Bigrams bigrams) {
    this.text = text;
    this.atoms = atoms;
    this.bigrams = bigrams;
    int rows = text.length + 2;
    head = new int[rows];
    tail = new int[rows];
    Arrays.fill(head, NONE);
    Arrays.fill(tail, NONE);
    int capacity = 4 * text.length + 8;
    row = new int[capacity];
    length = new int[capacity];
    wordId = new int[capacity];
    frequency = new int[capacity];
    next = new int[capacity];
    classWord = new String[capacity];
    attribute = new CoreDictionary.Attribute[capacity];
    atom = new Vertex[capacity];
  }

  /** The words of HanLP's best path through {@code text}, begin and end vertices included. */
  static List<Vertex> bestPath(char[] text, Atoms atoms, Bigrams bigrams) {
    LeanWordNet net = new LeanWordNet(text, atoms, bigrams);
    net.build();
    return net.path();
  }

  private void build() {
    Vertex begin = Vertex.newB();
    Vertex end = Vertex.newE();
    add(0, 1, begin.wordID, begin.attribute.totalFrequency, null, null, begin);
    add(head.length - 1, 1, end.wordID, end.attribute.totalFrequency, null, null, end);
    DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
    DoubleArrayTrie<CoreDictionary.Attribute>.Searcher searcher = trie.getSearcher(text, 0);
    while (searcher.next()) {
      addWord(searcher.begin + 1, searcher.length, searcher.index, searcher.value);
    }
    int rows = head.length;
    for (int i = 1; i < rows; ) {
      if (head[i] == NONE) {
        int j = i + 1;
        while (j < rows - 1 && (head[j] == NONE || CharType.get(text[j - 1]) == 11)) {
          j++;
        }
        addAtoms(i, atoms.split(text, i - 1, j - 1));
        i = j;
      } else {
        i += length[tail[i]];
      }
    }
  }

  /**
   * A word of the core dictionary, with the word id, attribute and class word HanLP's {@code
   * Vertex} gives it ({@code compileRealWord}: a word of one class, a number or a place, say, is
   * weighed as its class).
   */
  private void addWord(int at, int len, int index, CoreDictionary.Attribute value) {
    int id = index;
    CoreDictionary.Attribute weighed = value;
    String word = null;
    if (value.nature.length == 1) {
      Nature nature = value.nature[0];
      if (!nature.startsWith('n')) { // its tests of n… classes, skipped at once
        if (nature.startsWith('m')) {
          id = CoreDictionary.M_WORD_ID;
          weighed = CoreDictionary.get(id);
          word = Predefine.TAG_NUMBER;
        } else if (nature.startsWith('x')) {
          id = CoreDictionary.X_WORD_ID;
          weighed = CoreDictionary.get(id);
          word = Predefine.TAG_CLUSTER;
        } else if (nature == Nature.t) {
          id = CoreDictionary.T_WORD_ID;
          weighed = CoreDictionary.get(id);
          word = Predefine.TAG_TIME;
        }
      } else if (nature.startsWith("nr")) {
        id = CoreDictionary.NR_WORD_ID;
        word = Predefine.TAG_PEOPLE;
      } else if (nature.startsWith("ns")) {
        id = CoreDictionary.NS_WORD_ID;
        word = Predefine.TAG_PLACE;
      } else if (nature == Nature.nx) {
        id = CoreDictionary.NX_WORD_ID == NONE ? CoreDictionary.X_WORD_ID : CoreDictionary.NX_WORD_ID;
        word = Predefine.TAG_PROPER;
      } else if (nature.startsWith("nt") || nature == Nature.nit) {
        id = CoreDictionary.NT_WORD_ID;
        word = Predefine.TAG_GROUP;
      }
    }
    add(at, len, id, weighed.totalFrequency, word, weighed, null);
  }

  /** HanLP's {@code WordNet.add(int, List<AtomNode>)}: each atom a vertex of its class. */
  private void addAtoms(int at, List<AtomNode> atoms) {
    int offset = 0;
    for (AtomNode a : atoms) {
      String word = a.sWord;
      Nature nature = Nature.n;
      int id = NONE;
      switch (a.nPOS) {
        case 5 -> {
          nature = Nature.nx;
          word = Predefine.TAG_CLUSTER;
          id = CoreDictionary.X_WORD_ID;
        }
        case 6, 17 -> nature = Nature.w;
        case 9, 10, 11 -> {
          nature = Nature.m;
          word = Predefine.TAG_NUMBER;
          id = CoreDictionary.M_WORD_ID;
        }
        default -> {
          // a noun of its own characters
        }
      }
      Vertex v = new Vertex(word, a.sWord, new CoreDictionary.Attribute(nature, Predefine.OOV_DEFAULT_FREQUENCY), id);
      add(at + offset, a.sWord.length(), v.wordID, v.attribute.totalFrequency, null, null, v);
      offset += a.sWord.length();
    }
  }

  /** Adds a word to its row unless the row holds one of its length (HanLP's {@code WordNet.add}). */
  private void add(int at, int len, int id, int freq, String word, CoreDictionary.Attribute value, Vertex made) {
    for (int k = head[at]; k != NONE; k = next[k]) {
      if (length[k] == len) {
        return;
      }
    }
    if (size == row.length) {
      grow();
    }
    int k = size++;
    row[k] = at;
    length[k] = len;
    wordId[k] = id;
    frequency[k] = freq;
    classWord[k] = word;
    attribute[k] = value;
    atom[k] = made;
    next[k] = NONE;
    if (tail[at] == NONE) {
      head[at] = k;
    } else {
      next[tail[at]] = k;
    }
    tail[at] = k;
  }

  private void grow() {
    int n = row.length * 2;
    row = Arrays.copyOf(row, n);
    length = Arrays.copyOf(length, n);
    wordId = Arrays.copyOf(wordId, n);
    frequency = Arrays.copyOf(frequency, n);
    next = Arrays.copyOf(next, n);
    classWord = Arrays.copyOf(classWord, n);
    attribute = Arrays.copyOf(attribute, n);
    atom = Arrays.copyOf(atom, n);
  }

  /** ViterbiSegment's best path: each reached word passes its weight on to the words after it. */
  private List<Vertex> path() {
    int[] from = new int[size];
    double[] weight = new double[size];
    Arrays.fill(from, NONE);
    for (int k = head[1]; k != NONE; k = next[k]) {
      relax(0, k, from, weight);
    }
    for (int i = 1; i < head.length - 1; i++) {
      for (int k = head[i]; k != NONE; k = next[k]) {
        if (from[k] == NONE) {
          continue;
        }
        for (int j = head[i + length[k]]; j != NONE; j = next[j]) {
          relax(k, j, from, weight);
        }
      }
    }
    int words = 0;
    for (int k = tail[head.length - 1]; k != NONE; k = from[k]) {
      words++;
    }
    Vertex[] path = new Vertex[words];
    for (int k = tail[head.length - 1]; k != NONE; k = from[k]) {
      path[--words] = vertex(k);
    }
    return new ArrayList<>(Arrays.asList(path));
  }

  /** Vertex.updateFrom with MathUtility.calculateWeight, on the arrays. */
  private void relax(int f, int t, int[] from, double[] weight) {
    int bigram = bigrams.frequency(wordId[f], wordId[t]);
    double cost = -Math.log(0.9d * (Predefine.myu * bigram / (frequency[f] + 1) + 1 - Predefine.myu)
        + 0.09999999999999998d * frequency[t] / Predefine.TOTAL_FREQUENCY);
    double w = weight[f] + cost;
    if (from[t] == NONE || weight[t] > w) {
      from[t] = f;
      weight[t] = w;
    }
  }

  private Vertex vertex(int k) {
    if (atom[k] != null) {
      return atom[k];
    }
    String realWord = new String(text, row[k] - 1, length[k]);
    return new Vertex(classWord[k] == null ? realWord : classWord[k], realWord, attribute[k], wordId[k]);
  }
}
