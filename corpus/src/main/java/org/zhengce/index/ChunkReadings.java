package org.zhengce.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * One unspaced chunk of a query as documents may write it: its words as written, in groups where
 * an abbreviation or full form of {@link Abbreviations} stands (十四五规划: 十四五规划 or the phrase
 * 第十四个五年规划), and other readings of the whole chunk: as one word with the endings documents join
 * to it (一票否决 → 一票否决制, 济南 → 济南市) and with its runs of single characters as one word (双
 * 创 → 双创). The words as written are a unit of the chunk unless a function word that belonged to a
 * word was left out (税 of 个税). Immutable.
 */
record ChunkReadings(List<Group> groups, boolean unit, List<List<Slot>> others) {

  /** Chunks of more words than this are read only as written. */
  static final int MAX_WORDS = 16;
  /** The most forms of abbreviations a chunk stands for. */
  static final int MAX_FORMS = 12;

  /**
   * Words that belong together: one word, or the words of a form (a phrase); {@code endings} when
   * the one word also stands for itself with the endings documents join to it (济南市).
   */
  record Slot(List<ChunkWords.Word> words, boolean endings) {

    Slot(List<ChunkWords.Word> words) {
      this(words, false);
    }

    int first() {
      return words.get(0).position();
    }

    int last() {
      return words.get(words.size() - 1).position();
    }
  }

  /** Slots as written, in order, and the forms (each a phrase) that documents may write instead of them. */
  record Group(List<Slot> slots, List<Slot> forms) {

    int first() {
      return slots.get(0).first();
    }

    int last() {
      return slots.get(slots.size() - 1).last();
    }
  }

  /** The readings of {@code text} (normalized); no groups when it has no searchable word. */
  static ChunkReadings of(String text, Analyzer words, Analyzer indexing, Abbreviations abbreviations,
      WordEndings endings) {
    ChunkWords written = ChunkWords.of(text, indexing, words);
    List<ChunkWords.Word> ws = written.words();
    if (ws.stream().map(ChunkWords.Word::term).distinct().count() > QueryReader.MAX_WORDS) {
      throw new IllegalArgumentException("query too long: at most " + QueryReader.MAX_WORDS + " different words");
    }
    boolean unit = ws.size() > 1 || written.holdsEveryCharacter(); // 税 of 个税 is not
    List<List<Slot>> others = new ArrayList<>();
    List<Abbreviations.Occurrence> found = abbreviations.find(text, written::isBoundary);
    if (ws.size() == 1 && unit) {
      return new ChunkReadings(List.of(new Group(List.of(new Slot(ws, endings.takes(ws.get(0).term()))),
          found.isEmpty() ? List.of() : forms(text, 0, text.length(), abbreviations, words, indexing))), unit, others);
    }
    List<Group> groups = new ArrayList<>();
    if (ws.size() > MAX_WORDS) {
      ws.forEach(w -> groups.add(new Group(List.of(new Slot(List.of(w))), List.of())));
      return new ChunkReadings(List.copyOf(groups), unit, others);
    }
    int forms = 0;
    for (int i = 0; i < ws.size(); ) {
      int j = i + 1;
      Abbreviations.Occurrence o = at(found, ws.get(i));
      if (o != null) {
        while (j < ws.size() && ws.get(j).start() < o.end()) {
          j++;
        }
      }
      List<Slot> slots = ws.subList(i, j).stream().map(w -> new Slot(List.of(w))).toList();
      List<Slot> instead = o == null || forms >= MAX_FORMS ? List.of() : forms(text,
          Math.min(o.start(), ws.get(i).start()), Math.max(o.end(), ws.get(j - 1).end()), abbreviations, words, indexing);
      forms += instead.size();
      groups.add(new Group(slots, instead));
      i = j;
    }
    if (endings.takes(text)) {
      ChunkWords.Word whole = new ChunkWords.Word(text, 0, text.length(), 0, List.of(), false);
      others.add(List.of(new Slot(List.of(whole), true)));
    }
    ChunkWords joined = written.joiningSingleCharacters();
    if (joined != null && joined.words().size() > 1) {
      others.add(joined.words().stream().map(w -> new Slot(List.of(w))).toList());
    }
    return new ChunkReadings(List.copyOf(groups), unit, List.copyOf(others));
  }

  private static List<String> terms(List<ChunkWords.Word> words) {
    return words.stream().map(ChunkWords.Word::term).toList();
  }

  /** The occurrence that overlaps {@code w}, if any. */
  private static Abbreviations.Occurrence at(List<Abbreviations.Occurrence> found, ChunkWords.Word w) {
    for (Abbreviations.Occurrence o : found) {
      if (o.start() < w.end() && o.end() > w.start()) {
        return o;
      }
    }
    return null;
  }

  /**
   * The forms documents may write instead of {@code text} from {@code from} to {@code to}: that
   * text with each occurrence of the table in it replaced by each of its other forms, read as a phrase.
   */
  private static List<Slot> forms(String text, int from, int to, Abbreviations abbreviations, Analyzer words,
      Analyzer indexing) {
    String region = text.substring(from, to);
    List<Slot> out = new ArrayList<>();
    ChunkWords read = ChunkWords.of(region, indexing, words);
    for (Abbreviations.Occurrence o : abbreviations.find(region, read::isBoundary)) {
      for (String other : o.others()) {
        String instead = region.substring(0, o.start()) + other + region.substring(o.end());
        List<ChunkWords.Word> form = ChunkWords.of(instead, indexing, words).whole().words();
        boolean known = out.stream().anyMatch(f -> terms(f.words()).equals(terms(form)));
        if (!form.isEmpty() && !known && out.size() < MAX_FORMS) { // 大众创业、万众创新 = 大众创业万众创新
          out.add(new Slot(form));
        }
      }
    }
    return List.copyOf(out);
  }
}
