package org.zhengce.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BaseNode;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.recognition.nr.TranslatedPersonRecognition;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import java.util.LinkedList;
import java.util.List;

/**
 * HanLP's Viterbi segmentation with the same words, made cheaper for the one setting zhengce uses
 * (custom dictionary, transliterated names, nothing else recognized, no tagging, no index mode):
 *
 * <ul>
 *   <li>the word net and its best path are held in arrays ({@link LeanWordNet}), a vertex made
 *       only for the words of the path, and the bigram frequencies asked last kept ({@link Bigrams});
 *       HanLP made a vertex, a string and a list node for every dictionary word of the text;
 *   <li>transliterated-name recognition is skipped when the path holds no word where HanLP's
 *       recognizer could make a name ({@link #mayHoldTranslatedName}): HanLP copied the whole path
 *       into a second word net for every text to find, nearly always, nothing. Where it may find
 *       one, it is run on the path ({@link #findsTranslatedName}), and only where it finds one is
 *       the sentence done again on HanLP's word net, which the recognizer then reads, with the
 *       best path walked over each position's words copied into two reused arrays;
 *   <li>the custom dictionary's words are merged reading each word's characters in place, where
 *       HanLP copied every word of the path into a new array.
 * </ul>
 *
 * The order in which words are compared is HanLP's, so ties fall the same way; any other setting
 * takes HanLP's own path ({@code LeanViterbiSegmentTest} compares the two).
 */
final class LeanViterbiSegment extends ViterbiSegment {

  private final ThreadLocal<Bigrams> bigrams = ThreadLocal.withInitial(Bigrams::new);

  @Override
  protected List<Term> segSentence(char[] sentence) {
    if (!onlyTranslatedNames()) {
      return super.segSentence(sentence);
    }
    if (!config.forceCustomDictionary) { // the net in arrays; HanLP's net where a name may be found
      List<Vertex> path = LeanWordNet.bestPath(sentence, ViterbiSegment::quickAtomSegment, bigrams.get());
      if (config.useCustomDictionary) {
        combineByDictionary(path, customDictionary);
      }
      if (!config.translatedNameRecognize || !mayHoldTranslatedName(path) || !findsTranslatedName(sentence, path)) {
        return convert(path, config.offset);
      }
    }
    WordNet all = new WordNet(sentence);
    generateWordNet(all);
    List<Vertex> path = bestPath(all);
    if (config.useCustomDictionary) {
      combineByDictionary(path, customDictionary);
    }
    if (config.translatedNameRecognize && mayHoldTranslatedName(path)) {
      WordNet optimum = new WordNet(sentence, path);
      int before = optimum.size();
      TranslatedPersonRecognition.recognition(path, optimum, all);
      if (optimum.size() != before) {
        path = bestPath(optimum);
      }
    }
    return convert(path, config.offset);
  }

  /**
   * HanLP's merging of neighbouring words into the custom dictionary's longest words: first those
   * of its compiled trie, then those added at run time (the policy dictionary, a user's), each
   * word's characters read from the word itself, where HanLP copied every word into a new array.
   */
  private static void combineByDictionary(List<Vertex> path, DynamicCustomDictionary dictionary) {
    Vertex[] words = path.toArray(new Vertex[0]);
    int last = words.length - 1;
    DoubleArrayTrie<CoreDictionary.Attribute> dat = dictionary.dat;
    for (int i = 1; i < last; i++) {
      int state = dat.transition(words[i].realWord, 1);
      if (state > 0) {
        int end = i + 1;
        CoreDictionary.Attribute value = dat.output(state);
        for (int to = i + 1; to < last; to++) {
          state = dat.transition(words[to].realWord, state);
          if (state < 0) {
            break;
          }
          CoreDictionary.Attribute longer = dat.output(state);
          if (longer != null) {
            value = longer;
            end = to + 1;
          }
        }
        if (value != null) {
          merge(words, i, end, value);
          i = end - 1;
        }
      }
    }
    BinTrie<CoreDictionary.Attribute> added = dictionary.trie;
    if (added != null) {
      for (int i = 1; i < last; i++) {
        if (words[i] == null) {
          continue;
        }
        BaseNode<CoreDictionary.Attribute> node = added.transition(words[i].realWord, 0);
        if (node == null) {
          continue;
        }
        int end = i + 1;
        CoreDictionary.Attribute value = node.getValue();
        for (int to = i + 1; to < last; to++) {
          if (words[to] == null) {
            continue;
          }
          node = node.transition(words[to].realWord, 0);
          if (node == null) {
            break;
          }
          if (node.getValue() != null) {
            value = node.getValue();
            end = to + 1;
          }
        }
        if (value != null) {
          merge(words, i, end, value);
          i = end - 1;
        }
      }
    }
    path.clear();
    for (Vertex v : words) {
      if (v != null) {
        path.add(v);
      }
    }
  }

  /** Words [from, to) made one word of the dictionary's attribute, as HanLP's {@code combineWords} does. */
  private static void merge(Vertex[] words, int from, int to, CoreDictionary.Attribute value) {
    if (from + 1 == to) {
      words[from].attribute = value;
      return;
    }
    StringBuilder text = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (words[k] != null) {
        text.append(words[k].realWord);
        words[k] = null;
      }
    }
    String word = text.toString();
    words[from] = new Vertex(word, word, value);
  }

  /**
   * Whether HanLP's recognizer finds a transliterated name on this path. It reads the whole word
   * net only to insert a name it found, so it is run here with a net of no words, and whether it
   * inserted one is all that is kept: only then is the sentence done again on HanLP's word net.
   */
  private static boolean findsTranslatedName(char[] sentence, List<Vertex> path) {
    WordNet optimum = new WordNet(sentence, path);
    int before = optimum.size();
    TranslatedPersonRecognition.recognition(path, optimum, new WordNet(sentence));
    return optimum.size() != before;
  }

  /** The settings this class reproduces; any other falls back to HanLP's own code. */
  private boolean onlyTranslatedNames() {
    return config.indexMode <= 0 && !config.nameRecognize && !config.japaneseNameRecognize
        && !config.placeRecognize && !config.organizationRecognize && !config.speechTagging
        && !config.numberQuantifierRecognize && config.ner == config.translatedNameRecognize;
  }

  /**
   * False when HanLP's recognizer cannot find a name on this path. It makes a name of a word whose
   * first part of speech is {@code nrf} and the words after it that are {@code nrf} too or
   * transliteration syllables, and only when there are two or more: so a path without an
   * {@code nrf} word followed by such a word holds none.
   */
  private static boolean mayHoldTranslatedName(List<Vertex> path) {
    boolean afterName = false;
    boolean first = true;
    for (Vertex v : path) {
      boolean name = !first && v.guessNature() == Nature.nrf;
      if (afterName && (name || TranslatedPersonDictionary.containsKey(v.realWord))) {
        return true;
      }
      afterName = name;
      first = false;
    }
    return false;
  }

  /** HanLP's Viterbi over the net: the same comparisons in the same order, without an iterator per word. */
  private static List<Vertex> bestPath(WordNet net) {
    LinkedList<Vertex>[] nodes = net.getVertexes();
    Vertex[] here = new Vertex[16];
    Vertex[] next = new Vertex[16];
    Vertex begin = nodes[0].getFirst();
    here = nodes[1].toArray(here);
    for (int k = 0, n = nodes[1].size(); k < n; k++) {
      here[k].updateFrom(begin);
    }
    for (int i = 1; i < nodes.length - 1; i++) {
      LinkedList<Vertex> at = nodes[i];
      if (at == null) {
        continue;
      }
      int n = at.size();
      here = at.toArray(here);
      for (int k = 0; k < n; k++) {
        Vertex node = here[k];
        if (node.from == null) {
          continue;
        }
        LinkedList<Vertex> to = nodes[i + node.realWord.length()];
        int m = to.size();
        next = to.toArray(next);
        for (int j = 0; j < m; j++) {
          next[j].updateFrom(node);
        }
      }
    }
    LinkedList<Vertex> path = new LinkedList<>();
    for (Vertex v = nodes[nodes.length - 1].getFirst(); v != null; v = v.from) {
      path.addFirst(v);
    }
    return path;
  }
}
