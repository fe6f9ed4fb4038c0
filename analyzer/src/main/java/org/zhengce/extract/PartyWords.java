package org.zhengce.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhengce.text.FirstCharPattern;

/**
 * The vocabulary of responsible parties: the heads that end the name of a body, office or role
 * (局, 委, 政府, 管委会, 领导小组, 部门, 企业, 书记…), the loose groups that never count (同志们,
 * 群众), and the verbs that give a party its {@link Role}.
 */
final class PartyWords {

  private PartyWords() {}

  /** How a party name ends. Longer heads first where one ends another. */
  static final List<String> HEADS = List.of(
      "领导小组", "专项小组", "工作小组", "工作组", "督查室", "办公室", "管委会", "委员会", "党工委",
      "政府部门", "职能部门", "相关部门", "有关部门", "部门", "单位", "政府", "党委", "党组", "纪委",
      "监察局", "局", "委", "办", "厅", "院", "支队", "大队", "中心", "公司", "集团", "企业",
      "领导班子", "班子", "领导干部", "干部", "负责同志", "负责人", "一把手", "书记", "市长", "县长",
      "区长", "镇长", "省长", "主任", "网格员", "街镇", "街道", "乡镇", "县市区", "区县", "县区",
      "两级", "层面", "各地", "各级", "小组", "区", "县");

  /** Words that open an action, not a name: 明确责任部门. */
  static final Set<String> NOT_FIRST = Set.of("明确", "落实", "压实", "建立", "加强", "成立", "组建");

  /** Verbs that are part of a body's name: 负责同志, 领导干部, 整改工作领导小组, 监察局. */
  static final Set<String> VERBS_IN_NAMES = Set.of("负责", "领导", "整改", "落实", "督查", "监察", "执法",
      "管理", "服务", "保障", "协调", "推进", "建设", "发展", "改革", "保护", "治理", "监督",
      "产生", "使用", "经营", "生产", "运营", "排放", "施工", "监测");

  /** Place names that end like a district but are zones, not bodies. */
  static final Pattern ZONE = Pattern.compile("(?<!县)(?<!各)(园区|城区|开发区|示范区|功能区|片区|景区|社区|新区|试验区|"
      + "保护区|集聚区|支撑区|先行区|核心区|市区|地区|辖区|郊区|库区|矿区|产区|街区|厂区|校区|营区)$");

  /** Words that end like a body (局) but are none: 格局, 布局, 大局. */
  static final List<String> NOT_HEADS = List.of("格局", "布局", "大局", "全局", "开局", "变局", "新局",
      "结局", "当局", "棋局", "残局", "时局", "政局");

  /** Heads too generic to stand alone as a party, and places that are not bodies. */
  static final Set<String> TOO_GENERIC = Set.of("部门", "单位", "地区", "市区", "城区", "园区", "景区",
      "社区", "辖区", "片区", "山区", "新区", "郊区", "本区", "全区", "全县", "本县", "该区", "该县");

  /** Words after which a piece no longer names its actor: 各县区|在问题整改上. */
  static final FirstCharPattern AFTER_ACTOR = FirstCharPattern.of(Pattern.compile(
      "在|对于?|把|按照|根据|从|向|以|为了?|就|由|将|要|也|都|还|一定|必须|务必|切实|全力"),
      "在对把按根从向以为就由将要也都还一必务切全");

  /** Names that look like parties but are loose groups of people or the speaker. */
  static final Set<String> NOT_PARTIES = Set.of(
      "我们", "我", "大家", "同志们", "广大干部", "广大干部群众", "群众", "人民群众", "全市人民",
      "人民", "市民", "各级干部", "干部群众");

  /** Words that open a piece that is not the actor: 对 (as for), 在 (at), 把 (object), 根据. */
  static final Pattern NOT_ACTOR_OPENING = Pattern.compile("^(对于?|在|把|根据|按照|围绕|针对|通过|以|从|为|就)");

  /** What may stand before a party inside its piece and is dropped: 我作为, 由, 请, 特别是. */
  static final Pattern LEADING = Pattern.compile("^(.*?作为|由|请|让|特别是|其中|同时|另外|当前|目前|今后|"
      + "首先|其次|最后|今年|明年|近期|下一步|也|还|都)+");

  /** Words between a party and the modal word that are dropped: 也, 都, 一定, 全力. */
  static final FirstCharPattern TRAILING = FirstCharPattern.of(Pattern.compile(
      "(也|都|还|更|又|要|一定|务必|必须|切实|全力|全力以赴|首先|率先|带头|共同|进一步|继续)+$"),
      "也都还更又要一务必切全首率带共进继");

  /**
   * Verbs whose object a commitment makes act, as the responsible party (指导各设区市结合…制定,
   * 组织各市开展…; not 支持, 鼓励, 推动 X, which only help X): group 1 ends the verb; what follows it up to its own verb is the object.
   */
  static final FirstCharPattern MADE_TO_ACT = FirstCharPattern.of(Pattern.compile("(指导|组织|督促|要求|动员)()"), "指组督要动");

  /** 会同X, 协同X: X supports the actor (会同省财政厅制定…); groups as in {@link #MADE_TO_ACT}. */
  static final FirstCharPattern JOINED = FirstCharPattern.of(Pattern.compile("(会同|协同)()"), "会协");

  /** 与X共同…: X supports the actor (与省生态环境厅共同建立…); group 2 is the word after X. */
  static final FirstCharPattern TOGETHER = FirstCharPattern.of(
      Pattern.compile("(与)[^，,。；;与]{2,24}?(共同|联合|一道|一起)"), "与");

  /** Verbs after the modal that make the actor a supporter or a supervisor. */
  static final Pattern SUPPORT = Pattern.compile("^.{0,6}(支持|配合|协助|协同|参与)");
  static final FirstCharPattern SUPERVISE = FirstCharPattern.of(
      Pattern.compile("督导|督查|督办|监督检查|加强监督|加强监管|巡查"), "督监加巡");
  static final Pattern LEAD = Pattern.compile("^.{0,4}(牵头|负总责|负责)");
}
