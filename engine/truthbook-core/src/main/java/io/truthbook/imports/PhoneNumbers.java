package io.truthbook.imports;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phone numbers to E.164 ({@code +} country code and national number, 8 to 15 digits), without a
 * numbering-plan database: separators ({@code space - . / ( )}) are dropped, {@code 00} becomes
 * {@code +}, and a national number (leading trunk {@code 0} dropped) gets its region's country code.
 * It refuses what it cannot normalise rather than guessing; it does not validate number ranges.
 */
public final class PhoneNumbers {
  /** Country calling codes of the regions a mapping may name (ISO 3166 alpha-2). */
  private static final Map<String, String> CALLING_CODES = Map.ofEntries(Map.entry("US", "1"),
      Map.entry("CA", "1"), Map.entry("GB", "44"), Map.entry("IE", "353"), Map.entry("DE", "49"),
      Map.entry("AT", "43"), Map.entry("CH", "41"), Map.entry("FR", "33"), Map.entry("BE", "32"),
      Map.entry("NL", "31"), Map.entry("LU", "352"), Map.entry("ES", "34"), Map.entry("PT", "351"),
      Map.entry("IT", "39"), Map.entry("DK", "45"), Map.entry("SE", "46"), Map.entry("NO", "47"),
      Map.entry("FI", "358"), Map.entry("PL", "48"), Map.entry("CZ", "420"), Map.entry("GR", "30"),
      Map.entry("AU", "61"), Map.entry("NZ", "64"), Map.entry("IN", "91"), Map.entry("SG", "65"),
      Map.entry("AE", "971"), Map.entry("ZA", "27"), Map.entry("BR", "55"), Map.entry("MX", "52"),
      Map.entry("JP", "81"));
  private static final Set<Character> SEPARATORS = Set.of(' ', '-', '.', '/', '(', ')', '\u00a0');

  private PhoneNumbers() {}

  /** Whether a mapping may name the region. */
  public static boolean knows(String region) {
    return CALLING_CODES.containsKey(region);
  }

  /** The regions a mapping may name, for a finding's hint. */
  public static Set<String> regions() {
    return new java.util.TreeSet<>(CALLING_CODES.keySet());
  }

  /** The number in E.164, or empty when it is not one (letters, an extension, too few or too many digits). */
  public static Optional<String> e164(String written, String region) {
    StringBuilder digits = new StringBuilder();
    boolean international = false;
    String value = written.strip();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '+' && i == 0) {
        international = true;
      } else if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (!SEPARATORS.contains(c)) {
        return Optional.empty();
      }
    }
    String number = digits.toString();
    if (!international && number.startsWith("00")) {
      international = true;
      number = number.substring(2);
    }
    if (!international) {
      String code = CALLING_CODES.get(region);
      if (code == null) {
        return Optional.empty();
      }
      // the trunk prefix of a national number is not dialled from abroad (except in Italy)
      String national = number.startsWith("0") && !region.equals("IT") ? number.substring(1) : number;
      number = code.equals("1") && national.length() == 11 && national.startsWith("1") ? national : code + national;
    }
    if (number.length() < 8 || number.length() > 15 || number.startsWith("0")) {
      return Optional.empty();
    }
    return Optional.of("+" + number);
  }
}
