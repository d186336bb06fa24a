package org.iraqkg.text;

/** Integer values of number tokens ("130", "37,000", "٥"); decimals ("2.95") and overflows have none. */
public final class Numbers {
    private Numbers() {}

    /** The integer a number token writes, or {@code null}. */
    public static Integer intValue(Token t) {
        if (!t.isNumber()) {
            return null;
        }
        String f = t.folded();
        if (f.indexOf('.') >= 0 || f.indexOf('\u066B') >= 0) {
            return null;
        }
        String digits = f.replace(",", "").replace("\u066C", "");
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(digits);
    }
}
