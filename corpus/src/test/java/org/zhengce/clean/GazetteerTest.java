package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.standard();

  private String lookup(String name) {
    return gazetteer.lookup(name).map(Place::canonical).orElse(null);
  }

  private List<String> places(String text) {
    return gazetteer.find(text).stream().map(m -> m.place().canonical()).toList();
  }

  @Test
  void shortFullAndQualifiedNamesAreOnePlace() {
    Optional<Place> bare = gazetteer.lookup("衡水");
    assertTrue(bare.isPresent());
    assertEquals(bare, gazetteer.lookup("衡水市"));
    assertEquals(bare, gazetteer.lookup("河北省衡水市"));
    assertEquals(bare, gazetteer.lookup("河北衡水"));
    assertEquals("衡水市", bare.get().canonical());
    assertEquals("河北省", bare.get().province().canonical());
  }

  @Test
  void canonicalNames() {
    assertEquals("上海市", lookup("上海"));
    assertEquals("济南市", lookup("济南"));
    assertEquals("上海市金山区", lookup("上海市金山区"));
    assertEquals("北京市朝阳区", lookup("北京市朝阳区"));
    assertEquals("广西壮族自治区", lookup("广西"));
    assertEquals("新疆维吾尔自治区", lookup("新疆"));
    assertEquals("内蒙古自治区", lookup("内蒙古"));
    assertEquals("黔东南苗族侗族自治州", lookup("黔东南"));
    assertEquals("黔东南苗族侗族自治州", lookup("黔东南州"));
    assertEquals("恩施土家族苗族自治州", lookup("恩施州"));
    assertEquals("香港特别行政区", lookup("香港"));
    assertEquals("台北市", lookup("台北"));
    assertEquals("仙桃市", lookup("仙桃市"));
    assertEquals("许昌市长葛市", lookup("河南省许昌市长葛市"));
  }

  @Test
  void aNameOfTwoPlacesNeedsItsParentInTheText() {
    assertEquals(null, lookup("金山区")); // 上海市金山区 and 新北市金山区
    assertEquals(null, lookup("朝阳区")); // 北京 and 长春
    assertEquals(List.of("上海市", "上海市金山区"), places("上海市委书记来到金山区调研"));
    assertEquals(List.of("北京市", "北京市朝阳区"), places("北京在朝阳区召开会议"));
    assertEquals(List.of("长春市", "长春市朝阳区"), places("长春市在朝阳区召开会议"));
    assertEquals(List.of(), places("在朝阳区召开会议"));
  }

  @Test
  void aDistrictsBareShortFormNeedsItsCity() {
    assertEquals(List.of(), places("金山的干部群众"));
    assertEquals(List.of("上海市", "上海市金山区"), places("上海市委关心金山的干部群众"));
    assertEquals(null, lookup("浦东"));
    assertEquals(List.of("上海市浦东新区"), places("上海浦东"));
  }

  @Test
  void aNameSharedByAProvinceAndACityIsTheProvinceUnlessTheCityIsNamedMore() {
    assertEquals("吉林省", lookup("吉林"));
    assertEquals(List.of("吉林市", "吉林市", "吉林市"), places("吉林市政府在吉林召开会议，吉林市委"));
  }

  @Test
  void commonWordsAreNoPlaces() {
    assertEquals(List.of(), places("推进基本公共服务均衡水平提高，加强重大理论研究"));
    assertEquals(List.of(), places("创建国家示范县，推动绿水青山就是金山银山"));
    assertEquals(List.of(), places("坚持创新乡村治理，扩大内需，完成县级考核"));
    assertEquals(List.of("衡水市"), places("衡水市生态环境局"));
  }

  @Test
  void mentionsCarryTheirPositions() {
    String text = "据上海市金山区官方网站消息";
    List<Gazetteer.Mention> found = gazetteer.find(text);
    assertEquals(1, found.size());
    assertEquals("上海市金山区", text.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void eachLineIsReadWithTheContextOfAllLines() {
    List<String> lines = List.of("上海市委书记来到金山", "金山区干部群众", "", "均衡水平提高，吉林召开会议");
    Gazetteer.Context all = gazetteer.context(String.join("\n", lines));
    List<List<Gazetteer.Mention>> each = gazetteer.findEach(lines);
    assertEquals(lines.size(), each.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(gazetteer.find(lines.get(i), all), each.get(i));
    }
    assertEquals("上海市金山区", each.get(1).get(0).place().canonical());
  }

  @Test
  void loadedOnce() {
    assertSame(Gazetteer.standard(), Gazetteer.standard());
    assertEquals("1311", gazetteer.lookup("衡水").orElseThrow().code());
    assertEquals("衡水市", gazetteer.byCode("1311").orElseThrow().canonical());
  }

  @Test
  void emptyAndOddTextGiveNothing() {
    assertEquals(List.of(), places(""));
    assertEquals(List.of(), places("?? \uD83D\uDE00 ％ 環(huán)"));
    assertEquals(Optional.empty(), gazetteer.lookup(""));
  }
}
