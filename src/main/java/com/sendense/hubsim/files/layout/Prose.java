package com.sendense.hubsim.files.layout;

import com.sendense.hubsim.files.gen.Prng;
import java.util.ArrayList;
import java.util.List;

/** Office-flavoured sentences for documents, notes and mails. */
final class Prose {

    private static final List<String> SUBJECTS = List.of("The project team", "Finance", "Our main supplier",
            "The steering committee", "The warehouse team", "IT operations", "The auditors", "Customer support",
            "The board", "Facilities", "The new contractor", "Marketing");
    private static final List<String> VERBS = List.of("reviewed", "approved", "postponed", "asked for", "signed off",
            "questioned", "updated", "escalated", "agreed", "rejected", "prepared", "circulated");
    private static final List<String> OBJECTS = List.of("the revised budget", "the migration plan",
            "the vendor contract", "the backup schedule", "the Q3 forecast", "the holiday rota", "the office move",
            "the pricing proposal", "the risk register", "the training plan", "the renewal quote",
            "the incident report");
    private static final List<String> TAILS = List.of("before the end of the month.", "as discussed on Monday.",
            "pending legal review.", "with two minor changes.", "subject to the usual approvals.",
            "and expects a decision next week.", "after the last audit.", "for the second time this year.",
            "so the deadline still holds.", "ahead of the customer visit.");

    private Prose() {}

    static String sentence(Prng prng) {
        return prng.pick(SUBJECTS) + " " + prng.pick(VERBS) + " " + prng.pick(OBJECTS) + " " + prng.pick(TAILS);
    }

    static String paragraph(Prng prng) {
        StringBuilder p = new StringBuilder(sentence(prng));
        int n = prng.between(2, 5);
        for (int i = 0; i < n; i++) {
            p.append(' ').append(sentence(prng));
        }
        return p.toString();
    }

    static List<String> paragraphs(Prng prng, int n) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(paragraph(prng));
        }
        return list;
    }

    /** Paragraphs wrapped at {@code width} characters, with blank lines between them. */
    static List<String> lines(Prng prng, int paragraphs, int width) {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs(prng, paragraphs)) {
            StringBuilder line = new StringBuilder();
            for (String word : p.split(" ")) {
                if (line.length() + word.length() + 1 > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            lines.add(line.toString());
            lines.add("");
        }
        return lines;
    }
}
