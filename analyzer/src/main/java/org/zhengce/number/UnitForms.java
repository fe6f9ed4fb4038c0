package org.zhengce.number;

/**
 * Units that are other units in disguise, for {@link QuantityParser}: 成 (tenths) and 折 (a
 * discount: the share of the price paid) are percentages, 四成 = 40 %, 6.5成 = 65 %, 半成 = 5 %,
 * 八折 = 80 %, 85折 = 85 %, 8.5折 = 85 %, 七五折 = 75 %; 打 is a dozen, 两打 = 24 (no unit).
 * 百分点 stays apart from %. Stateless.
 */
final class UnitForms {

  private UnitForms() {}

  /** The unit a quantity is given in: % for 成 and 折, none for 打, else as written. */
  static String unit(String written) {
    if (written == null) {
      return null;
    }
    return switch (written) {
      case "成", "折" -> "%";
      case "打" -> null;
      default -> written;
    };
  }

  /** The value in that unit. */
  static double value(double value, String written) {
    if (written == null) {
      return value;
    }
    return switch (written) {
      case "成" -> value * 10;
      case "折" -> value < 10 ? value * 10 : value; // 八折, 8.5折; 85折, 七五折
      case "打" -> value * 12;
      default -> value;
    };
  }
}
