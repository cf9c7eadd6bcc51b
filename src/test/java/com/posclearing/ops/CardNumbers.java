package com.posclearing.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds full card numbers in any bytes: a run of 13-19 digits, standing alone, that starts like a card (a scheme's
 * prefix: 3, 4, 5, 6 or 2221-2720) and passes Luhn. The prefix keeps dates, merchant ids (898…) and amounts out.
 */
final class CardNumbers {
    private static final Pattern RUN = Pattern.compile("(?<![0-9])[0-9]{13,19}(?![0-9])");

    private CardNumbers() {
    }

    /**
     * Every file under the root (outputs, logs, archives, spills) with what it holds; H2's page files are left to a
     * dump ({@link #in}), as their page pointers are hex text that reads like Mastercard numbers.
     */
    static List<String> under(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".mv.db")).sorted().toList()) {
                // Latin-1 maps every byte to one char, so binary files and GBK text are scanned byte for byte
                in(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .forEach(card -> found.add(root.relativize(file) + ": " + card.substring(0, 6) + "…"));
            }
        }
        return found;
    }

    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            if (cardLike(m.group()) && luhn(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static boolean cardLike(String digits) {
        char first = digits.charAt(0);
        int four = Integer.parseInt(digits.substring(0, 4));
        return (first >= '3' && first <= '6') || (four >= 2221 && four <= 2720);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
